import http from 'node:http';
import WebSocket from 'ws';
import type { TypedDocumentString } from './gql/graphql.js';
import type { GraphQLResponse, TestApp } from './harness.js';

/**
 * Requests from distinct client addresses without a proxy: Linux routes all of 127.0.0.0/8 to the
 * loopback interface, so a socket bound to 127.0.0.N reaches the app (listening on 127.0.0.1) as
 * a client of that address.
 */
export const source = (n: number) => `127.0.0.${n}`;

export interface SourcedResponse<T> {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: GraphQLResponse<T>;
}

/** POST /graphql from `localAddress`, with extra headers (X-Forwarded-For) when given. */
export function gqlFrom<TResult, TVariables>(
  app: TestApp,
  localAddress: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  headers: Record<string, string> = {},
): Promise<SourcedResponse<TResult>> {
  const query = String(document);
  const body = JSON.stringify({ query, variables: variables ?? {} });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `http://127.0.0.1:${app.port}/graphql`,
      {
        method: 'POST',
        localAddress,
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          ...headers,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          try {
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: JSON.parse(text) as GraphQLResponse<TResult>,
            });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** A `ws` WebSocket class whose sockets connect from `localAddress` (for graphql-ws's webSocketImpl). */
export function webSocketFrom(localAddress: string): typeof WebSocket {
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { localAddress });
    }
  } as typeof WebSocket;
}
