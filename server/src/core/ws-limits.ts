import {
  type DocumentNode,
  type GraphQLError,
  getOperationAST,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import type { Actor } from './context.js';
import { AppError, ErrorCode, UnauthenticatedError } from './errors.js';
import type { QueryCost } from './graphql-limits.js';
import type { Logger } from './logger.js';
import type { SchemaVisibility } from './schema-visibility.js';

/** How the socket rules close a socket; the reason says which rule. */
export const SocketCloseCode = {
  /** An anonymous socket asked for an operation that needs a login (graphql-ws clients do not retry it). */
  Unauthorized: 4401,
  /** The session ended (logout) or expired: the same code the web client answers with its login page. */
  SessionEnded: 4403,
  /** WS_MAX_SOCKETS_PER_SESSION sockets of the session are open already (not retried either). */
  TooManySockets: 1008,
} as const;

/**
 * The root fields an anonymous socket may use: those of the login page. Every other operation
 * needs a login, every subscription among them, and closes an anonymous socket that asks for it.
 */
export const ROOT_FIELDS_WITHOUT_LOGIN: ReadonlySet<string> = new Set([
  'me',
  'demoAccounts',
  'login',
  '__typename',
]);

/** What the rules need of a graphql-ws connection: its socket and the operations running on it. */
export interface SocketConnection {
  subscriptions: Record<string, unknown>;
  extra: { socket: WebSocket };
}

/** Names of an operation's root fields, through its fragments (each read once). */
export function rootFieldNames(
  document: DocumentNode,
  selectionSet: SelectionSetNode,
): Set<string> {
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  const names = new Set<string>();
  const read = new Set<string>();
  const collect = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!read.has(selection.name.value)) {
        read.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(selectionSet);
  return names;
}

/**
 * graphql-ws prints every socket error to the console as a fault of the server. They are the
 * client's (a frame over WS_MAX_PAYLOAD_BYTES, a reset connection) and ws closes the socket itself,
 * so its listener gives way to a debug line: a client cannot flood the log. Call after useServer.
 */
export function logSocketErrorsAsDebug(wsServer: WebSocketServer, logger: Logger): void {
  wsServer.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error) => logger.debug('socket error', { error: error.message }));
  });
}

/** A timer may wait at most this long (about 24.8 days); a later expiry is waited for in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The WebSocket rules besides the query limits: sockets per session, operations per socket, what an
 * anonymous socket may do, and sockets closed when their session ends or expires. Sessions are
 * counted per instance: with several instances a session may hold this many sockets on each.
 */
export class SocketGuard {
  private readonly socketsOfSession = new Map<string, Set<WebSocket>>();
  private readonly sessionOfSocket = new Map<
    WebSocket,
    { sessionId: string; expiry: NodeJS.Timeout }
  >();
  /** Anonymous sockets that asked for an operation needing a login: closed once it is answered. */
  private readonly closing = new WeakSet<SocketConnection>();

  constructor(
    private readonly limits: Pick<Config, 'wsMaxSubscriptionsPerSocket' | 'wsMaxSocketsPerSession'>,
    private readonly rules: {
      cost: QueryCost;
      visibility: SchemaVisibility;
      /** See sessionExpiresAt in auth.queries.ts. */
      expiresAt(sessionId: string): Promise<Date | null>;
    },
  ) {}

  /**
   * A logged-in socket after connection_init: false, with the socket closed, when its session has
   * all the sockets it may have (or ended meanwhile); otherwise it is closed when the session expires.
   */
  async admit(socket: WebSocket, actor: Actor): Promise<boolean> {
    const expiresAt = await this.rules.expiresAt(actor.sessionId);
    // From here on nothing waits, so concurrent connections of one session are counted one by one.
    if (!expiresAt) {
      socket.close(SocketCloseCode.SessionEnded, 'Session ended');
      return false;
    }
    const sockets = this.socketsOfSession.get(actor.sessionId) ?? new Set<WebSocket>();
    if (sockets.size >= this.limits.wsMaxSocketsPerSession) {
      socket.close(
        SocketCloseCode.TooManySockets,
        `Too many sockets for this session (WS_MAX_SOCKETS_PER_SESSION=${this.limits.wsMaxSocketsPerSession})`,
      );
      return false;
    }
    sockets.add(socket);
    this.socketsOfSession.set(actor.sessionId, sockets);
    this.sessionOfSocket.set(socket, {
      sessionId: actor.sessionId,
      expiry: this.closeAt(socket, expiresAt.getTime()),
    });
    return true;
  }

  private closeAt(socket: WebSocket, at: number): NodeJS.Timeout {
    const timer = setTimeout(
      () => {
        const session = this.sessionOfSocket.get(socket);
        if (!session) return;
        if (at > Date.now()) session.expiry = this.closeAt(socket, at);
        else socket.close(SocketCloseCode.SessionEnded, 'Session expired');
      },
      Math.min(Math.max(at - Date.now(), 0), MAX_TIMER_MS),
    );
    timer.unref();
    return timer;
  }

  /** A socket closed: it no longer counts for its session. */
  release(socket: WebSocket): void {
    const session = this.sessionOfSocket.get(socket);
    if (!session) return;
    clearTimeout(session.expiry);
    this.sessionOfSocket.delete(socket);
    const sockets = this.socketsOfSession.get(session.sessionId);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.socketsOfSession.delete(session.sessionId);
  }

  /** A session ended (logout, on any instance): its sockets here are closed. */
  endSession(sessionId: string): void {
    for (const socket of this.socketsOfSession.get(sessionId) ?? []) {
      socket.close(SocketCloseCode.SessionEnded, 'Session ended');
      this.release(socket);
    }
  }

  /**
   * The errors to answer a subscribe message with, or undefined when the operation may run. An
   * anonymous socket asking for an operation that needs a login gets the usual UNAUTHENTICATED
   * result (the resolvers refuse it) and is closed once that is sent.
   */
  refusal(
    connection: SocketConnection,
    actor: Actor | null,
    document: DocumentNode,
    payload: { operationName?: string | null; variables?: Record<string, unknown> | null },
  ): GraphQLError[] | undefined {
    const operation = getOperationAST(document, payload.operationName);
    // No such operation: graphql-ws answers that itself.
    if (!operation) return undefined;
    if (
      !actor &&
      (operation.operation === 'subscription' ||
        [...rootFieldNames(document, operation.selectionSet)].some(
          (name) => !ROOT_FIELDS_WITHOUT_LOGIN.has(name),
        ))
    ) {
      this.closing.add(connection);
    }
    // The operation being subscribed is counted already.
    if (Object.keys(connection.subscriptions).length > this.limits.wsMaxSubscriptionsPerSocket) {
      const max = this.limits.wsMaxSubscriptionsPerSocket;
      this.completed(connection);
      return [
        new AppError(
          ErrorCode.TooManyRequests,
          `This socket runs ${max} operations already; WS_MAX_SUBSCRIPTIONS allows ${max}.`,
          { limit: 'WS_MAX_SUBSCRIPTIONS', max },
        ),
      ];
    }
    const refused =
      this.rules.visibility.refusal(document, actor) ??
      this.rules.cost.refusal(document, payload.variables, payload.operationName);
    if (!refused) return undefined;
    this.completed(connection);
    return [refused];
  }

  /**
   * graphql-ws `onOperation`: on a socket that is to be closed, a subscription that started anyway
   * (one that checks the actor only later) is ended and answered UNAUTHENTICATED instead.
   */
  started(connection: SocketConnection, result: unknown): { errors: GraphQLError[] } | undefined {
    if (!this.closing.has(connection) || !isAsyncGenerator(result)) return undefined;
    void result.return(undefined);
    return { errors: [new UnauthenticatedError()] };
  }

  /**
   * graphql-ws `onComplete` (and a refusal): a socket that is to be closed is, once the completion
   * or the error is sent, which graphql-ws does within this turn of the event loop.
   */
  completed(connection: SocketConnection): void {
    if (!this.closing.has(connection)) return;
    setImmediate(() => connection.extra.socket.close(SocketCloseCode.Unauthorized, 'Unauthorized'));
  }
}

function isAsyncGenerator(value: unknown): value is AsyncGenerator {
  return (
    typeof value === 'object' &&
    value !== null &&
    Symbol.asyncIterator in value &&
    typeof (value as AsyncGenerator).return === 'function'
  );
}
