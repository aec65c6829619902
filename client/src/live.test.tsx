import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { type DocumentNode, parse } from 'graphql';
import type { FormattedExecutionResult, Sink, Client as SocketClient } from 'graphql-ws';
import { type OperationResult, Provider } from 'urql';
import { afterEach, describe, expect, it } from 'vitest';
import { pipe, subscribe } from 'wonka';
import { BroadcastProgress } from './features/email/BroadcastProgress';
import { InboxPage } from './features/inbox/InboxPage';
import { I18nProvider } from './i18n';
import { createResync, type Resync } from './live';
import { AvatarBadge } from './ui/AppShell';
import { createUrqlClient } from './urql';
import type { Viewer } from './viewer';

type Json = Record<string, unknown>;
type Payload = FormattedExecutionResult<unknown, unknown>;

const RESYNC_RESULT: Payload = {
  data: null,
  errors: [
    {
      message: 'Live events were dropped for this subscription; refetch the data it keeps fresh.',
      extensions: { code: 'RESYNC' },
    },
  ],
};

/** Longer than the window in which resync signals are gathered into one refetch. */
const pause = (ms = 250) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The production urql client (exchanges, cache updates, resync) over a scripted API: `answer`
 * gives each HTTP query's data (a promise is a slow answer) and every fetch is counted; `push`
 * delivers a payload to a subscription as the socket would, by operation name.
 */
function scriptedApi(
  answer: (name: string, variables: Json) => Json | Promise<Json>,
  resync?: Resync,
) {
  const fetches: Array<{ name: string; variables: Json }> = [];
  const sinks = new Map<string, Sink<Payload>>();
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const body = JSON.parse(String(init?.body)) as { operationName: string; variables?: Json };
    fetches.push({ name: body.operationName, variables: body.variables ?? {} });
    const data = await answer(body.operationName, body.variables ?? {});
    return new Response(JSON.stringify({ data }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  const socketSubscribe: SocketClient['subscribe'] = (payload, sink) => {
    const name = payload.operationName ?? '';
    sinks.set(name, sink as Sink<Payload>);
    return () => sinks.delete(name);
  };
  const client = createUrqlClient({
    token: 'secret',
    onUnauthenticated: () => undefined,
    subscribe: socketSubscribe,
    fetch,
    resync,
  });

  const push = (name: string, payload: Payload) => {
    const sink = sinks.get(name);
    if (!sink) throw new Error(`nobody subscribed to ${name}`);
    sink.next(payload);
  };
  const count = (name: string) => fetches.filter((f) => f.name === name).length;

  /** Keeps a query active, as a mounted page does; every result is kept. */
  function watch(query: DocumentNode, variables: Json = {}) {
    const results: OperationResult[] = [];
    pipe(
      client.query(query, variables),
      subscribe((result) => results.push(result)),
    );
    return { results, data: () => results.filter((r) => r.data).at(-1)?.data as Json | undefined };
  }

  function listen(subscription: DocumentNode, variables: Json = {}) {
    const results: OperationResult[] = [];
    pipe(
      client.subscription(subscription, variables),
      subscribe((result) => results.push(result)),
    );
    return results;
  }

  return { client, push, count, watch, listen };
}

const InboxQuery = parse(
  `query Inbox { inbox(first: 20) { totalCount edges { node { unreadFromClientCount company { id name } } } } }`,
);
const ThreadQuery = parse(
  `query Thread($companyId: ID!) { messages(companyId: $companyId, first: 30) { totalCount edges { node { id body } } } }`,
);
const UnreadQuery = parse(`query Unread { unreadCount }`);
const AddedSubscription = parse(`subscription Added { messageAdded { id company { id } } }`);
const UnreadChangedSubscription = parse(
  `subscription UnreadChanged { unreadCountChanged { count companyId } }`,
);

const inbox = (companies: string[]): Json => ({
  inbox: {
    __typename: 'ConversationConnection',
    totalCount: companies.length,
    edges: companies.map((id) => ({
      __typename: 'ConversationEdge',
      node: {
        __typename: 'Conversation',
        unreadFromClientCount: 1,
        company: { __typename: 'Company', id, name: `Company ${id}` },
      },
    })),
  },
});

const thread = (ids: string[]): Json => ({
  messages: {
    __typename: 'MessageConnection',
    totalCount: ids.length,
    edges: ids.map((id) => ({
      __typename: 'MessageEdge',
      node: { __typename: 'Message', id, body: `body ${id}` },
    })),
  },
});

const added = (id: string, companyId: string): Payload => ({
  data: {
    messageAdded: { __typename: 'Message', id, company: { __typename: 'Company', id: companyId } },
  },
});
const unreadChanged = (count: number): Payload => ({
  data: { unreadCountChanged: { __typename: 'UnreadCount', count, companyId: null } },
});

const ids = (data: Json | undefined) =>
  (data?.messages as { edges: Array<{ node: { id: string } }> } | undefined)?.edges.map(
    (e) => e.node.id,
  );

afterEach(() => cleanup());

describe('resync signal', () => {
  it('refetches every active query once per burst of signals, keeps the signal from subscribers, and later events still apply', async () => {
    const server = { companies: ['A'], threadA: ['a1'], unread: 1 };
    const api = scriptedApi((name) => {
      if (name === 'Inbox') return inbox(server.companies);
      if (name === 'Thread') return thread(server.threadA);
      if (name === 'Unread') return { unreadCount: server.unread };
      throw new Error(`unexpected ${name}`);
    });
    const inboxPage = api.watch(InboxQuery);
    const threadPage = api.watch(ThreadQuery, { companyId: 'A' });
    const badge = api.watch(UnreadQuery);
    const addedEvents = api.listen(AddedSubscription);
    const unreadEvents = api.listen(UnreadChangedSubscription);
    await pause();
    expect([api.count('Inbox'), api.count('Thread'), api.count('Unread')]).toEqual([1, 1, 1]);

    // An unread count event is written in place: no request per event (the inbox shows counts, it refetches).
    api.push('UnreadChanged', unreadChanged(2));
    await pause();
    expect(badge.data()?.unreadCount).toBe(2);
    const fetched = () => [api.count('Inbox'), api.count('Thread'), api.count('Unread')];
    expect(fetched()).toEqual([2, 1, 1]);

    // A bulk send overflowed both subscriptions: the events never came, the signals did.
    Object.assign(server, { companies: ['B', 'A'], threadA: ['a2', 'a1'], unread: 5 });
    api.push('Added', RESYNC_RESULT);
    api.push('UnreadChanged', RESYNC_RESULT);
    await pause(20);
    api.push('Added', RESYNC_RESULT);
    await waitFor(() => expect(fetched()).toEqual([3, 2, 2]));
    await pause();
    expect(fetched()).toEqual([3, 2, 2]);
    expect((inboxPage.data()?.inbox as { totalCount: number } | undefined)?.totalCount).toBe(2);
    expect(ids(threadPage.data())).toEqual(['a2', 'a1']);
    expect(badge.data()?.unreadCount).toBe(5);

    // The subscriptions stay open and deliver later events, without the signal attached.
    server.threadA = ['a3', 'a2', 'a1'];
    api.push('Added', added('a3', 'A'));
    api.push('UnreadChanged', unreadChanged(6));
    await waitFor(() => expect(ids(threadPage.data())).toEqual(['a3', 'a2', 'a1']));
    expect(badge.data()?.unreadCount).toBe(6);
    await pause();
    expect(fetched()).toEqual([4, 3, 2]);

    expect(
      addedEvents.map((r) => (r.data?.messageAdded as { id: string } | undefined)?.id),
    ).toEqual(['a3']);
    expect(
      unreadEvents.map((r) => (r.data?.unreadCountChanged as { count: number } | undefined)?.count),
    ).toEqual([2, 6]);
    for (const result of [
      ...addedEvents,
      ...unreadEvents,
      ...inboxPage.results,
      ...threadPage.results,
      ...badge.results,
    ]) {
      expect(result.error).toBeUndefined();
    }
  });

  it('fetches a query that was on its way at the signal again once its answer lands', async () => {
    const held: Array<() => void> = [];
    let messages = ['a1'];
    const api = scriptedApi((name) => {
      if (name !== 'Thread') throw new Error(`unexpected ${name}`);
      const data = thread(messages);
      return new Promise<Json>((resolve) => held.push(() => resolve(data)));
    });
    const threadPage = api.watch(ThreadQuery, { companyId: 'A' });
    api.listen(AddedSubscription);
    await pause(20);
    held.shift()!();
    await waitFor(() => expect(ids(threadPage.data())).toEqual(['a1']));

    // A new message refetches the thread; its answer, taken before the dropped events, is late.
    messages = ['a2', 'a1'];
    api.push('Added', added('a2', 'A'));
    await pause(20);
    expect(api.count('Thread')).toBe(2);
    messages = ['a3', 'a2', 'a1'];
    api.push('Added', RESYNC_RESULT);
    await pause();
    expect(api.count('Thread')).toBe(2);

    held.shift()!();
    await waitFor(() => expect(api.count('Thread')).toBe(3));
    held.shift()!();
    await waitFor(() => expect(ids(threadPage.data())).toEqual(['a3', 'a2', 'a1']));
    expect(threadPage.results.every((r) => !r.error)).toBe(true);
  });

  it('refetches the same way when the socket came back after a drop', async () => {
    const resync = createResync();
    let messages = ['a1'];
    const api = scriptedApi(() => thread(messages), resync);
    const threadPage = api.watch(ThreadQuery, { companyId: 'A' });
    await pause(20);
    messages = ['a2', 'a1'];
    resync.signal();
    await waitFor(() => expect(ids(threadPage.data())).toEqual(['a2', 'a1']));
    expect(api.count('Thread')).toBe(2);
  });

  it('takes null payloads in the cache updates without throwing or refetching forever', async () => {
    const api = scriptedApi((name) => {
      if (name === 'Thread') return thread(['a1']);
      if (name === 'Unread') return { unreadCount: 1 };
      throw new Error(`unexpected ${name}`);
    });
    const threadPage = api.watch(ThreadQuery, { companyId: 'A' });
    const badge = api.watch(UnreadQuery);
    const read = api.listen(parse(`subscription Read { messageRead { readAt message { id } } }`));
    api.listen(AddedSubscription);
    api.listen(UnreadChangedSubscription);
    await pause(20);

    api.push('Read', { data: { messageRead: null } });
    api.push('Added', { data: { messageAdded: null } });
    api.push('UnreadChanged', { data: { unreadCountChanged: null } });
    await pause();

    expect(read).toHaveLength(1);
    expect(ids(threadPage.data())).toEqual(['a1']);
    expect(badge.data()?.unreadCount).toBe(1);
    // A message event without its company may concern any thread: that one refetch, no more.
    expect(api.count('Thread')).toBe(2);
    expect([...threadPage.results, ...badge.results, ...read].every((r) => !r.error)).toBe(true);
  });
});

describe('pages through a resync', () => {
  const viewer = {
    id: 'u1',
    name: 'Anna Nowak',
    role: 'OFFICE_HEAD',
    office: { id: 'o1', name: 'Biuro' },
    companies: [],
  } as unknown as Viewer;

  const conversations = (companies: string[]): Json => ({
    inbox: {
      __typename: 'ConversationConnection',
      totalCount: companies.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: companies.at(-1) ?? null },
      edges: companies.map((id) => ({
        __typename: 'ConversationEdge',
        cursor: id,
        node: {
          __typename: 'Conversation',
          lastActivityAt: '2026-11-28T10:00:00.000Z',
          unreadFromClientCount: 1,
          status: 'AWAITING_REPLY',
          company: { __typename: 'Company', id, name: `Firma ${id}`, nip: '5260250274' },
          lastMessage: {
            __typename: 'Message',
            id: `m-${id}`,
            kind: 'QUESTION',
            subject: null,
            body: `Pytanie ${id}`,
            author: { __typename: 'User', id: `c-${id}`, name: `Klient ${id}` },
            attachments: [],
          },
          lastClientMessage: {
            __typename: 'Message',
            id: `m-${id}`,
            body: `Pytanie ${id}`,
            author: { __typename: 'User', id: `c-${id}`, name: `Klient ${id}` },
            attachments: [],
          },
        },
      })),
    },
  });
  const counts = (sentCount: number) => ({
    __typename: 'Broadcast',
    id: 'b1',
    recipientCount: 10,
    queuedCount: 10 - sentCount,
    sentCount,
    failedCount: 0,
  });

  it('the badge, the inbox and the email progress show fresh data after a resync, and no error', async () => {
    const server = { unread: 3, companies: ['A'], sent: 0 };
    const api = scriptedApi((name) => {
      if (name === 'UnreadBadgeCount') return { unreadCount: server.unread };
      if (name === 'Inbox') return conversations(server.companies);
      if (name === 'BroadcastCounts') return { broadcast: counts(server.sent) };
      throw new Error(`unexpected ${name}`);
    });
    render(
      <Provider value={api.client}>
        <I18nProvider initial="en">
          <AvatarBadge viewer={viewer} />
          <InboxPage />
          <BroadcastProgress initial={counts(0)} />
        </I18nProvider>
      </Provider>,
    );
    const badge = () => screen.getByTestId('unread-badge').textContent;
    const sent = () => screen.getByTestId('email-sent-count').dataset.count;
    await waitFor(() => expect(screen.getAllByTestId('conversation')).toHaveLength(1));
    await act(async () => {
      api.push('UnreadBadge', {
        data: { unreadCountChanged: { __typename: 'UnreadCount', count: 3, companyId: null } },
      });
      api.push('BroadcastProgress', { data: { broadcastProgress: counts(1) } });
      await pause(20);
    });
    expect([badge(), sent()]).toEqual(['3', '1']);
    const fetched = () => [
      api.count('UnreadBadgeCount'),
      api.count('Inbox'),
      api.count('BroadcastCounts'),
    ];
    // The badge's and the progress's events are written in place; an unread count event refetches the inbox.
    expect(fetched()).toEqual([1, 2, 1]);

    Object.assign(server, { unread: 7, companies: ['B', 'A'], sent: 4 });
    await act(async () => {
      api.push('InboxMessageAdded', RESYNC_RESULT);
      api.push('UnreadBadge', RESYNC_RESULT);
      api.push('BroadcastProgress', RESYNC_RESULT);
      await pause();
    });
    expect(fetched()).toEqual([2, 3, 2]);
    expect([badge(), sent()]).toEqual(['7', '4']);
    expect(screen.getAllByTestId('conversation').map((row) => row.dataset.companyId)).toEqual([
      'B',
      'A',
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/no live connection/i)).toBeNull();

    // Live again: events after the signal are shown as before.
    await act(async () => {
      api.push('UnreadBadge', {
        data: { unreadCountChanged: { __typename: 'UnreadCount', count: 8, companyId: null } },
      });
      api.push('BroadcastProgress', { data: { broadcastProgress: counts(5) } });
      await pause(20);
    });
    expect([badge(), sent()]).toEqual(['8', '5']);
    expect(fetched()).toEqual([2, 4, 2]);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
