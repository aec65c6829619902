import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { getIntrospectionQuery } from 'graphql';
import {
  type Client,
  createClient,
  type FormattedExecutionResult,
  type Sink,
  type SubscribePayload,
} from 'graphql-ws';

/**
 * `ofType` levels in the introspection query. GraphiQL's own query nests nine; five still describe
 * types wrapped up to [[T!]!]! (the schema goes no deeper than [T!]!) in a smaller query. The
 * server's depth limit leaves introspection out; INTROSPECTION decides who may run it.
 */
export const INTROSPECTION_TYPE_DEPTH = 5;
export const introspectionQuery = getIntrospectionQuery({ typeDepth: INTROSPECTION_TYPE_DEPTH });

/** A pasted value without surrounding spaces or a leading "Bearer ". */
export function cleanToken(value: string): string {
  return value
    .trim()
    .replace(/^bearer\s+/i, '')
    .trim();
}

/** The GraphQL socket on this page's host: ws:// or wss:// as the page itself. */
export function socketUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/** A socket failure in words: a close event's code and reason, or the error's message. */
export function describeSocketError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'number') {
    const reason = 'reason' in error && typeof error.reason === 'string' ? error.reason : '';
    return `The socket closed: ${error.code} ${reason}`.trim();
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * The client with socket failures delivered as a result with errors, then completion: the result
 * pane shows them, and the toolkit's iterator gets no error thrown into it (which would surface as
 * an unhandled rejection).
 */
function reportingErrorsAsResults(client: Client): Client {
  return {
    ...client,
    subscribe: <Data, Extensions>(
      payload: SubscribePayload,
      sink: Sink<FormattedExecutionResult<Data, Extensions>>,
    ) =>
      client.subscribe<Data, Extensions>(payload, {
        next: (value) => sink.next(value),
        complete: () => sink.complete(),
        error: (error) => {
          const result: FormattedExecutionResult<Data, Extensions> = {
            errors: [{ message: describeSocketError(error) }],
          };
          sink.next(result);
          sink.complete();
        },
      }),
  };
}

/**
 * HTTP POST /graphql for queries and mutations, graphql-ws on the same path for subscriptions;
 * the token (if any) as a Bearer header and in the socket's connectionParams.
 */
export function createPlaygroundFetcher(token: string): { fetcher: Fetcher; dispose(): void } {
  const authorization = token ? `Bearer ${token}` : undefined;
  const headers = authorization ? { authorization } : undefined;
  const wsClient = createClient({
    url: socketUrl(),
    connectionParams: headers ?? {},
    lazy: true,
    // A refused token closes the socket; say so in the result pane instead of retrying forever.
    retryAttempts: 0,
  });
  const http = createGraphiQLFetcher({ url: '/graphql', headers });
  const fetcher = createGraphiQLFetcher({
    url: '/graphql',
    headers,
    wsClient: reportingErrorsAsResults(wsClient),
    schemaFetcher: (params, options) => http({ ...params, query: introspectionQuery }, options),
  });
  return { fetcher, dispose: () => void wsClient.dispose() };
}
