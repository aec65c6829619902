import { cacheExchange } from '@urql/exchange-graphcache';
import { createClient as createSocket, type Client as SocketClient } from 'graphql-ws';
import { Client, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { cacheOptions } from './cache';

export interface ApiClient {
  urql: Client;
  socket: SocketClient;
}

/**
 * One urql client per session: HTTP for queries and mutations, graphql-ws on the same path for
 * subscriptions, normalized cache, and an expired session sent back to the login page.
 */
export function createApiClient(token: string | null, onUnauthenticated: () => void): ApiClient {
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
    },
  });
  const urql = new Client({
    url: '/graphql',
    fetchOptions: (): RequestInit => ({ headers: token ? { authorization: `Bearer ${token}` } : {} }),
    requestPolicy: 'cache-and-network',
    // POST for every operation: the server's CSRF protection refuses simple GET requests.
    preferGetMethod: false,
    exchanges: [
      mapExchange({
        onError(error) {
          if (token && error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) onUnauthenticated();
        },
      }),
      cacheExchange(cacheOptions),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: socket.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
  return { urql, socket };
}
