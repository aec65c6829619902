import { once } from 'node:events';
import WebSocket from 'ws';

/** A graphql-transport-ws message as the server sends it. */
export interface SocketMessage {
  type: string;
  id?: string;
  // Arbitrary JSON from the wire, read into by the tests in core/ (a result, an error list, …).
  // biome-ignore lint/suspicious/noExplicitAny: becomes unknown once those tests narrow it.
  payload?: any;
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
