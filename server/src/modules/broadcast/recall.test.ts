import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF, upload } from '../../../test/authz.js';
import { insertCompanies, type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import {
  codes,
  countStatements,
  ok,
  startTestApp,
  subscribe,
  type TestApp,
} from '../../../test/harness.js';

const NOTIFY = graphql(`
  mutation RecallNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id status }
  }
`);
const RECALL = graphql(`
  mutation RecallBroadcast($id: ID!) {
    recallBroadcast(id: $id) { id status recalledAt recipientCount }
  }
`);
const REPORT = graphql(`
  query RecallReport($id: ID!) {
    broadcast(id: $id) {
      status readCount
      recipients(first: 100) { edges { node { company { id } read recalled } } }
    }
  }
`);
const THREAD = graphql(`
  query RecallThread($id: ID!) {
    messages(companyId: $id) { totalCount edges { node { id body recalledAt } } }
    unreadCount(companyId: $id)
    company(id: $id) { lastMessage { id body } }
  }
`);
const MARK_READ = graphql(`
  mutation RecallMarkRead($id: ID!, $messageIds: [ID!]) {
    markMessagesRead(companyId: $id, messageIds: $messageIds)
  }
`);
const BADGE = graphql(`
  subscription RecallBadge {
    unreadCountChanged { count companyId }
  }
`);
const SCHEDULE = graphql(`
  mutation RecallSchedule($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id status }
  }
`);

describe('recallBroadcast', () => {
  let app: TestApp;
  let f: OfficeFixture;
  let other: OfficeFixture;

  const notify = async (
    companyIds: string[],
    body: string,
    extra: { attachmentIds?: string[] } = {},
  ) =>
    ok(await app.gql(NOTIFY, { input: { companyIds, body, ...extra } }, f.head.token))
      .sendBulkNotification;
  const thread = async (companyId: string, token: string) =>
    ok(await app.gql(THREAD, { id: companyId }, token));

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 3 });
    other = await officeFixture(app, { companies: 1 });
  });
  afterAll(() => app.stop());

  it('hides the message from the clients who had not read it, live, and keeps it for those who had', async () => {
    const [reader, unreadA, unreadB] = f.companies as [
      OfficeFixture['companies'][number],
      OfficeFixture['companies'][number],
      OfficeFixture['companies'][number],
    ];
    const fileId = await upload(app, f.head.token, 'wezwanie.pdf', PDF('wezwanie'));
    const ids = f.companies.map((c) => c.company.id);
    // An earlier message stays unread: the recall lowers the counter by one, not to zero.
    await notify(ids, 'Wcześniejsza wiadomość');
    const sent = await notify(ids, 'Błędna wiadomość', { attachmentIds: [fileId] });
    ok(await app.gql(MARK_READ, { id: reader.company.id }, reader.client.token));
    const before = await thread(unreadA.company.id, unreadA.client.token);
    expect(before.unreadCount).toBe(2);
    expect(before.company?.lastMessage?.body).toBe('Błędna wiadomość');
    const hiddenId = before.messages.edges[0]!.node.id;

    const badge = subscribe(app.ws(unreadA.client.token), BADGE);
    expect((await badge.next()).data?.unreadCountChanged.count).toBe(2);

    const recalled = ok(await app.gql(RECALL, { id: sent.id }, f.head.token)).recallBroadcast;
    expect(recalled).toMatchObject({ id: sent.id, status: 'RECALLED', recipientCount: 3 });
    expect(recalled.recalledAt).not.toBeNull();
    // The badge of a client who had not read it goes down live.
    expect((await badge.next()).data?.unreadCountChanged).toEqual({ count: 1, companyId: null });
    badge.dispose();

    for (const company of [unreadA, unreadB]) {
      const view = await thread(company.company.id, company.client.token);
      expect(view.messages.edges.map((e) => e.node.body)).toEqual(['Wcześniejsza wiadomość']);
      expect(view.unreadCount).toBe(1);
      expect(view.company?.lastMessage?.body).toBe('Wcześniejsza wiadomość');
      // The attachment no longer downloads for them (as if it did not exist).
      const download = await fetch(`${app.url}/files/${fileId}`, {
        headers: { authorization: `Bearer ${company.client.token}` },
      });
      expect(download.status).toBe(404);
    }
    // Naming the recalled message to mark it read: it is not in their thread any more.
    expect(
      codes(
        await app.gql(
          MARK_READ,
          { id: unreadA.company.id, messageIds: [hiddenId] },
          unreadA.client.token,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    // Marking the whole thread read counts only what they see.
    expect(
      ok(await app.gql(MARK_READ, { id: unreadB.company.id }, unreadB.client.token))
        .markMessagesRead,
    ).toBe(1);

    // The client who had read it keeps it, and its file.
    const kept = await thread(reader.company.id, reader.client.token);
    expect(kept.messages.edges.map((e) => e.node.body)).toContain('Błędna wiadomość');
    const download = await fetch(`${app.url}/files/${fileId}`, {
      headers: { authorization: `Bearer ${reader.client.token}` },
    });
    expect(download.status).toBe(200);

    // Staff still see every message, marked.
    const staffView = await thread(unreadA.company.id, f.head.token);
    expect(staffView.messages.edges[0]?.node).toMatchObject({ body: 'Błędna wiadomość' });
    expect(staffView.messages.edges[0]?.node.recalledAt).not.toBeNull();

    const report = ok(await app.gql(REPORT, { id: sent.id }, f.head.token)).broadcast!;
    expect(report.status).toBe('RECALLED');
    const byCompany = new Map(
      report.recipients.edges.map((e) => [e.node.company.id, e.node] as const),
    );
    expect(byCompany.get(reader.company.id)).toMatchObject({ read: true, recalled: false });
    expect(byCompany.get(unreadA.company.id)).toMatchObject({ read: false, recalled: true });
    expect(byCompany.get(unreadB.company.id)).toMatchObject({ read: false, recalled: true });
  });

  it('a twin recall has one outcome: counters lowered once', async () => {
    const target = f.companies[1]!;
    await notify([target.company.id], 'Pierwsza');
    const sent = await notify([target.company.id], 'Druga');
    const unread = (await thread(target.company.id, target.client.token)).unreadCount;
    const [a, b] = await Promise.all([
      app.gql(RECALL, { id: sent.id }, f.head.token),
      app.gql(RECALL, { id: sent.id }, f.head.token),
    ]);
    expect(ok(a).recallBroadcast.status).toBe('RECALLED');
    expect(ok(b).recallBroadcast.status).toBe('RECALLED');
    expect((await thread(target.company.id, target.client.token)).unreadCount).toBe(unread - 1);
  });

  it('refuses an email, a scheduled send, another office’s broadcast and a caretaker’s for another’s', async () => {
    const email = await app.orm.em.fork().execute<Array<{ id: string }>>(
      `insert into broadcast (office_id, author_id, kind, subject, body, recipient_count)
         values (?, ?, 'EMAIL', 'E-mail', '<p>x</p>', 1) returning id`,
      [f.office.id, f.head.user.id],
    );
    const emailRefused = await app.gql(RECALL, { id: email[0]!.id }, f.head.token);
    expect(codes(emailRefused)).toEqual(['PRECONDITION_FAILED']);
    expect(emailRefused.errors?.[0]?.extensions?.reasons).toEqual(['EMAIL_CANNOT_BE_RECALLED']);

    const scheduled = ok(
      await app.gql(
        SCHEDULE,
        {
          input: {
            companyIds: [f.companies[0]!.company.id],
            body: 'Później',
            sendAt: new Date(Date.now() + 600_000).toISOString(),
          },
        },
        f.head.token,
      ),
    ).sendBulkNotification;
    const notSent = await app.gql(RECALL, { id: scheduled.id }, f.head.token);
    expect(notSent.errors?.[0]?.extensions?.reasons).toEqual(['NOT_SENT']);

    const sent = await notify([f.companies[0]!.company.id], 'Tylko szef');
    expect(codes(await app.gql(RECALL, { id: sent.id }, other.head.token))).toEqual(['NOT_FOUND']);
    expect(codes(await app.gql(RECALL, { id: sent.id }, f.caretaker.token))).toEqual(['NOT_FOUND']);
    expect(codes(await app.gql(RECALL, { id: sent.id }, f.companies[0]!.client.token))).toEqual([
      'FORBIDDEN',
    ]);
    expect(ok(await app.gql(REPORT, { id: sent.id }, f.head.token)).broadcast?.status).toBe('SENT');
  });

  it('costs the same statements for 10,000 recipients as for 3', async () => {
    const office = await officeFixture(app, { companies: 1 });
    const em = app.orm.em.fork();
    const companies = await insertCompanies(em, office.office.id, 10_000);
    const recallOf = async (companyIds: string[]) => {
      const sent = ok(
        await app.gql(NOTIFY, { input: { companyIds, body: 'Masowa' } }, office.head.token),
      ).sendBulkNotification;
      return countStatements(async () =>
        ok(await app.gql(RECALL, { id: sent.id }, office.head.token)),
      );
    };
    const small = await recallOf(companies.slice(0, 3).map((c) => c.companyId));
    const large = await recallOf(companies.map((c) => c.companyId));
    expect(large.result.recallBroadcast.status).toBe('RECALLED');
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(12);
    const [row] = await em.execute<Array<{ hidden: number; unread: number }>>(
      `select (select count(*)::int from message m join broadcast b on b.id = m.broadcast_id
                where b.office_id = ? and m.recalled_at is not null) as hidden,
              (select coalesce(sum(cm.unread_count), 0)::int from company_member cm
                 join company c on c.id = cm.company_id where c.office_id = ?) as unread`,
      [office.office.id, office.office.id],
    );
    expect(row).toEqual({ hidden: 10_003, unread: 0 });
    console.log(`recall: ${small.statements} statements for 3, ${large.statements} for 10,000`);
  });
});
