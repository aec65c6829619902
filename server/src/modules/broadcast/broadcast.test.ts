import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, startTestApp, type TestApp } from '../../../test/harness.js';

const NOTIFY = graphql(`
  mutation BroadcastNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) {
      id kind recipientCount readCount createdAt author { id role }
    }
  }
`);
const BROADCAST = graphql(`
  query BroadcastGet($id: ID!) {
    broadcast(id: $id) {
      id kind recipientCount readCount queuedCount sentCount failedCount author { id name }
    }
  }
`);
const THREAD_TOTAL = graphql(`
  query BroadcastThreadTotal($id: ID!) {
    messages(companyId: $id) { totalCount }
  }
`);
const NEWEST = graphql(`
  query BroadcastNewest($id: ID!) {
    messages(companyId: $id, first: 5) {
      totalCount
      edges { node { id kind direction body company { id } author { id } } }
    }
  }
`);
/** Everything a client can reach from its thread. */
const CLIENT_VIEW = graphql(`
  query BroadcastClientView($id: ID!) {
    messages(companyId: $id) {
      totalCount
      edges { cursor node {
        id kind direction subject body createdAt readByMe
        company { id name nip email taxForm vatPayer caretaker { id name email } lastMessage { id body } }
        author { id name email role office { id name } companies { id name } }
        attachments { id filename url }
        receipts { readAt user { id name companies { id name } } message { id company { id name } } }
      } }
    }
  }
`);
const UNREAD = graphql(`
  query BroadcastUnread($id: ID) {
    unreadCount(companyId: $id)
  }
`);
const MARK_READ = graphql(`
  mutation BroadcastMarkRead($id: ID!) {
    markMessagesRead(companyId: $id)
  }
`);

describe('sendBulkNotification', () => {
  let app: TestApp;
  let f: OfficeFixture;
  let other: OfficeFixture;

  const notify = (companyIds: string[], body: string, token = f.head.token) =>
    app.gql(NOTIFY, { input: { companyIds, body } }, token);

  const totalOf = async (companyId: string, token = f.head.token): Promise<number> =>
    ok(await app.gql(THREAD_TOTAL, { id: companyId }, token)).messages.totalCount;

  const totals = (fixture: OfficeFixture) =>
    Promise.all(fixture.companies.map((c) => totalOf(c.company.id, fixture.head.token)));

  const sqlCount = async (sql: string, params: unknown[]): Promise<number> => {
    const [row] = await app.orm.em.fork().execute<Array<{ n: number }>>(sql, params);
    return Number(row?.n);
  };
  const officeMessages = (officeId: string) =>
    sqlCount(
      'select count(*)::int as n from message m join company c on c.id = m.company_id where c.office_id = ?',
      [officeId],
    );
  const officeBroadcasts = (officeId: string) =>
    sqlCount('select count(*)::int as n from broadcast where office_id = ?', [officeId]);

  const unread = async (token: string, companyId?: string): Promise<number> =>
    ok(await app.gql(UNREAD, { id: companyId ?? null }, token)).unreadCount;

  /** Fails unless the request failed with exactly `code` and wrote nothing for the office. */
  const expectRejected = async (
    run: () => ReturnType<typeof notify>,
    code: string,
    fixture = f,
  ) => {
    const messagesBefore = await officeMessages(fixture.office.id);
    const broadcastsBefore = await officeBroadcasts(fixture.office.id);
    const threadsBefore = await totals(fixture);
    const result = await run();
    expect(codes(result)).toEqual([code]);
    expect(result.data?.sendBulkNotification ?? null).toBeNull();
    expect(await officeMessages(fixture.office.id)).toBe(messagesBefore);
    expect(await officeBroadcasts(fixture.office.id)).toBe(broadcastsBefore);
    expect(await totals(fixture)).toEqual(threadsBefore);
  };

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 5 });
    other = await officeFixture(app, { companies: 2 });
  });
  afterAll(() => app.stop());

  it('writes one NOTIFICATION per company, each in its own thread', async () => {
    const recipients = f.companies.slice(0, 3);
    const before = await totals(f);
    const body = `  Prosimy o przesłanie dokumentów za marzec ${randomUUID()}  `;
    const result = ok(
      await notify(
        recipients.map((c) => c.company.id),
        body,
      ),
    ).sendBulkNotification;
    expect(result).toMatchObject({
      kind: 'NOTIFICATION',
      recipientCount: 3,
      readCount: 0,
      author: { id: f.head.user.id, role: 'OFFICE_HEAD' },
    });

    const after = await totals(f);
    expect(after).toEqual(before.map((n, i) => (i < 3 ? n + 1 : n)));
    for (const { company } of recipients) {
      const thread = ok(await app.gql(NEWEST, { id: company.id }, f.head.token)).messages;
      const matching = thread.edges.filter((e) => e.node.body === body.trim());
      expect(matching).toHaveLength(1);
      expect(matching[0]!.node).toMatchObject({
        kind: 'NOTIFICATION',
        direction: 'OFFICE_TO_CLIENT',
        company: { id: company.id },
        author: { id: f.head.user.id },
      });
    }
    const [row] = await app.orm.em
      .fork()
      .execute(
        'select count(*)::int as n, count(distinct company_id)::int as companies from message where broadcast_id = ?',
        [result.id],
      );
    expect(row).toEqual({ n: 3, companies: 3 });
  });

  it('shows a client its own message and nothing of the other recipients', async () => {
    const recipients = f.companies.slice(0, 4);
    const body = `Wspólne powiadomienie ${randomUUID()}`;
    ok(
      await notify(
        recipients.map((c) => c.company.id),
        body,
      ),
    );
    for (const me of recipients) {
      ok(await app.gql(MARK_READ, { id: me.company.id }, me.client.token));
    }
    for (const me of recipients) {
      const view = ok(await app.gql(CLIENT_VIEW, { id: me.company.id }, me.client.token));
      const mine = view.messages.edges.filter((e) => e.node.body === body);
      expect(mine).toHaveLength(1);
      expect(mine[0]!.node.company.id).toBe(me.company.id);
      expect(mine[0]!.node.receipts.map((r) => r.user.id)).toEqual([me.client.user.id]);
      const text = JSON.stringify(view);
      for (const stranger of f.companies.filter((c) => c !== me)) {
        expect(text).not.toContain(stranger.company.id);
        expect(text).not.toContain(stranger.company.name);
        expect(text).not.toContain(stranger.company.nip);
        expect(text).not.toContain(stranger.client.user.id);
      }
      // The thread holds only this company's messages.
      expect(view.messages.edges.every((e) => e.node.company.id === me.company.id)).toBe(true);
    }
  });

  it('exposes the broadcast, with readCount moving from 0 to 1 when one client reads', async () => {
    const recipients = f.companies.slice(0, 2);
    const sent = ok(
      await notify(
        recipients.map((c) => c.company.id),
        'Termin płatności VAT: 25.',
      ),
    ).sendBulkNotification;
    const fetched = ok(await app.gql(BROADCAST, { id: sent.id }, f.head.token)).broadcast;
    expect(fetched).toEqual({
      id: sent.id,
      kind: 'NOTIFICATION',
      recipientCount: 2,
      readCount: 0,
      queuedCount: 0,
      sentCount: 0,
      failedCount: 0,
      author: { id: f.head.user.id, name: f.head.user.name },
    });

    // The head reading the thread is no client read.
    ok(await app.gql(MARK_READ, { id: recipients[0]!.company.id }, f.head.token));
    expect(ok(await app.gql(BROADCAST, { id: sent.id }, f.head.token)).broadcast?.readCount).toBe(
      0,
    );

    expect(
      ok(await app.gql(MARK_READ, { id: recipients[0]!.company.id }, recipients[0]!.client.token))
        .markMessagesRead,
    ).toBeGreaterThanOrEqual(1);
    expect(ok(await app.gql(BROADCAST, { id: sent.id }, f.head.token)).broadcast?.readCount).toBe(
      1,
    );
    // Reading again changes nothing.
    ok(await app.gql(MARK_READ, { id: recipients[0]!.company.id }, recipients[0]!.client.token));
    expect(ok(await app.gql(BROADCAST, { id: sent.id }, f.head.token)).broadcast?.readCount).toBe(
      1,
    );
  });

  it('counts duplicate company ids once', async () => {
    const a = f.companies[0]!;
    const b = f.companies[1]!;
    const before = await totals(f);
    const body = `Duplikaty ${randomUUID()}`;
    const sent = ok(
      await notify([a.company.id, b.company.id, a.company.id, a.company.id], body),
    ).sendBulkNotification;
    expect(sent.recipientCount).toBe(2);
    const after = await totals(f);
    expect(after).toEqual(before.map((n, i) => (i < 2 ? n + 1 : n)));
    expect(
      await sqlCount('select count(*)::int as n from message where broadcast_id = ?', [sent.id]),
    ).toBe(2);
  });

  it('rejects an empty or blank body with BAD_USER_INPUT', async () => {
    const ids = [f.companies[0]!.company.id];
    for (const body of ['', '   ', '\n\t  \n']) {
      await expectRejected(() => notify(ids, body), 'BAD_USER_INPUT');
    }
  });

  it('takes a body of 10,000 characters and rejects a longer one with BAD_USER_INPUT', async () => {
    const ids = [f.companies[4]!.company.id];
    await expectRejected(() => notify(ids, 'x'.repeat(10_001)), 'BAD_USER_INPUT');
    await expectRejected(() => notify(ids, 'ą'.repeat(10_001)), 'BAD_USER_INPUT');
    const before = await totalOf(ids[0]!);
    expect(ok(await notify(ids, 'ą'.repeat(10_000))).sendBulkNotification.recipientCount).toBe(1);
    expect(await totalOf(ids[0]!)).toBe(before + 1);
  });

  it('rejects an empty list of companies and one of 10,001 with BAD_USER_INPUT', async () => {
    await expectRejected(() => notify([], 'Treść'), 'BAD_USER_INPUT');
    const tooMany = [
      ...f.companies.map((c) => c.company.id),
      ...Array.from({ length: 10_001 - f.companies.length }, () => randomUUID()),
    ];
    expect(new Set(tooMany).size).toBe(10_001);
    await expectRejected(() => notify(tooMany, 'Treść'), 'BAD_USER_INPUT');
  });

  it('sends nothing at all when one company belongs to another office (NOT_FOUND)', async () => {
    const own = [f.companies[0]!.company.id, f.companies[1]!.company.id];
    const foreign = other.companies[0]!.company.id;
    const otherBefore = await officeMessages(other.office.id);
    for (const ids of [
      [...own, foreign],
      [foreign, ...own],
      [...own, randomUUID()],
      [...own, 'not-a-uuid'],
    ]) {
      await expectRejected(() => notify(ids, `Wszystko albo nic ${randomUUID()}`), 'NOT_FOUND');
    }
    expect(await officeMessages(other.office.id)).toBe(otherBefore);
    // Another office's head cannot notify this office's companies either.
    await expectRejected(() => notify(own, 'Obce biuro', other.head.token), 'NOT_FOUND');
  });

  it('lets a caretaker notify only the companies assigned to them', async () => {
    const c0 = f.companies[0]!;
    const c1 = f.companies[1]!;
    const c2 = f.companies[2]!;
    const body = `Od opiekuna ${randomUUID()}`;
    const before = await totals(f);
    const sent = ok(
      await notify([c0.company.id, c2.company.id], body, f.caretaker.token),
    ).sendBulkNotification;
    expect(sent).toMatchObject({
      recipientCount: 2,
      author: { id: f.caretaker.user.id, role: 'CARETAKER' },
    });
    expect(await totals(f)).toEqual(before.map((n, i) => (i === 0 || i === 2 ? n + 1 : n)));

    await expectRejected(
      () => notify([c0.company.id, c1.company.id], 'Nieprzypisana', f.caretaker.token),
      'NOT_FOUND',
    );
    await expectRejected(
      () => notify([c1.company.id], 'Nieprzypisana', f.caretaker.token),
      'NOT_FOUND',
    );
    await expectRejected(
      () => notify([other.companies[0]!.company.id], 'Obca', f.caretaker.token),
      'NOT_FOUND',
    );

    // A caretaker sees their own broadcasts, not the head's.
    expect(ok(await app.gql(BROADCAST, { id: sent.id }, f.caretaker.token)).broadcast?.id).toBe(
      sent.id,
    );
    const byHead = ok(await notify([c0.company.id], 'Od szefa')).sendBulkNotification;
    expect(codes(await app.gql(BROADCAST, { id: byHead.id }, f.caretaker.token))).toEqual([
      'NOT_FOUND',
    ]);
    // The head sees the caretaker's.
    expect(ok(await app.gql(BROADCAST, { id: sent.id }, f.head.token)).broadcast?.author.id).toBe(
      f.caretaker.user.id,
    );
  });

  it('refuses a client with FORBIDDEN and an anonymous caller with UNAUTHENTICATED', async () => {
    const me = f.companies[0]!;
    await expectRejected(() => notify([me.company.id], 'Od klienta', me.client.token), 'FORBIDDEN');
    await expectRejected(
      () => app.gql(NOTIFY, { input: { companyIds: [me.company.id], body: 'Anonim' } }),
      'UNAUTHENTICATED',
    );
  });

  it('answers broadcast(id) for the head of the office and NOT_FOUND to anyone else', async () => {
    const sent = ok(await notify([f.companies[1]!.company.id], 'Do odczytu')).sendBulkNotification;
    expect(ok(await app.gql(BROADCAST, { id: sent.id }, f.head.token)).broadcast).toMatchObject({
      id: sent.id,
      recipientCount: 1,
    });
    const foreign = await app.gql(BROADCAST, { id: sent.id }, other.head.token);
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
    expect(foreign.data?.broadcast ?? null).toBeNull();
    expect(codes(await app.gql(BROADCAST, { id: randomUUID() }, f.head.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await app.gql(BROADCAST, { id: 'not-a-uuid' }, f.head.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await app.gql(BROADCAST, { id: sent.id }, f.companies[1]!.client.token))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it("raises each recipient client's unread count by one and nobody else's", async () => {
    const recipients = [f.companies[1]!, f.companies[3]!];
    const bystanders = [f.companies[0]!, f.companies[2]!, f.companies[4]!, ...other.companies];
    const all = [...recipients, ...bystanders];
    const before = await Promise.all(all.map((c) => unread(c.client.token)));
    const beforeOwn = await Promise.all(all.map((c) => unread(c.client.token, c.company.id)));

    ok(
      await notify(
        recipients.map((c) => c.company.id),
        `Nieprzeczytane ${randomUUID()}`,
      ),
    );

    const after = await Promise.all(all.map((c) => unread(c.client.token)));
    const afterOwn = await Promise.all(all.map((c) => unread(c.client.token, c.company.id)));
    expect(after).toEqual(before.map((n, i) => (i < recipients.length ? n + 1 : n)));
    expect(afterOwn).toEqual(beforeOwn.map((n, i) => (i < recipients.length ? n + 1 : n)));

    // Reading brings a recipient back to zero for that company.
    ok(await app.gql(MARK_READ, { id: recipients[0]!.company.id }, recipients[0]!.client.token));
    expect(await unread(recipients[0]!.client.token, recipients[0]!.company.id)).toBe(0);
  });
});
