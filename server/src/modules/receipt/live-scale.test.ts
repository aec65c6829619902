import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCompanies, type OfficeFixtureOf, officeFixture } from '../../../test/factories.js';
import type { LiveScaleUnreadSubscription } from '../../../test/gql/graphql.js';
import { graphql } from '../../../test/gql/index.js';
import {
  codes,
  countStatements,
  ok,
  oneRow,
  type Subscription,
  startTestApp,
  subscribe,
  type TestApp,
} from '../../../test/harness.js';
import { toInt } from '../../core/sql.js';

const UNREAD = graphql(`
  subscription LiveScaleUnread($companyId: ID) {
    unreadCountChanged(companyId: $companyId) { count }
  }
`);
const INBOX = graphql(`
  subscription LiveScaleInbox {
    messageAdded { id body company { id name } author { name } }
  }
`);
const THREAD = graphql(`
  subscription LiveScaleThread($companyId: ID!) {
    messageAdded(companyId: $companyId) { id body company { name } author { name } }
  }
`);
const RECEIPTS = graphql(`
  subscription LiveScaleReceipts {
    messageRead { readAt user { id } message { id } }
  }
`);
const NOTIFY = graphql(`
  mutation LiveScaleNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id recipientCount }
  }
`);
const ASK = graphql(`
  mutation LiveScaleAsk($input: SendMessageInput!) {
    sendMessage(input: $input) { id }
  }
`);
const MARK_READ = graphql(`
  mutation LiveScaleMarkRead($id: ID!, $ids: [ID!]) {
    markMessagesRead(companyId: $id, messageIds: $ids)
  }
`);
const COUNT = graphql(`
  query LiveScaleCount($companyId: ID) {
    unreadCount(companyId: $companyId)
  }
`);
const COMPANY_UNREAD = graphql(`
  query LiveScaleCompanyUnread($id: ID!) {
    company(id: $id) { unreadFromClientCount }
  }
`);
const THREAD_READS = graphql(`
  query LiveScaleThreadReads($id: ID!) {
    messages(companyId: $id, first: 3) { edges { node { id readByMe } } }
  }
`);

/** The latest count a badge subscription delivered, waiting until it equals `expected`. */
async function badgeReaches(
  badge: Subscription<LiveScaleUnreadSubscription>,
  expected: number,
  timeoutMs = 20_000,
): Promise<void> {
  await expect
    .poll(() => badge.events.at(-1)?.data?.unreadCountChanged?.count, {
      timeout: timeoutMs,
      interval: 50,
    })
    .toBe(expected);
}

describe('the live layer at the size of a large office', () => {
  let app: TestApp;
  let f: OfficeFixtureOf<3>;
  let bulk: Array<{ companyId: string; clientId: string }>;

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 3 });
    bulk = await insertCompanies(app.orm.em.fork(), f.office.id, 9_999, {
      caretakerId: f.caretaker.user.id,
    });
  });
  afterAll(() => app.stop());

  it('survives one bulk send to 10,000 companies with the head and a caretaker listening to every thread', async () => {
    const [mine] = f.companies;
    const headInbox = subscribe(app.ws(f.head.token), INBOX);
    const headBadge = subscribe(app.ws(f.head.token), UNREAD);
    const careInbox = subscribe(app.ws(f.caretaker.token), INBOX);
    const careBadge = subscribe(app.ws(f.caretaker.token), UNREAD);
    const clientBadge = subscribe(app.ws(mine.client.token), UNREAD);
    for (const badge of [headBadge, careBadge, clientBadge])
      expect((await badge.next()).data?.unreadCountChanged.count).toBe(0);
    await headInbox.pending(200);

    const companyIds = [mine.company.id, ...bulk.map((b) => b.companyId)];
    expect(companyIds).toHaveLength(10_000);
    const sent = ok(
      await app.gql(NOTIFY, { input: { companyIds, body: 'Przypominamy o JPK' } }, f.head.token),
    );
    expect(sent.sendBulkNotification.recipientCount).toBe(10_000);

    // Too many threads to list: each staff inbox gets one RESYNC instead of 10,000 (or 5,000) events.
    for (const inbox of [headInbox, careInbox]) {
      const result = await inbox.next(10_000);
      expect(codes(result)).toEqual(['RESYNC']);
      expect(result.data ?? null).toBeNull();
    }
    expect((await clientBadge.next(10_000)).data?.unreadCountChanged.count).toBe(1);

    // Every socket is still open and live: a question afterwards reaches the head and the caretaker.
    ok(
      await app.gql(
        ASK,
        { input: { companyId: mine.company.id, body: 'Czy termin to 25-ty?' } },
        mine.client.token,
      ),
    );
    for (const inbox of [headInbox, careInbox]) {
      expect((await inbox.next(5000)).data?.messageAdded).toMatchObject({
        body: 'Czy termin to 25-ty?',
        company: { id: mine.company.id },
      });
    }
    for (const badge of [headBadge, careBadge])
      expect((await badge.next(5000)).data?.unreadCountChanged.count).toBe(1);
    for (const sub of [headInbox, careInbox, headBadge, careBadge, clientBadge])
      expect(sub.done).toBe(false);
    expect(await headInbox.pending()).toEqual([]);
    expect(await headBadge.pending(0)).toEqual([]);
  });

  it('marks read a thread of 5,000 unread messages while the head listens to receipts', async () => {
    const [, second] = f.companies;
    const em = app.orm.em.fork();
    await em.execute(
      `insert into message (company_id, author_id, direction, kind, body)
       select ?, ?, 'OFFICE_TO_CLIENT', 'NOTIFICATION', 'Wiadomość ' || i from generate_series(1, 5000) as i`,
      [second.company.id, f.head.user.id],
    );
    // The counter, as the writes would have kept it.
    await em.execute(
      'update company_member set unread_count = unread_count + 5000, unread_version = unread_version + 1 where user_id = ? and company_id = ?',
      [second.client.user.id, second.company.id],
    );
    const receipts = subscribe(app.ws(f.head.token), RECEIPTS);
    const badge = subscribe(app.ws(second.client.token), UNREAD);
    expect((await badge.next()).data?.unreadCountChanged.count).toBe(5000);
    await receipts.pending(200);

    const read = ok(await app.gql(MARK_READ, { id: second.company.id }, second.client.token));
    expect(read.markMessagesRead).toBe(5000);
    expect(codes(await receipts.next(10_000))).toEqual(['RESYNC']);
    expect((await badge.next(5000)).data?.unreadCountChanged.count).toBe(0);

    // Later receipts arrive one by one as before.
    ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: [second.company.id], body: 'Jeszcze jedna' } },
        f.head.token,
      ),
    );
    expect((await badge.next(5000)).data?.unreadCountChanged.count).toBe(1);
    ok(await app.gql(MARK_READ, { id: second.company.id }, second.client.token));
    const receipt = (await receipts.next(5000)).data?.messageRead;
    expect(receipt?.user.id).toBe(second.client.user.id);
    expect(receipts.done).toBe(false);
  });
});

describe('counters under concurrency', () => {
  let app: TestApp;
  let f: OfficeFixtureOf<1>;

  beforeAll(async () => {
    app = await startTestApp({ dbPoolMax: 20 });
    f = await officeFixture(app, { companies: 1 });
  });
  afterAll(() => app.stop());

  /** The truth, counted from rows: the client's unread office messages and the office's unread questions. */
  async function truth(companyId: string, clientId: string) {
    const row = await oneRow<{ client: string; office: string }>(
      app.orm.em.fork(),
      `select
         (select count(*) from message m where m.company_id = ? and m.direction = 'OFFICE_TO_CLIENT'
             and not exists (select 1 from read_receipt r where r.message_id = m.id and r.user_id = ?)) as client,
         (select count(*) from message m where m.company_id = ? and m.direction = 'CLIENT_TO_OFFICE' and m.office_read_at is null) as office`,
      [companyId, clientId, companyId],
    );
    return { client: toInt(row.client), office: toInt(row.office) };
  }

  it('match a count of unread rows after questions, replies and mark-read calls race on one thread', async () => {
    const [{ company, client }] = f.companies;
    const clientBadge = subscribe(app.ws(client.token), UNREAD);
    const headBadge = subscribe(app.ws(f.head.token), UNREAD);
    const careBadge = subscribe(app.ws(f.caretaker.token), UNREAD);
    for (const badge of [clientBadge, headBadge, careBadge]) await badge.next();

    for (let round = 0; round < 3; round += 1) {
      const calls: Array<Promise<unknown>> = [];
      for (let i = 0; i < 50; i += 1) {
        calls.push(
          app.gql(
            ASK,
            { input: { companyId: company.id, body: `Pytanie ${round}.${i}` } },
            client.token,
          ),
        );
        calls.push(
          app.gql(
            ASK,
            { input: { companyId: company.id, body: `Odpowiedź ${round}.${i}` } },
            i % 2 ? f.head.token : f.caretaker.token,
          ),
        );
        const reader = [client.token, f.head.token, f.caretaker.token][i % 3];
        calls.push(app.gql(MARK_READ, { id: company.id }, reader));
      }
      const results = (await Promise.all(calls)) as Array<{
        errors?: unknown[];
        data?: { markMessagesRead?: number };
      }>;
      expect(results.filter((r) => r.errors?.length)).toEqual([]);
      // The race did something on both sides: receipts were written while messages kept coming.
      expect(results.reduce((sum, r) => sum + (r.data?.markMessagesRead ?? 0), 0)).toBeGreaterThan(
        0,
      );

      const expected = await truth(company.id, client.user.id);
      expect(ok(await app.gql(COUNT, {}, client.token)).unreadCount).toBe(expected.client);
      expect(ok(await app.gql(COUNT, {}, f.head.token)).unreadCount).toBe(expected.office);
      expect(ok(await app.gql(COUNT, {}, f.caretaker.token)).unreadCount).toBe(expected.office);
      const listed = ok(await app.gql(COMPANY_UNREAD, { id: company.id }, f.head.token));
      expect(listed.company?.unreadFromClientCount).toBe(expected.office);
      // The live badges end on the same numbers, whatever order their events arrived in.
      await badgeReaches(clientBadge, expected.client);
      await badgeReaches(headBadge, expected.office);
      await badgeReaches(careBadge, expected.office);
    }
  });

  it('takes two bulk sends to the same 2,000 companies at once, in opposite orders: both land, every counter +2', async () => {
    const bulk = await insertCompanies(app.orm.em.fork(), f.office.id, 2_000);
    const ids = bulk.map((b) => b.companyId);
    const results = await Promise.all([
      app.gql(NOTIFY, { input: { companyIds: ids, body: 'Pierwsza fala' } }, f.head.token),
      app.gql(
        NOTIFY,
        { input: { companyIds: [...ids].reverse(), body: 'Druga fala' } },
        f.head.token,
      ),
    ]);
    expect(results.map((r) => ok(r).sendBulkNotification.recipientCount)).toEqual([2000, 2000]);
    const row = await oneRow<{ two: string; members: string }>(
      app.orm.em.fork(),
      `select count(*) filter (where unread_count = 2) as two, count(*) as members from company_member where company_id = any(?::uuid[])`,
      [`{${ids.join(',')}}`],
    );
    expect({ two: toInt(row.two), members: toInt(row.members) }).toEqual({
      two: 2000,
      members: 2000,
    });
  });

  it('marks exactly the messages named, refuses ids of another thread with NOT_FOUND, and changes nothing then', async () => {
    const other = await officeFixture(app, { companies: 1 });
    const [{ company, client }] = f.companies;
    ok(await app.gql(MARK_READ, { id: company.id }, client.token));
    const ids: string[] = [];
    for (const body of ['Pierwsza', 'Druga', 'Trzecia']) {
      const sent = ok(
        await app.gql(NOTIFY, { input: { companyIds: [company.id], body } }, f.head.token),
      );
      const row = await oneRow<{ id: string }>(
        app.orm.em.fork(),
        'select id from message where broadcast_id = ?',
        [sent.sendBulkNotification.id],
      );
      ids.push(row.id);
    }
    expect(ids).toHaveLength(3);
    const foreign = ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: [other.companies[0].company.id], body: 'Obca' } },
        other.head.token,
      ),
    );
    const foreignRow = await oneRow<{ id: string }>(
      app.orm.em.fork(),
      'select id from message where broadcast_id = ?',
      [foreign.sendBulkNotification.id],
    );

    const refused = await app.gql(
      MARK_READ,
      { id: company.id, ids: [ids[0]!, foreignRow.id] },
      client.token,
    );
    expect(codes(refused)).toEqual(['NOT_FOUND']);
    expect(ok(await app.gql(COUNT, { companyId: company.id }, client.token)).unreadCount).toBe(3);
    expect(
      codes(await app.gql(MARK_READ, { id: company.id, ids: ['not-an-id'] }, client.token)),
    ).toEqual(['NOT_FOUND']);
    expect(codes(await app.gql(MARK_READ, { id: company.id, ids: [] }, client.token))).toEqual([
      'BAD_USER_INPUT',
    ]);

    expect(
      ok(
        await app.gql(
          MARK_READ,
          { id: company.id, ids: [ids[0]!, ids[2]!, ids[0]!] },
          client.token,
        ),
      ).markMessagesRead,
    ).toBe(2);
    expect(ok(await app.gql(COUNT, { companyId: company.id }, client.token)).unreadCount).toBe(1);
    expect(
      ok(await app.gql(MARK_READ, { id: company.id, ids: [ids[0]!] }, client.token))
        .markMessagesRead,
    ).toBe(0);
    const thread = ok(await app.gql(THREAD_READS, { id: company.id }, client.token));
    expect(
      Object.fromEntries(thread.messages.edges.map((e) => [e.node.id, e.node.readByMe])),
    ).toEqual({
      [ids[0]!]: true,
      [ids[1]!]: false,
      [ids[2]!]: true,
    });
  });
});

describe('cost of delivering one event to many subscribers', () => {
  let app: TestApp;
  let f: OfficeFixtureOf<24>;

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 24 });
  });
  afterAll(() => app.stop());

  /** SQL statements of one bulk send to every company until `n` clients saw their badge and their message. */
  async function statementsFor(n: number): Promise<number> {
    const clients = f.companies.slice(0, n);
    const badges = clients.map((c) => subscribe(app.ws(c.client.token), UNREAD));
    const threads = clients.map((c) =>
      subscribe(app.ws(c.client.token), THREAD, { companyId: c.company.id }),
    );
    const before = await Promise.all(
      badges.map(async (b) => (await b.next()).data?.unreadCountChanged.count ?? Number.NaN),
    );
    await threads[0]!.pending(300);
    const { statements } = await countStatements(async () => {
      ok(
        await app.gql(
          NOTIFY,
          { input: { companyIds: f.companies.map((c) => c.company.id), body: `Do ${n}` } },
          f.head.token,
        ),
      );
      for (const [i, badge] of badges.entries())
        expect((await badge.next()).data?.unreadCountChanged.count).toBe(before[i]! + 1);
      for (const [i, thread] of threads.entries()) {
        expect((await thread.next()).data?.messageAdded).toMatchObject({
          body: `Do ${n}`,
          company: { name: clients[i]!.company.name },
        });
      }
    });
    for (const sub of [...badges, ...threads]) sub.dispose();
    return statements;
  }

  it('is the same number of SQL statements for 4 and for 24 subscribed clients (no query per subscriber)', async () => {
    // Background work of the test app (pollers, session touches) can land inside one window on a
    // loaded machine: the smaller of two runs is the send's own count.
    const few = Math.min(await statementsFor(4), await statementsFor(4));
    const many = Math.min(await statementsFor(24), await statementsFor(24));
    expect(many).toBe(few);
    // The send itself (authentication, visibility, transaction) plus one batched load per kind of row.
    expect(few).toBeLessThan(20);
  });
});
