import { cacheExchange } from '@urql/exchange-graphcache';
import { parse } from 'graphql';
import {
  Client,
  type Exchange,
  makeResult,
  type Operation,
  type OperationResult,
  type RequestPolicy,
} from 'urql';
import { describe, expect, it } from 'vitest';
import {
  empty,
  filter,
  fromPromise,
  fromValue,
  makeSubject,
  merge,
  mergeMap,
  pipe,
  type Source,
  share,
  subscribe,
  tap,
} from 'wonka';
import { cacheOptions } from './cache';

type Json = Record<string, unknown>;

/** A field of a watched result; fails the test when the result has none yet. */
function field<T>(watched: { data?: Json }, name: string): T {
  const value = watched.data?.[name];
  if (value === undefined) throw new Error(`no ${name} in the result yet`);
  return value as T;
}

const ThreadQuery = parse(`
  query Thread($companyId: ID!) {
    messages(companyId: $companyId, first: 30) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id body readByMe receipts { readAt user { id name } } } }
    }
  }
`);
const InboxQuery = parse(`
  query Inbox { inbox(first: 20) { totalCount edges { node { unreadFromClientCount company { id name } } } } }
`);
const UnreadQuery = parse(`
  query Unread($companyId: ID) { unreadCount(companyId: $companyId) }
`);
const MarkReadMutation = parse(`
  mutation MarkRead($companyId: ID!, $messageIds: [ID!]) {
    markMessagesRead(companyId: $companyId, messageIds: $messageIds)
  }
`);
const SendMutation = parse(`
  mutation Send($input: SendMessageInput!) { sendMessage(input: $input) { id body company { id } } }
`);
const MessageAddedSubscription = parse(`
  subscription Added { messageAdded { id company { id } } }
`);
const MessageReadSubscription = parse(`
  subscription Read($companyId: ID!) {
    messageRead(companyId: $companyId) { readAt user { id name } message { id readByMe receipts { readAt user { id name } } } }
  }
`);
const UnreadChangedSubscription = parse(`
  subscription UnreadChanged { unreadCountChanged { count companyId } }
`);

/** A company's thread as the server would answer, `__typename`s included (graphcache asks for them). */
function thread(ids: string[], receipts: Record<string, Json[]> = {}): Json {
  return {
    messages: {
      __typename: 'MessageConnection',
      totalCount: ids.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: ids.at(-1) ?? null },
      edges: ids.map((id) => ({
        __typename: 'MessageEdge',
        cursor: id,
        node: {
          __typename: 'Message',
          id,
          body: `body ${id}`,
          readByMe: false,
          receipts: receipts[id] ?? [],
        },
      })),
    },
  };
}

const receipt = (userId: string, readAt: string): Json => ({
  __typename: 'ReadReceipt',
  readAt,
  user: { __typename: 'User', id: userId, name: `User ${userId}` },
});

/**
 * A graphcache client over a canned server: `answer` gives the data of each query or mutation
 * (and records the call; a promise is a slow answer), `push` delivers a subscription event to the
 * subscribed operation.
 */
function setup(answer: (operation: Operation) => Json | Promise<Json>) {
  const calls: Operation[] = [];
  const subscriptions = new Map<string, Operation>();
  const events = makeSubject<OperationResult>();
  const server: Exchange = () => (operations$) => {
    const shared = pipe(operations$, share);
    const results = pipe(
      shared,
      filter((op) => op.kind === 'query' || op.kind === 'mutation'),
      tap((op) => calls.push(op)),
      mergeMap((op) => {
        const data = answer(op);
        return data instanceof Promise
          ? fromPromise(data.then((value) => makeResult(op, { data: value })))
          : fromValue(makeResult(op, { data }));
      }),
    );
    const subscribed = pipe(
      shared,
      filter((op) => op.kind === 'subscription'),
      tap((op) => subscriptions.set(operationName(op), op)),
      mergeMap((): Source<OperationResult> => empty),
    );
    return merge([results, subscribed, events.source]);
  };
  const client = new Client({
    url: 'http://api.test/graphql',
    exchanges: [cacheExchange(cacheOptions), server],
  });

  /** Keeps a query active (as a mounted component would) and tracks its latest data (`last`: the latest result's, even empty). */
  function watch(
    query: typeof ThreadQuery,
    variables: Json = {},
    requestPolicy: RequestPolicy = 'cache-first',
  ) {
    const watched = {
      data: undefined as Json | undefined,
      last: undefined as Json | null | undefined,
    };
    pipe(
      client.query(query, variables, { requestPolicy }),
      subscribe((result) => {
        watched.last = result.data as Json | null | undefined;
        if (result.data) watched.data = result.data as Json;
      }),
    );
    return watched;
  }

  function listen(subscription: typeof ThreadQuery, variables: Json = {}) {
    pipe(
      client.subscription(subscription, variables),
      subscribe(() => undefined),
    );
  }

  function push(name: string, data: Json) {
    const operation = subscriptions.get(name);
    if (!operation) throw new Error(`nobody subscribed to ${name}`);
    events.next(makeResult(operation, { data }));
  }

  const count = (name: string, variables: Json = {}) =>
    calls.filter(
      (op) =>
        operationName(op) === name &&
        Object.entries(variables).every(([key, value]) => (op.variables as Json)[key] === value),
    ).length;

  return { client, watch, listen, push, count };
}

function operationName(operation: Operation): string {
  const definition = operation.query.definitions.find((d) => d.kind === 'OperationDefinition');
  return definition && 'name' in definition && definition.name ? definition.name.value : '';
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('cache updates', () => {
  it('refetches the thread of the company a new message arrived in, and the inbox, but no other thread', async () => {
    const threads: Record<string, string[]> = { A: ['a2', 'a1'], B: ['b1'] };
    const api = setup((op) => {
      const name = operationName(op);
      if (name === 'Thread')
        return thread(threads[(op.variables as Json).companyId as string] ?? []);
      if (name === 'Inbox')
        return { inbox: { __typename: 'ConversationConnection', totalCount: 0, edges: [] } };
      throw new Error(`unexpected ${name}`);
    });
    const a = api.watch(ThreadQuery, { companyId: 'A' });
    const b = api.watch(ThreadQuery, { companyId: 'B' });
    api.watch(InboxQuery);
    api.listen(MessageAddedSubscription);
    await settle();
    expect([
      api.count('Thread', { companyId: 'A' }),
      api.count('Thread', { companyId: 'B' }),
      api.count('Inbox'),
    ]).toEqual([1, 1, 1]);

    threads.A = ['a3', 'a2', 'a1'];
    api.push('Added', {
      messageAdded: {
        __typename: 'Message',
        id: 'a3',
        company: { __typename: 'Company', id: 'A' },
      },
    });
    await settle();

    expect(api.count('Thread', { companyId: 'A' })).toBe(2);
    expect(api.count('Thread', { companyId: 'B' })).toBe(1);
    expect(api.count('Inbox')).toBe(2);
    const edges = field<{ edges: Array<{ node: { id: string } }> }>(a, 'messages').edges;
    expect(edges.map((e) => e.node.id)).toEqual(['a3', 'a2', 'a1']);
    expect(field<{ totalCount: number }>(b, 'messages').totalCount).toBe(1);
  });

  it('marking a thread read refetches the unread counts and marks that thread read in place, not other threads', async () => {
    let unread = 3;
    const api = setup((op) => {
      const name = operationName(op);
      if (name === 'Unread') return { unreadCount: unread };
      if (name === 'Thread')
        return thread((op.variables as Json).companyId === 'A' ? ['a2', 'a1'] : ['b2', 'b1']);
      if (name === 'MarkRead') {
        const marked = unread;
        unread = 0;
        return { markMessagesRead: marked };
      }
      throw new Error(`unexpected ${name}`);
    });
    const all = api.watch(UnreadQuery);
    const one = api.watch(UnreadQuery, { companyId: 'A' });
    const a = api.watch(ThreadQuery, { companyId: 'A' });
    const b = api.watch(ThreadQuery, { companyId: 'B' });
    await settle();
    expect(all.data?.unreadCount).toBe(3);

    const result = await api.client.mutation(MarkReadMutation, { companyId: 'A' }).toPromise();
    expect(result.data?.markMessagesRead).toBe(3);
    await settle();

    expect(api.count('Unread')).toBe(4);
    expect(all.data?.unreadCount).toBe(0);
    expect(one.data?.unreadCount).toBe(0);
    const readByMe = (watched: { data?: Json }) =>
      field<{ edges: Array<{ node: { readByMe: boolean } }> }>(watched, 'messages').edges.map(
        (e) => e.node.readByMe,
      );
    expect(readByMe(a)).toEqual([true, true]);
    expect(readByMe(b)).toEqual([false, false]);
    expect(api.count('Thread', { companyId: 'A' })).toBe(1);
    expect(api.count('Thread', { companyId: 'B' })).toBe(1);
  });

  it('marking named messages read marks exactly those in place', async () => {
    const api = setup((op) => {
      const name = operationName(op);
      if (name === 'Thread') return thread(['a3', 'a2', 'a1']);
      if (name === 'Unread') return { unreadCount: 1 };
      if (name === 'MarkRead') return { markMessagesRead: 2 };
      throw new Error(`unexpected ${name}`);
    });
    const a = api.watch(ThreadQuery, { companyId: 'A' });
    await settle();
    await api.client
      .mutation(MarkReadMutation, { companyId: 'A', messageIds: ['a1', 'a3'] })
      .toPromise();
    await settle();
    const edges = field<{ edges: Array<{ node: { id: string; readByMe: boolean } }> }>(
      a,
      'messages',
    ).edges;
    expect(edges.map((e) => `${e.node.id}:${e.node.readByMe}`)).toEqual([
      'a3:true',
      'a2:false',
      'a1:true',
    ]);
    expect(api.count('Thread', { companyId: 'A' })).toBe(1);
  });

  it('keeps showing a thread whose refetch is still on its way when marking it read completes', async () => {
    const held: Array<() => void> = [];
    let ids = ['m1'];
    let readByMe = false;
    const api = setup((op) => {
      const name = operationName(op);
      if (name === 'Thread') {
        const data = thread(ids);
        for (const edge of (data.messages as { edges: Array<{ node: Json }> }).edges)
          edge.node.readByMe = readByMe;
        return new Promise<Json>((resolve) => held.push(() => resolve(data)));
      }
      if (name === 'MarkRead') {
        readByMe = true;
        return { markMessagesRead: 1 };
      }
      throw new Error(`unexpected ${name}`);
    });
    const release = async () => {
      held.shift()!();
      await settle();
    };
    const markRead = async () => {
      await api.client.mutation(MarkReadMutation, { companyId: 'A' }).toPromise();
      await settle();
    };
    const shown = (watched: { last?: Json | null }) =>
      (
        watched.last?.messages as
          | { edges: Array<{ node: { id: string; readByMe: boolean } }> }
          | undefined
      )?.edges.map((e) => `${e.node.id}:${e.node.readByMe}`);
    const a = api.watch(ThreadQuery, { companyId: 'A' }, 'cache-and-network');
    api.listen(MessageReadSubscription, { companyId: 'A' });
    api.listen(MessageAddedSubscription);
    await settle();
    await release();
    expect(shown(a)).toEqual(['m1:false']);

    // As in a browser: opening the thread marks it read, the receipt event comes back, and the
    // thread marks itself read once more while anything it refetches may still be on its way.
    await markRead();
    api.push('Read', {
      messageRead: {
        ...receipt('u1', '2025-03-01T10:00:00.000Z'),
        message: {
          __typename: 'Message',
          id: 'm1',
          readByMe: true,
          receipts: [receipt('u1', '2025-03-01T10:00:00.000Z')],
        },
      },
    });
    await settle();
    if (held.length) await release();
    await markRead();
    while (held.length) await release();
    expect(shown(a)).toEqual(['m1:true']);

    // A new message refetches the thread; it is marked read before that answer arrives.
    ids = ['m2', 'm1'];
    readByMe = false;
    api.push('Added', {
      messageAdded: {
        __typename: 'Message',
        id: 'm2',
        company: { __typename: 'Company', id: 'A' },
      },
    });
    await settle();
    expect(held).toHaveLength(1);
    await markRead();
    while (held.length) await release();
    expect(shown(a)?.map((m) => m.split(':')[0])).toEqual(['m2', 'm1']);
  });

  it('puts a read receipt on the cached message in place, without a refetch', async () => {
    const api = setup((op) => {
      if (operationName(op) === 'Thread') return thread(['m2', 'm1']);
      throw new Error(`unexpected ${operationName(op)}`);
    });
    const a = api.watch(ThreadQuery, { companyId: 'A' });
    api.listen(MessageReadSubscription, { companyId: 'A' });
    await settle();

    api.push('Read', {
      messageRead: {
        __typename: 'ReadReceipt',
        ...receipt('u1', '2025-03-01T10:00:00.000Z'),
        message: {
          __typename: 'Message',
          id: 'm1',
          readByMe: false,
          receipts: [receipt('u1', '2025-03-01T10:00:00.000Z')],
        },
      },
    });
    await settle();

    const nodes = field<{
      edges: Array<{ node: { id: string; receipts: Array<{ user: { name: string } }> } }>;
    }>(a, 'messages').edges.map((e) => e.node);
    expect(nodes.find((n) => n.id === 'm1')?.receipts.map((r) => r.user.name)).toEqual(['User u1']);
    expect(nodes.find((n) => n.id === 'm2')?.receipts).toEqual([]);
    expect(api.count('Thread')).toBe(1);
  });

  it('refetches the receipts of a message when a receipt event does not carry them', async () => {
    let receipts: Json[] = [];
    const api = setup((op) => {
      if (operationName(op) === 'Thread') return thread(['m1'], { m1: receipts });
      throw new Error(`unexpected ${operationName(op)}`);
    });
    const a = api.watch(ThreadQuery, { companyId: 'A' });
    api.listen(parse(`subscription ReadBare { messageRead { readAt message { id } } }`));
    await settle();

    receipts = [receipt('u1', '2025-03-01T10:00:00.000Z')];
    api.push('ReadBare', {
      messageRead: {
        __typename: 'ReadReceipt',
        readAt: '2025-03-01T10:00:00.000Z',
        message: { __typename: 'Message', id: 'm1' },
      },
    });
    await settle();

    expect(api.count('Thread')).toBe(2);
    const node = field<{ edges: Array<{ node: { receipts: unknown[] } }> }>(a, 'messages').edges[0]
      ?.node;
    expect(node?.receipts).toHaveLength(1);
  });

  it('refetches unread counts and the inbox when the server pushes a new count', async () => {
    let unread = 1;
    const api = setup((op) => {
      const name = operationName(op);
      if (name === 'Unread') return { unreadCount: unread };
      if (name === 'Inbox')
        return { inbox: { __typename: 'ConversationConnection', totalCount: 0, edges: [] } };
      throw new Error(`unexpected ${name}`);
    });
    const one = api.watch(UnreadQuery, { companyId: 'A' });
    api.watch(InboxQuery);
    api.listen(UnreadChangedSubscription);
    await settle();

    unread = 2;
    api.push('UnreadChanged', {
      unreadCountChanged: { __typename: 'UnreadCount', count: 2, companyId: null },
    });
    await settle();

    expect(one.data?.unreadCount).toBe(2);
    expect(api.count('Inbox')).toBe(2);
  });

  it('refetches the thread a message was sent to', async () => {
    const threads: Record<string, string[]> = { A: ['a1'], B: ['b1'] };
    const api = setup((op) => {
      const name = operationName(op);
      if (name === 'Thread')
        return thread(threads[(op.variables as Json).companyId as string] ?? []);
      if (name === 'Send') {
        threads.B = ['b2', 'b1'];
        return {
          sendMessage: {
            __typename: 'Message',
            id: 'b2',
            body: 'hello',
            company: { __typename: 'Company', id: 'B' },
          },
        };
      }
      throw new Error(`unexpected ${name}`);
    });
    api.watch(ThreadQuery, { companyId: 'A' });
    const b = api.watch(ThreadQuery, { companyId: 'B' });
    await settle();

    await api.client
      .mutation(SendMutation, { input: { companyId: 'B', body: 'hello' } })
      .toPromise();
    await settle();

    expect(api.count('Thread', { companyId: 'B' })).toBe(2);
    expect(api.count('Thread', { companyId: 'A' })).toBe(1);
    expect(field<{ totalCount: number }>(b, 'messages').totalCount).toBe(2);
  });
});
