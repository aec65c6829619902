import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF, upload } from '../../../test/authz.js';
import { buildCompany, type OfficeFixtureOf, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { Company } from '../company/company.entity.js';
import { Office, OfficeVerification } from '../office/office.entity.js';

const REPORT_NOTIFY = graphql(`
  mutation ReportNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id recipientCount }
  }
`);
const MARK_READ = graphql(`
  mutation ReportMarkRead($companyId: ID!) { markMessagesRead(companyId: $companyId) }
`);
const ASK = graphql(`
  mutation ReportAsk($input: SendMessageInput!) { sendMessage(input: $input) { id } }
`);
const BROADCASTS = graphql(`
  query ReportBroadcasts($first: Int, $after: String, $status: BroadcastStatus) {
    broadcasts(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id kind status recipientCount readCount failedCount preview createdAt
          author { id name }
          remindsOf { id }
          reminders { id recipientCount }
        }
      }
    }
  }
`);
const REPORT_RECIPIENTS = graphql(`
  query ReportRecipients($id: ID!, $first: Int, $after: String, $filter: BroadcastRecipientFilter) {
    broadcast(id: $id) {
      id
      recipients(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            company { id name }
            read firstReadAt
            reads { user { id name } readAt }
            emailStatus emailError attachmentCount
            downloads { file { id filename } user { id } downloadedAt }
            repliedAt
          }
        }
      }
    }
  }
`);
const REMIND = graphql(`
  mutation ReportRemind($broadcastId: ID!, $body: String) {
    remindUnread(broadcastId: $broadcastId, body: $body) {
      id kind recipientCount preview remindsOf { id }
    }
  }
`);
const SEND_EMAIL = graphql(`
  mutation ReportSendEmail($input: SendEmailInput!) {
    sendEmail(input: $input) { id }
  }
`);
const SMTP = graphql(`
  mutation ReportSmtp($input: SmtpIntegrationInput!) { updateSmtpIntegration(input: $input) { host } }
`);
const PROGRESS = graphql(`
  query ReportProgress($id: ID!) { broadcast(id: $id) { queuedCount sentCount failedCount } }
`);

type Recipients = NonNullable<
  NonNullable<Awaited<ReturnType<typeof recipientsOf>>>
>['recipients']['edges'][number]['node'][];

async function recipientsOf(
  app: TestApp,
  token: string,
  id: string,
  filter: Record<string, unknown> = {},
) {
  return ok(await app.gql(REPORT_RECIPIENTS, { id, first: 100, filter }, token)).broadcast;
}

const namesOf = (rows: Recipients) => rows.map((r) => r.company.name);

async function reminderCompanies(app: TestApp, broadcastId: string): Promise<string[]> {
  const rows = await app.orm.em
    .fork()
    .execute<Array<{ company_id: string }>>(
      'select company_id from message where broadcast_id = ? order by company_id',
      [broadcastId],
    );
  return rows.map((r) => r.company_id);
}

describe('the report per send', () => {
  let app: TestApp;
  let f: OfficeFixtureOf<4>;
  let other: OfficeFixtureOf<1>;

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 4 });
    other = await officeFixture(app, { companies: 1 });
  });
  afterAll(() => app.stop());

  const notify = async (
    companyIds: string[],
    body: string,
    token = f.head.token,
    files?: string[],
  ) =>
    ok(await app.gql(REPORT_NOTIFY, { input: { companyIds, body, attachmentIds: files } }, token))
      .sendBulkNotification;

  it('lists the office’s broadcasts newest first for the head and a caretaker’s own for them', async () => {
    const office = await officeFixture(app, { companies: 2 });
    const [a, b] = office.companies;
    const first = await notify([a.company.id], 'Pierwsza', office.head.token);
    const mine = await notify([a.company.id], 'Od opiekuna', office.caretaker.token);
    const last = await notify(
      [a.company.id, b.company.id],
      'Trzecia <b>tekst</b>',
      office.head.token,
    );

    const head = ok(await app.gql(BROADCASTS, { first: 2 }, office.head.token)).broadcasts;
    expect(head.edges.map((e) => e.node.id)).toEqual([last.id, mine.id]);
    expect(head.totalCount).toBe(3);
    expect(head.edges[0]!.node).toMatchObject({
      kind: 'NOTIFICATION',
      status: 'SENT',
      recipientCount: 2,
      readCount: 0,
      failedCount: 0,
      preview: 'Trzecia <b>tekst</b>',
      author: { id: office.head.user.id },
      remindsOf: null,
      reminders: [],
    });
    const rest = ok(
      await app.gql(BROADCASTS, { first: 2, after: head.pageInfo.endCursor }, office.head.token),
    ).broadcasts;
    expect(rest.edges.map((e) => e.node.id)).toEqual([first.id]);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    const caretaker = ok(await app.gql(BROADCASTS, {}, office.caretaker.token)).broadcasts;
    expect(caretaker.edges.map((e) => e.node.id)).toEqual([mine.id]);

    expect(
      ok(await app.gql(BROADCASTS, { status: 'SENT' }, office.head.token)).broadcasts.totalCount,
    ).toBe(3);
    expect(
      ok(await app.gql(BROADCASTS, { status: 'CANCELLED' }, office.head.token)).broadcasts.edges,
    ).toEqual([]);
    // Another office sees none of them.
    const foreign = ok(await app.gql(BROADCASTS, { first: 100 }, other.head.token)).broadcasts;
    expect(foreign.edges.map((e) => e.node.id)).not.toContain(last.id);
  });

  it('refuses page sizes outside 1..100, forged cursors, and clients', async () => {
    for (const first of [0, 101, -1])
      expect(codes(await app.gql(BROADCASTS, { first }, f.head.token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.gql(BROADCASTS, { after: 'bm90IGEgY3Vyc29y' }, f.head.token))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await app.gql(BROADCASTS, {}, f.companies[0].client.token))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await app.gql(BROADCASTS, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('tells per company who read it and when, who downloaded what, and who replied after it', async () => {
    const [a, b, c] = f.companies;
    const fileId = await upload(app, f.head.token, 'wezwanie.pdf', PDF('raport'));
    // A question before the broadcast is not a reply to it.
    ok(
      await app.gql(ASK, { input: { companyId: c.company.id, body: 'Wcześniej' } }, c.client.token),
    );
    const sent = await notify(
      [a.company.id, b.company.id, c.company.id],
      'Prosimy o wyciągi',
      f.head.token,
      [fileId],
    );
    expect(await app.gql(MARK_READ, { companyId: a.company.id }, a.client.token)).toMatchObject({
      data: { markMessagesRead: expect.any(Number) },
    });
    // B downloads the attachment (recorded after the answer) and replies.
    const download = await fetch(`${app.url}/files/${fileId}`, {
      headers: { authorization: `Bearer ${b.client.token}` },
    });
    expect(download.status).toBe(200);
    await download.arrayBuffer();
    ok(await app.gql(ASK, { input: { companyId: b.company.id, body: 'Wysłane' } }, b.client.token));
    // Staff reading the thread is not the client reading it.
    ok(await app.gql(MARK_READ, { companyId: c.company.id }, f.head.token));

    let all: Recipients = [];
    for (let i = 0; i < 50; i += 1) {
      all = (await recipientsOf(app, f.head.token, sent.id))!.recipients.edges.map((e) => e.node);
      if (all.find((r) => r.company.id === b.company.id)?.downloads.length) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(namesOf(all)).toEqual([a, b, c].map((x) => x.company.name));
    const [ra, rb, rc] = all;
    expect(ra).toMatchObject({
      read: true,
      reads: [{ user: { id: a.client.user.id, name: a.client.user.name } }],
      emailStatus: null,
      attachmentCount: 1,
      downloads: [],
      repliedAt: null,
    });
    expect(ra!.firstReadAt).toBe(ra!.reads[0]!.readAt);
    expect(rb).toMatchObject({
      read: false,
      firstReadAt: null,
      reads: [],
      downloads: [
        { file: { id: fileId, filename: 'wezwanie.pdf' }, user: { id: b.client.user.id } },
      ],
    });
    expect(rb!.repliedAt).not.toBeNull();
    expect(rc).toMatchObject({ read: false, reads: [], downloads: [], repliedAt: null });

    const filtered = async (filter: Record<string, unknown>) =>
      namesOf(
        (await recipientsOf(app, f.head.token, sent.id, filter))!.recipients.edges.map(
          (e) => e.node,
        ),
      );
    expect(await filtered({ read: false })).toEqual([b, c].map((x) => x.company.name));
    expect(await filtered({ read: true })).toEqual([a.company.name]);
    expect(await filtered({ downloaded: true })).toEqual([b.company.name]);
    expect(await filtered({ replied: true })).toEqual([b.company.name]);
    expect(await filtered({ replied: false })).toEqual([a, c].map((x) => x.company.name));
    expect(await filtered({ read: false, replied: false })).toEqual([c.company.name]);
    expect(await filtered({ read: true, downloaded: true })).toEqual([]);
    expect(await filtered({ emailStatus: 'FAILED' })).toEqual([]);
    // This send asked for no confirmation of receipt, so nobody gave one.
    expect(await filtered({ acknowledged: true })).toEqual([]);
    expect(await filtered({ acknowledged: false })).toHaveLength(3);
    expect(
      (await recipientsOf(app, f.head.token, sent.id, { read: false }))!.recipients.totalCount,
    ).toBe(2);

    // Pages by company name, the cursor carrying on where the last page ended.
    const page1 = ok(await app.gql(REPORT_RECIPIENTS, { id: sent.id, first: 2 }, f.head.token))
      .broadcast!.recipients;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = ok(
      await app.gql(
        REPORT_RECIPIENTS,
        { id: sent.id, first: 2, after: page1.pageInfo.endCursor },
        f.head.token,
      ),
    ).broadcast!.recipients;
    expect(namesOf(page2.edges.map((e) => e.node))).toEqual([c.company.name]);
    expect(
      codes(await app.gql(REPORT_RECIPIENTS, { id: sent.id, first: 101 }, f.head.token)),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(await app.gql(REPORT_RECIPIENTS, { id: sent.id, after: 'x' }, f.head.token)),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('shows a caretaker the recipients still assigned to them', async () => {
    const office = await officeFixture(app, { companies: 3 });
    const [mine, , alsoMine] = office.companies; // the caretaker has 0 and 2
    const sent = await notify(
      [mine.company.id, alsoMine.company.id],
      'Od opiekuna',
      office.caretaker.token,
    );
    await app.orm.em.fork().nativeUpdate(Company, { id: alsoMine.company.id }, { caretaker: null });
    const rows = (await recipientsOf(app, office.caretaker.token, sent.id))!.recipients;
    expect(namesOf(rows.edges.map((e) => e.node))).toEqual([mine.company.name]);
    expect(rows.totalCount).toBe(1);
    // The head still sees both.
    expect((await recipientsOf(app, office.head.token, sent.id))!.recipients.totalCount).toBe(2);
    // Another caretaker's broadcast is not theirs.
    const byHead = await notify([mine.company.id], 'Od szefa', office.head.token);
    expect(
      codes(await app.gql(REPORT_RECIPIENTS, { id: byHead.id }, office.caretaker.token)),
    ).toEqual(['NOT_FOUND']);
  });

  describe('remindUnread', () => {
    it('reaches exactly the unread companies, not archived ones, as a linked broadcast with a Polish default text', async () => {
      const office = await officeFixture(app, { companies: 4 });
      const [a, b, c, d] = office.companies;
      const sent = await notify(
        office.companies.map((x) => x.company.id),
        'Termin JPK mija 25-go',
        office.head.token,
      );
      ok(await app.gql(MARK_READ, { companyId: a.company.id }, a.client.token));
      await app.orm.em
        .fork()
        .nativeUpdate(Company, { id: d.company.id }, { archivedAt: new Date() });

      const reminder = ok(
        await app.gql(REMIND, { broadcastId: sent.id }, office.head.token),
      ).remindUnread;
      expect(reminder).toMatchObject({
        kind: 'NOTIFICATION',
        recipientCount: 2,
        remindsOf: { id: sent.id },
      });
      expect(reminder.preview).toMatch(/^Przypominamy o naszej wiadomości z \d\d\.\d\d\.\d{4}\./);
      expect(reminder.preview).toContain('Termin JPK mija 25-go');
      expect(await reminderCompanies(app, reminder.id)).toEqual(
        [b.company.id, c.company.id].sort(),
      );
      // The clients see it in their threads, unread.
      const thread = await app.orm.em
        .fork()
        .execute<Array<{ unread_count: number }>>(
          'select unread_count from company_member where company_id = ? and user_id = ?',
          [b.company.id, b.client.user.id],
        );
      expect(thread[0]?.unread_count).toBe(2);

      const listed = ok(await app.gql(BROADCASTS, { first: 2 }, office.head.token)).broadcasts;
      expect(listed.edges.map((e) => e.node.id)).toEqual([reminder.id, sent.id]);
      expect(listed.edges[1]!.node.reminders).toEqual([{ id: reminder.id, recipientCount: 2 }]);

      // A custom text is taken as written; the companies just reminded are not reminded again.
      const again = await app.gql(
        REMIND,
        { broadcastId: sent.id, body: 'Ponownie' },
        office.head.token,
      );
      expect(codes(again)).toEqual(['PRECONDITION_FAILED']);
      expect(again.errors?.[0]?.extensions?.reasons).toEqual(['RECENTLY_REMINDED']);

      // An hour later they may be.
      await app.orm.em
        .fork()
        .execute(
          `update broadcast set created_at = created_at - interval '61 minutes' where id = ?`,
          [reminder.id],
        );
      ok(await app.gql(MARK_READ, { companyId: b.company.id }, b.client.token));
      const later = ok(
        await app.gql(
          REMIND,
          { broadcastId: sent.id, body: '  Prosimy o kontakt  ' },
          office.head.token,
        ),
      ).remindUnread;
      expect(later).toMatchObject({ recipientCount: 1, preview: 'Prosimy o kontakt' });
      // B has since read its thread (the original with it): only C is left.
      expect(await reminderCompanies(app, later.id)).toEqual([c.company.id]);
    });

    it('refuses when everybody has read it, and for bad text', async () => {
      const office = await officeFixture(app, { companies: 1 });
      const [a] = office.companies;
      const sent = await notify([a.company.id], 'Przeczytana', office.head.token);
      ok(await app.gql(MARK_READ, { companyId: a.company.id }, a.client.token));
      const response = await app.gql(REMIND, { broadcastId: sent.id }, office.head.token);
      expect(codes(response)).toEqual(['PRECONDITION_FAILED']);
      expect(response.errors?.[0]?.extensions?.reasons).toEqual(['NOTHING_UNREAD']);
      for (const body of ['   ', 'x'.repeat(10_001)]) {
        const refused = await app.gql(REMIND, { broadcastId: sent.id, body }, office.head.token);
        expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
        expect(refused.errors?.[0]?.extensions?.field).toBe('body');
      }
    });

    it('sends one reminder per company when two arrive at once', async () => {
      const office = await officeFixture(app, { companies: 5 });
      const sent = await notify(
        office.companies.map((x) => x.company.id),
        'Naraz',
        office.head.token,
      );
      const twins = await Promise.all([
        app.gql(REMIND, { broadcastId: sent.id }, office.head.token),
        app.gql(REMIND, { broadcastId: sent.id }, office.head.token),
        app.gql(REMIND, { broadcastId: sent.id }, office.caretaker.token),
      ]);
      const succeeded = twins.filter((r) => !r.errors?.length);
      expect(succeeded).toHaveLength(1);
      expect(twins.flatMap(codes).sort()).toEqual(['NOT_FOUND', 'PRECONDITION_FAILED']);
      const [row] = await app.orm.em.fork().execute<Array<{ messages: string; companies: string }>>(
        `select count(*) as messages, count(distinct m.company_id) as companies
           from message m join broadcast b on b.id = m.broadcast_id where b.reminds_of_id = ?`,
        [sent.id],
      );
      expect(row).toEqual({ messages: '5', companies: '5' });
    });

    it('lets a caretaker remind only companies still theirs, and nobody another office’s broadcast', async () => {
      const office = await officeFixture(app, { companies: 3 });
      const [mine, , alsoMine] = office.companies;
      const sent = await notify(
        [mine.company.id, alsoMine.company.id],
        'Od opiekuna',
        office.caretaker.token,
      );
      await app.orm.em
        .fork()
        .nativeUpdate(Company, { id: alsoMine.company.id }, { caretaker: null });
      const reminder = ok(
        await app.gql(REMIND, { broadcastId: sent.id }, office.caretaker.token),
      ).remindUnread;
      expect(await reminderCompanies(app, reminder.id)).toEqual([mine.company.id]);

      for (const [token, id] of [
        [other.head.token, sent.id],
        [office.head.token, '00000000-0000-4000-8000-000000000000'],
        [office.head.token, 'not-an-id'],
      ] as const)
        expect(codes(await app.gql(REMIND, { broadcastId: id }, token))).toEqual(['NOT_FOUND']);
      expect(codes(await app.gql(REMIND, { broadcastId: sent.id }, mine.client.token))).toEqual([
        'FORBIDDEN',
      ]);
    });
  });
});

describe('the report of an email broadcast', () => {
  let app: TestApp;
  let smtp: TestSmtp;

  beforeAll(async () => {
    smtp = await startTestSmtp({ users: { biuro: 'haslo-raportu' } });
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.stop();
    await smtp.stop();
  });

  it('shows the failed emails with their reason, and filters by email state', async () => {
    const office = await officeFixture(app, {
      companies: 3,
      verification: OfficeVerification.VERIFIED,
    });
    ok(
      await app.gql(
        SMTP,
        {
          input: {
            host: '127.0.0.1',
            port: smtp.port,
            security: 'NONE',
            username: 'biuro',
            password: 'haslo-raportu',
            fromAddress: 'biuro@raport.test',
          },
        },
        office.head.token,
      ),
    );
    const refused = office.companies[1];
    smtp.faults.data = (message) =>
      message.rcptTo.includes(refused.company.email) ? { answer: 550 } : undefined;
    const { sendEmail } = ok(
      await app.gql(
        SEND_EMAIL,
        {
          input: {
            companyIds: office.companies.map((c) => c.company.id),
            subject: 'Rozliczenie',
            html: '<p>Dzień dobry</p>',
          },
        },
        office.head.token,
      ),
    );
    const deadline = Date.now() + 20_000;
    while (
      ok(await app.gql(PROGRESS, { id: sendEmail.id }, office.head.token)).broadcast!.queuedCount
    ) {
      if (Date.now() > deadline) throw new Error('email still queued');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const rows = (await recipientsOf(app, office.head.token, sendEmail.id))!.recipients.edges.map(
      (e) => e.node,
    );
    expect(rows.map((r) => r.emailStatus)).toEqual(['SENT', 'FAILED', 'SENT']);
    expect(rows[1]!.emailError).toMatch(/550/);
    const failed = (await recipientsOf(app, office.head.token, sendEmail.id, {
      emailStatus: 'FAILED',
    }))!.recipients;
    expect(namesOf(failed.edges.map((e) => e.node))).toEqual([refused.company.name]);
    const listed = ok(await app.gql(BROADCASTS, {}, office.head.token)).broadcasts.edges[0]!.node;
    expect(listed).toMatchObject({ kind: 'EMAIL', failedCount: 1, recipientCount: 3 });
    expect(listed.preview).toBe('Dzień dobry');
    // The reminder of an email is an in-app notification naming its subject.
    const reminder = ok(
      await app.gql(REMIND, { broadcastId: sendEmail.id }, office.head.token),
    ).remindUnread;
    expect(reminder.recipientCount).toBe(3);
    expect(reminder.preview).toMatch(/^Przypominamy o naszym e-mailu „Rozliczenie” z /);
  });

  it('a new company of the office does not change an old report', async () => {
    const office = await officeFixture(app, { companies: 1 });
    const sent = ok(
      await app.gql(
        REPORT_NOTIFY,
        { input: { companyIds: [office.companies[0].company.id], body: 'Stara' } },
        office.head.token,
      ),
    ).sendBulkNotification;
    const em = app.orm.em.fork();
    await buildCompany(em, em.getReference(Office, office.office.id));
    await em.flush();
    expect((await recipientsOf(app, office.head.token, sent.id))!.recipients.totalCount).toBe(1);
  });
});
