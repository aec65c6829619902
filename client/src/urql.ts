import { cacheExchange } from '@urql/exchange-graphcache';
import { createClient as createSocket, type Client as SocketClient } from 'graphql-ws';
import { Client, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { cacheOptions } from './cache';
import { createResync, type Resync } from './live';

export interface ApiClient {
  urql: Client;
  socket: SocketClient;
}

/**
 * One urql client per session: HTTP for queries and mutations, graphql-ws on the same path for
 * subscriptions, normalized cache, and an expired session sent back to the login page.
 */
export function createApiClient(token: string | null, onUnauthenticated: () => void): ApiClient {
  const resync = createResync();
  const socket = createSocket({
    url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    on: {
      closed: (event) => {
        if ((event as CloseEvent).code === 4403) onUnauthenticated();
      },
      // Subscriptions resume on a new socket, but what happened while it was down never arrives.
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) resync.signal();
      },
    },
  });
  const urql = createUrqlClient({
    token,
    onUnauthenticated,
    subscribe: (payload, sink) => socket.subscribe(payload, sink),
    resync,
  });
  return { urql, socket };
}

export interface UrqlClientOptions {
  token: string | null;
  onUnauthenticated: () => void;
  /** Starts a subscription on the socket (graphql-ws `Client.subscribe`). */
  subscribe: SocketClient['subscribe'];
  fetch?: typeof fetch;
  resync?: Resync;
}

/** The urql client over a given socket; live events dropped on the way refetch the pages' queries (live.ts). */
export function createUrqlClient({
  token,
  onUnauthenticated,
  subscribe,
  fetch,
  resync = createResync(),
}: UrqlClientOptions): Client {
  return new Client({
    url: '/graphql',
    fetch,
    fetchOptions: (): RequestInit => ({
      headers: token ? { authorization: `Bearer ${token}` } : {},
    }),
    requestPolicy: 'cache-and-network',
    // POST for every operation: the server's CSRF protection refuses simple GET requests.
    preferGetMethod: false,
    exchanges: [
      mapExchange({
        onError(error) {
          if (token && error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'))
            onUnauthenticated();
        },
      }),
      resync.exchange,
      cacheExchange(cacheOptions),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: subscribe(
              { ...request, query: request.query ?? '' },
              resync.observe(sink),
            ),
          }),
        }),
      }),
    ],
  });
}
