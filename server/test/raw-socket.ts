import { once } from 'node:events';
import type { GraphQLFormattedError } from 'graphql';
import WebSocket from 'ws';
import type { TypedDocumentString } from './gql/graphql.js';
import type { GraphQLResponse } from './harness.js';

/** A graphql-transport-ws message as the server sends it. */
export interface SocketMessage {
  type: string;
  id?: string;
  /** JSON from the wire: read it through `resultOf` or `errorsOf`. */
  payload?: unknown;
}

/**
 * The result a `next` message carries, typed by the document the socket sent when it is given;
 * fails on any other message.
 */
export function resultOf<TResult = unknown, TVariables = unknown>(
  message: SocketMessage,
  _document?: TypedDocumentString<TResult, TVariables>,
): GraphQLResponse<TResult> {
  const { type, payload } = message;
  if (type !== 'next' || typeof payload !== 'object' || payload === null || Array.isArray(payload))
    throw new Error(`not a next message with a result: ${JSON.stringify(message)}`);
  return payload as GraphQLResponse<TResult>;
}

/** The errors an `error` message carries (an operation refused as a whole); fails on any other. */
export function errorsOf(message: SocketMessage): GraphQLFormattedError[] {
  const { type, payload } = message;
  if (type !== 'error' || !Array.isArray(payload))
    throw new Error(`not an error message with errors: ${JSON.stringify(message)}`);
  return payload as GraphQLFormattedError[];
}

export interface RawSocket {
  socket: WebSocket;
  /** Every message received so far. */
  messages: SocketMessage[];
  /** Settles with the close code and reason. */
  closed: Promise<{ code: number; reason: string }>;
  send(message: Record<string, unknown>): void;
  subscribe(id: string, query: string, variables?: Record<string, unknown>): void;
  /** The first message (from the start) that matches, waiting for it; fails on a close or after `timeoutMs`. */
  message(matches: (message: SocketMessage) => boolean, timeoutMs?: number): Promise<SocketMessage>;
  /** Waits until `condition` holds of the messages received; fails on a close or after `timeoutMs`. */
  until(condition: (messages: SocketMessage[]) => boolean, timeoutMs?: number): Promise<void>;
}

/**
 * A WebSocket speaking graphql-transport-ws by hand, for what a graphql-ws client hides: exact
 * close codes, many subscribe messages at once, frames of any size.
 */
export async function rawSocket(
  url: string,
  options: { token?: string; init?: boolean } = {},
): Promise<RawSocket> {
  const socket = new WebSocket(`${url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  const messages: SocketMessage[] = [];
  const waiters = new Set<() => void>();
  let isClosed = false;
  const wake = () => {
    for (const waiter of waiters) waiter();
  };
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)) as SocketMessage);
    wake();
  });
  // A server closing mid-write resets the connection: expected here, and not an unhandled error.
  socket.on('error', () => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => {
      isClosed = true;
      wake();
      resolve({ code, reason: String(reason) });
    }),
  );
  await once(socket, 'open');
  const raw: RawSocket = {
    socket,
    messages,
    closed,
    send: (message) => socket.send(JSON.stringify(message)),
    subscribe: (id, query, variables) =>
      raw.send({ id, type: 'subscribe', payload: { query, variables } }),
    until(condition, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const holds = condition(messages);
          if (!holds && !isClosed) return;
          waiters.delete(check);
          clearTimeout(timer);
          if (holds) resolve();
          else reject(new Error(`socket closed first; got ${JSON.stringify(messages.slice(-5))}`));
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`not within ${timeoutMs} ms; got ${JSON.stringify(messages.slice(-5))}`),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async message(matches, timeoutMs) {
      await raw.until((received) => received.some(matches), timeoutMs);
      return messages.find(matches)!;
    },
  };
  if (options.init !== false) {
    raw.send({
      type: 'connection_init',
      payload: options.token ? { authorization: `Bearer ${options.token}` } : {},
    });
    await Promise.race([raw.message((m) => m.type === 'connection_ack'), closed]);
  }
  return raw;
}
