import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, startTestApp, type TestApp } from '../../../test/harness.js';

const SEND = graphql(`
  mutation ThreadTestSend($input: SendMessageInput!) {
    sendMessage(input: $input) { id kind direction body author { id } company { id } readByMe }
  }
`);
const THREAD = graphql(`
  query ThreadTestMessages($id: ID!, $first: Int, $after: String) {
    messages(companyId: $id, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id body kind direction readByMe receipts { user { id } readAt } } }
    }
  }
`);
const INBOX = graphql(`
  query ThreadTestInbox {
    inbox(first: 10) {
      totalCount
      edges { node { company { id } unreadFromClientCount lastActivityAt lastMessage { body } } }
    }
  }
`);
const MARK = graphql(`
  mutation ThreadTestMarkRead($id: ID!) {
    markMessagesRead(companyId: $id)
  }
`);
const MARK_IDS = graphql(`
  mutation ThreadTestMarkIds($id: ID!, $ids: [ID!]) {
    markMessagesRead(companyId: $id, messageIds: $ids)
  }
`);
const UNREAD = graphql(`
  query ThreadTestUnreadCount {
    unreadCount
  }
`);
const UNREAD_OF = graphql(`
  query ThreadTestUnreadCountOf($id: ID) {
    unreadCount(companyId: $id)
  }
`);

describe('threads, inbox and read receipts', () => {
  let app: TestApp;
  let f: OfficeFixture;

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 3 });
  });
  afterAll(() => app.stop());

  it('keeps a client question and the office reply in one thread, newest first, paged', async () => {
    const { company, client } = f.companies[0]!;
    const question = ok(
      await app.gql(
        SEND,
        { input: { companyId: company.id, body: '  Czy mogę odliczyć VAT?  ' } },
        client.token,
      ),
    ).sendMessage;
    expect(question).toMatchObject({
      kind: 'QUESTION',
      direction: 'CLIENT_TO_OFFICE',
      body: 'Czy mogę odliczyć VAT?',
      author: { id: client.user.id },
      company: { id: company.id },
      readByMe: true,
    });
    const reply = ok(
      await app.gql(SEND, { input: { companyId: company.id, body: 'Tak.' } }, f.caretaker.token),
    ).sendMessage;
    expect(reply).toMatchObject({ kind: 'REPLY', direction: 'OFFICE_TO_CLIENT' });
    for (let i = 0; i < 3; i += 1)
      ok(
        await app.gql(
          SEND,
          { input: { companyId: company.id, body: `Uzupełnienie ${i}` } },
          client.token,
        ),
      );

    const page1 = ok(await app.gql(THREAD, { id: company.id, first: 2 }, client.token)).messages;
    expect(page1.totalCount).toBe(5);
    expect(page1.edges.map((e) => e.node.body)).toEqual(['Uzupełnienie 2', 'Uzupełnienie 1']);
    const page2 = ok(
      await app.gql(
        THREAD,
        { id: company.id, first: 2, after: page1.pageInfo.endCursor },
        client.token,
      ),
    ).messages;
    expect(page2.edges.map((e) => e.node.body)).toEqual(['Uzupełnienie 0', 'Tak.']);
    const page3 = ok(
      await app.gql(
        THREAD,
        { id: company.id, first: 2, after: page2.pageInfo.endCursor },
        client.token,
      ),
    ).messages;
    expect(page3.edges.map((e) => e.node.body)).toEqual(['Czy mogę odliczyć VAT?']);
    expect(page3.pageInfo.hasNextPage).toBe(false);
  });

  it('orders the office inbox by latest activity with unread-from-client counts', async () => {
    const [a, b] = [f.companies[0]!, f.companies[1]!];
    ok(
      await app.gql(
        SEND,
        { input: { companyId: b.company.id, body: 'Pytanie z firmy B' } },
        b.client.token,
      ),
    );
    const { inbox } = ok(await app.gql(INBOX, {}, f.head.token));
    expect(inbox.edges.map((e) => e.node.company.id)).toEqual([b.company.id, a.company.id]);
    expect(inbox.edges.map((e) => e.node.unreadFromClientCount)).toEqual([1, 4]);
    expect(inbox.edges[0]?.node.lastMessage?.body).toBe('Pytanie z firmy B');
    // The caretaker sees only assigned companies (0 and 2): B is not theirs.
    const mine = ok(await app.gql(INBOX, {}, f.caretaker.token)).inbox;
    expect(mine.edges.map((e) => e.node.company.id)).toEqual([a.company.id]);
    expect(ok(await app.gql(UNREAD, {}, f.head.token)).unreadCount).toBe(5);
    expect(ok(await app.gql(UNREAD, {}, f.caretaker.token)).unreadCount).toBe(4);
  });

  it('marks read idempotently, records who and when, and lowers the office count', async () => {
    const { company, client } = f.companies[0]!;
    const before = Date.now();
    expect(ok(await app.gql(MARK, { id: company.id }, f.caretaker.token)).markMessagesRead).toBe(4);
    expect(ok(await app.gql(MARK, { id: company.id }, f.caretaker.token)).markMessagesRead).toBe(0);
    const thread = ok(
      await app.gql(THREAD, { id: company.id }, f.caretaker.token),
    ).messages.edges.map((e) => e.node);
    const questions = thread.filter((m) => m.direction === 'CLIENT_TO_OFFICE');
    expect(questions).toHaveLength(4);
    for (const q of questions) {
      expect(q.readByMe).toBe(true);
      expect(q.receipts.map((r) => r.user.id)).toEqual([f.caretaker.user.id]);
      expect(new Date(q.receipts[0]!.readAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    }
    // Read by the office as a whole: the head's count for that company drops to 0 too.
    expect(ok(await app.gql(UNREAD_OF, { id: company.id }, f.head.token)).unreadCount).toBe(0);
    // The head has not read them personally: marking adds the head's own receipts.
    expect(ok(await app.gql(MARK, { id: company.id }, f.head.token)).markMessagesRead).toBe(4);
    // The client's reply from the office is unread for the client until they mark it.
    expect(ok(await app.gql(UNREAD, {}, client.token)).unreadCount).toBe(1);
    const reply = thread.find((m) => m.direction === 'OFFICE_TO_CLIENT')!;
    expect(reply.receipts).toEqual([]);
    expect(ok(await app.gql(MARK, { id: company.id }, client.token)).markMessagesRead).toBe(1);
    expect(ok(await app.gql(UNREAD, {}, client.token)).unreadCount).toBe(0);
    const after = ok(await app.gql(THREAD, { id: company.id }, f.head.token)).messages.edges.map(
      (e) => e.node,
    );
    expect(after.find((m) => m.id === reply.id)!.receipts.map((r) => r.user.id)).toEqual([
      client.user.id,
    ]);
  });

  it('reads exactly the named messages of the thread: staff only the client’s, never another company’s', async () => {
    const g = await officeFixture(app, { companies: 2 });
    const [a, b] = g.companies;
    const ask = async (companyId: string, token: string, body: string) =>
      ok(await app.gql(SEND, { input: { companyId, body } }, token)).sendMessage.id;
    const q1 = await ask(a.company.id, a.client.token, 'Pierwsze pytanie');
    const q2 = await ask(a.company.id, a.client.token, 'Drugie pytanie');
    const reply = await ask(a.company.id, g.head.token, 'Odpowiedź');
    const elsewhere = await ask(b.company.id, b.client.token, 'Pytanie innej firmy');
    // Another company of the same office, even one the head sees, is NOT_FOUND in this thread.
    expect(
      codes(await app.gql(MARK_IDS, { id: a.company.id, ids: [q1, elsewhere] }, g.head.token)),
    ).toEqual(['NOT_FOUND']);
    // The head's own reply named: nothing to read; the client's first question: exactly that one.
    expect(
      ok(await app.gql(MARK_IDS, { id: a.company.id, ids: [reply, q1] }, g.head.token))
        .markMessagesRead,
    ).toBe(1);
    const thread = ok(await app.gql(THREAD, { id: a.company.id, first: 10 }, g.head.token));
    const readers = Object.fromEntries(
      thread.messages.edges.map((e) => [e.node.id, e.node.receipts.map((r) => r.user.id)]),
    );
    expect(readers[q1]).toEqual([g.head.user.id]);
    expect(readers[q2]).toEqual([]);
    expect(readers[reply]).toEqual([]);
    // The client names the office's reply: read; their own question: not theirs to read.
    expect(
      ok(await app.gql(MARK_IDS, { id: a.company.id, ids: [reply, q2] }, a.client.token))
        .markMessagesRead,
    ).toBe(1);
    // The client of another company may not name this thread at all.
    expect(
      codes(await app.gql(MARK_IDS, { id: a.company.id, ids: [reply] }, b.client.token)),
    ).toEqual(['NOT_FOUND']);
  });

  it('counts exactly when two tabs read overlapping messages at once', async () => {
    const g = await officeFixture(app, { companies: 1 });
    const [{ company, client }] = g.companies;
    const ids: string[] = [];
    for (let i = 0; i < 12; i += 1)
      ids.push(
        ok(await app.gql(SEND, { input: { companyId: company.id, body: `Nr ${i}` } }, g.head.token))
          .sendMessage.id,
      );
    const [a, b] = await Promise.all([
      app.gql(MARK_IDS, { id: company.id, ids: ids.slice(0, 8) }, client.token),
      app.gql(MARK_IDS, { id: company.id, ids: ids.slice(4, 10) }, client.token),
    ]);
    expect(ok(a).markMessagesRead + ok(b).markMessagesRead).toBe(10);
    expect(ok(await app.gql(UNREAD_OF, { id: company.id }, client.token)).unreadCount).toBe(2);
  });

  it('rejects empty or oversized messages and foreign threads without writing anything', async () => {
    const { company, client } = f.companies[2]!;
    expect(
      codes(await app.gql(SEND, { input: { companyId: company.id, body: '   ' } }, client.token)),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await app.gql(
          SEND,
          { input: { companyId: company.id, body: 'x'.repeat(10_001) } },
          client.token,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await app.gql(
          SEND,
          { input: { companyId: f.companies[0]!.company.id, body: 'Cudzy wątek' } },
          client.token,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await app.gql(
          SEND,
          {
            input: {
              companyId: company.id,
              body: 'Hej',
              attachmentIds: ['00000000-0000-4000-8000-000000000000'],
            },
          },
          client.token,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(ok(await app.gql(THREAD, { id: company.id }, client.token)).messages.totalCount).toBe(0);
  });

  it('stores hostile text as plain text, returned exactly as written', async () => {
    const { company, client } = f.companies[2]!;
    const body = '<img src=x onerror=alert(1)><script>alert("x")</script>';
    const sent = ok(
      await app.gql(SEND, { input: { companyId: company.id, body } }, client.token),
    ).sendMessage;
    expect(sent.body).toBe(body);
  });
});
