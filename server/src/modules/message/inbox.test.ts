import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildStaff,
  insertCompanies,
  type OfficeFixtureOf,
  officeFixture,
  sessionFor,
} from '../../../test/factories.js';
import type { ConversationStatus } from '../../../test/gql/graphql.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, countStatements, ok, startTestApp, type TestApp } from '../../../test/harness.js';

const INBOX = graphql(`
  query InboxTestList($status: ConversationStatus, $search: String, $first: Int, $after: String) {
    inbox(status: $status, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          company { id name nip }
          status
          awaitingReplySince
          closedAt
          unreadFromClientCount
          lastMessage { id body }
          lastClientMessage { id body direction author { id } }
        }
      }
    }
  }
`);
const ASK = graphql(`
  mutation InboxTestAsk($input: SendMessageInput!) {
    sendMessage(input: $input) { id }
  }
`);
const NOTIFY = graphql(`
  mutation InboxTestNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id }
  }
`);
const CLOSE = graphql(`
  mutation InboxTestClose($companyId: ID!) {
    closeConversation(companyId: $companyId) { status closedAt awaitingReplySince company { id } }
  }
`);
const REOPEN = graphql(`
  mutation InboxTestReopen($companyId: ID!) {
    reopenConversation(companyId: $companyId) { status closedAt awaitingReplySince company { id } }
  }
`);

describe('the client questions inbox', () => {
  let app: TestApp;
  let f: OfficeFixtureOf<5>;

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 5 });
  });
  afterAll(() => app.stop());

  const ask = async (i: number, body: string) => {
    const { company, client } = f.companies[i]!;
    ok(await app.gql(ASK, { input: { companyId: company.id, body } }, client.token));
  };
  const reply = async (i: number, body: string) =>
    ok(
      await app.gql(ASK, { input: { companyId: f.companies[i]!.company.id, body } }, f.head.token),
    );
  const list = async (
    status?: ConversationStatus,
    search?: string,
    token = f.head.token,
  ): Promise<string[]> => {
    const { inbox } = ok(await app.gql(INBOX, { status, search, first: 100 }, token));
    expect(inbox.totalCount).toBe(inbox.edges.length);
    return inbox.edges.map((e) => e.node.company.id);
  };
  const id = (i: number) => f.companies[i]!.company.id;

  it('lists questions, not the office’s broadcasts: awaiting, answered, all; the preview is the client’s', async () => {
    ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: f.companies.map((c) => c.company.id), body: 'Przypomnienie JPK' } },
        f.head.token,
      ),
    );
    expect(await list()).toEqual([]);
    expect(await list('AWAITING_REPLY')).toEqual([]);

    await ask(0, 'Czy mogę odliczyć VAT od paliwa?');
    await ask(1, 'Kiedy termin PIT?');
    await reply(1, 'Do końca kwietnia.');
    // The office's newer notification does not hide the client's question in the preview.
    ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: [id(0)], body: 'Nowe stawki ZUS' } },
        f.head.token,
      ),
    );

    expect(await list('AWAITING_REPLY')).toEqual([id(0)]);
    expect(await list('ANSWERED')).toEqual([id(1)]);
    expect(await list('CLOSED')).toEqual([]);
    expect(await list()).toEqual([id(1), id(0)]);

    const { inbox } = ok(await app.gql(INBOX, { status: 'AWAITING_REPLY' }, f.head.token));
    const [row] = inbox.edges.map((e) => e.node);
    expect(row).toMatchObject({
      status: 'AWAITING_REPLY',
      closedAt: null,
      unreadFromClientCount: 1,
      lastMessage: { body: 'Nowe stawki ZUS' },
      lastClientMessage: {
        body: 'Czy mogę odliczyć VAT od paliwa?',
        direction: 'CLIENT_TO_OFFICE',
        author: { id: f.companies[0].client.user.id },
      },
    });
    expect(row?.awaitingReplySince).toEqual(expect.any(String));

    // A second question keeps the time the client started waiting.
    await ask(0, 'I od leasingu?');
    const again = ok(await app.gql(INBOX, { status: 'AWAITING_REPLY' }, f.head.token));
    expect(again.inbox.edges[0]?.node.awaitingReplySince).toBe(row?.awaitingReplySince);
    expect(again.inbox.edges[0]?.node.lastClientMessage?.body).toBe('I od leasingu?');
  });

  it('closes a conversation without a reply; the client writing again opens it; reopen brings it back', async () => {
    await ask(2, 'Czy dostaliście faktury?');
    expect(await list('AWAITING_REPLY')).toContain(id(2));

    const closed = ok(await app.gql(CLOSE, { companyId: id(2) }, f.head.token)).closeConversation;
    expect(closed).toMatchObject({ status: 'CLOSED', awaitingReplySince: null });
    expect(closed.closedAt).toEqual(expect.any(String));
    expect(await list('AWAITING_REPLY')).not.toContain(id(2));
    expect(await list('CLOSED')).toEqual([id(2)]);
    expect(await list()).toContain(id(2));
    // Closing twice keeps the first time.
    const twice = ok(await app.gql(CLOSE, { companyId: id(2) }, f.head.token)).closeConversation;
    expect(twice.closedAt).toBe(closed.closedAt);

    await ask(2, 'Halo, czy ktoś to czyta?');
    expect(await list('AWAITING_REPLY')).toContain(id(2));
    expect(await list('CLOSED')).toEqual([]);

    ok(await app.gql(CLOSE, { companyId: id(2) }, f.caretaker.token));
    const reopened = ok(
      await app.gql(REOPEN, { companyId: id(2) }, f.head.token),
    ).reopenConversation;
    expect(reopened).toMatchObject({ status: 'AWAITING_REPLY', closedAt: null });
    expect(await list('AWAITING_REPLY')).toContain(id(2));

    // Reopening an answered conversation changes nothing: it was not closed.
    await reply(2, 'Tak, dostaliśmy.');
    expect(
      ok(await app.gql(REOPEN, { companyId: id(2) }, f.head.token)).reopenConversation,
    ).toMatchObject({ status: 'ANSWERED', closedAt: null, awaitingReplySince: null });
  });

  it('refuses other offices’ and other caretakers’ companies with NOT_FOUND, clients with FORBIDDEN', async () => {
    const other = await officeFixture(app, { companies: 1 });
    await ask(3, 'Pytanie firmy innego opiekuna');
    // Company 3 belongs to a second caretaker of the office: each sees only their own.
    const em = app.orm.em.fork();
    const second = await sessionFor(app, em, await buildStaff(em, f.office));
    await em.flush();
    await em.execute('update company set caretaker_id = ? where id = ?', [second.user.id, id(3)]);
    expect(await list(undefined, undefined, f.caretaker.token)).not.toContain(id(3));
    expect(await list(undefined, undefined, f.caretaker.token)).toContain(id(0));
    expect(await list(undefined, undefined, second.token)).toEqual([id(3)]);
    expect(codes(await app.gql(CLOSE, { companyId: id(0) }, second.token))).toEqual(['NOT_FOUND']);
    for (const [companyId, token] of [
      [id(3), f.caretaker.token],
      [id(0), other.head.token],
      [other.companies[0].company.id, f.head.token],
      [randomUUID(), f.head.token],
      ['not-an-id', f.head.token],
    ] as const) {
      expect(codes(await app.gql(CLOSE, { companyId }, token))).toEqual(['NOT_FOUND']);
      expect(codes(await app.gql(REOPEN, { companyId }, token))).toEqual(['NOT_FOUND']);
    }
    expect(await list('AWAITING_REPLY')).toContain(id(3));
    expect(codes(await app.gql(CLOSE, { companyId: id(0) }, f.companies[0].client.token))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await app.gql(INBOX, {}, f.companies[0].client.token))).toEqual(['FORBIDDEN']);
    // A company with no question or reply has nothing to close.
    const none = await app.gql(CLOSE, { companyId: id(4) }, f.head.token);
    expect(codes(none)).toEqual(['PRECONDITION_FAILED']);
    expect(none.errors?.[0]?.extensions?.reasons).toEqual(['NO_CONVERSATION']);
  });

  it('searches by company name or NIP, hostile terms included', async () => {
    const first = f.companies[0].company;
    await ask(0, 'Pytanie do wyszukania');
    expect(await list(undefined, first.name.slice(6))).toEqual([first.id]);
    expect(await list(undefined, first.name.toUpperCase())).toEqual([first.id]);
    expect(await list(undefined, first.nip.slice(0, 6))).toContain(first.id);
    expect(await list(undefined, `${first.nip.slice(0, 3)}-${first.nip.slice(3, 6)}`)).toContain(
      first.id,
    );
    expect(await list('CLOSED', first.name)).toEqual([]);
    for (const hostile of ['%', '_', "'; drop table company; --", '\\'])
      expect(await list(undefined, hostile)).toEqual([]);
    expect(await list(undefined, '   ')).toHaveLength((await list()).length);
    for (const search of ['x'.repeat(201), 'a\u0000b'])
      expect(codes(await app.gql(INBOX, { search }, f.head.token))).toEqual(['BAD_USER_INPUT']);
  });

  it('settles a close racing a client’s message to one state or the other, never both', async () => {
    for (let round = 0; round < 8; round += 1) {
      const [closed] = await Promise.all([
        app.gql(CLOSE, { companyId: id(0) }, f.head.token),
        ask(0, `Pytanie ${round}`),
        app.gql(CLOSE, { companyId: id(0) }, f.caretaker.token),
      ]);
      ok(closed);
      const { inbox } = ok(
        await app.gql(INBOX, { search: f.companies[0].company.name }, f.head.token),
      );
      const node = inbox.edges[0]?.node;
      expect(node?.company.id).toBe(id(0));
      if (node?.status === 'CLOSED') expect(node.awaitingReplySince).toBeNull();
      else {
        expect(node?.status).toBe('AWAITING_REPLY');
        expect(node?.closedAt).toBeNull();
      }
    }
  });
});

describe('the inbox at the size of a large office', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  /** An office whose `count` companies each hold a client question; half of them answered. */
  async function officeWithQuestions(count: number) {
    const f = await officeFixture(app, { companies: 1 });
    const em = app.orm.em.fork();
    const rows = await insertCompanies(em, f.office.id, count, {
      caretakerId: f.caretaker.user.id,
    });
    await em.execute(
      `with q as (
         insert into message (company_id, author_id, direction, kind, body, created_at)
         select c, u, 'CLIENT_TO_OFFICE', 'QUESTION', 'Pytanie ' || i, now() - i * interval '1 second'
           from unnest(?::uuid[], ?::uuid[]) with ordinality as t(c, u, i)
         returning company_id, created_at)
       update company set last_message_at = q.created_at::timestamptz(3), unread_from_client = 1,
              awaiting_reply_since = case when random() < 0.5 then q.created_at end
         from q where company.id = q.company_id`,
      [`{${rows.map((r) => r.companyId).join(',')}}`, `{${rows.map((r) => r.clientId).join(',')}}`],
    );
    return f;
  }

  it('reads a page of 50 conversations in as many statements for 10,000 companies as for 200', async () => {
    const small = await officeWithQuestions(200);
    const large = await officeWithQuestions(10_000);
    // A session's first request records its use: not part of what is measured.
    for (const token of [
      small.head.token,
      large.head.token,
      small.caretaker.token,
      large.caretaker.token,
    ])
      ok(await app.gql(INBOX, { first: 1 }, token));
    const page = async (
      token: string,
      status?: ConversationStatus,
      search?: string,
      first = 50,
    ) => {
      const run = await countStatements(() => app.gql(INBOX, { first, status, search }, token));
      const { inbox } = ok(run.result);
      return { inbox, statements: run.statements };
    };
    for (const status of [undefined, 'AWAITING_REPLY'] as const) {
      const a = await page(small.head.token, status);
      const b = await page(large.head.token, status);
      expect(b.inbox.edges).toHaveLength(50);
      for (const { node } of b.inbox.edges) {
        expect(node.lastClientMessage?.body).toMatch(/^Pytanie \d+$/);
        if (status) expect(node.status).toBe('AWAITING_REPLY');
      }
      expect(b.statements).toBe(a.statements);
      expect(b.statements).toBeLessThanOrEqual(6);
    }
    expect((await page(large.head.token)).inbox.totalCount).toBe(10_000);
    // A caretaker's awaiting ones, searched: their own index, the same statements at any size.
    const caretaker = await page(large.caretaker.token, 'AWAITING_REPLY', 'Masowa 0', 10);
    const caretakerSmall = await page(small.caretaker.token, 'AWAITING_REPLY', 'Masowa 0', 10);
    expect(caretaker.statements).toBe(caretakerSmall.statements);
    expect(caretaker.inbox.edges.length).toBeGreaterThan(0);
  });
});
