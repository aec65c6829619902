import type { Sink } from 'graphql-ws';
import { type Client, type Exchange, makeOperation, type Operation } from 'urql';
import { pipe, tap } from 'wonka';

/** The error code of the server's resync signal: events were dropped, the subscription stays open. */
export const RESYNC = 'RESYNC';

/** A subscription result as graphql-ws hands it over (and urql's sink takes it). */
interface ResultLike {
  errors?: ReadonlyArray<{
    message?: string;
    extensions?: Readonly<Record<string, unknown>> | null;
  }> | null;
}

export function isResync(result: ResultLike): boolean {
  return Boolean(result.errors?.some((error) => error.extensions?.code === RESYNC));
}

export interface Resync {
  /** Above the cache exchange: knows every query a page holds, and fetches them again on a resync. */
  exchange: Exchange;
  /** Wraps a subscription's observer on the socket: a resync result goes no further, it schedules the refetch. */
  observe<T extends ResultLike>(sink: Sink<T>): Sink<T>;
  /** Schedules the refetch for events lost otherwise (the socket reconnected). */
  signal(): void;
}

/**
 * The web client's answer to the resync signal, for every subscription at once: each active query
 * is fetched again over the network, whatever the subscription kept fresh (lists, threads,
 * receipts, badges, progress all read queries that live events update in the cache).
 *
 * The signal is taken out at the socket, before urql sees it: urql merges each subscription result
 * into the previous one, so a result's errors would ride along with every later event, and its
 * null data would be replaced by the previous event's data and run the cache updaters again.
 */
export function createResync({ delayMs = 100 }: { delayMs?: number } = {}): Resync {
  /** Active queries by key, as last dispatched. */
  const active = new Map<number, Operation>();
  /**
   * Dispatched and still unanswered: their answer may predate the signal and land after a refetch's
   * (and urql drops a re-execution of a query in flight), so they are fetched again once it lands.
   */
  const unanswered = new Set<number>();
  /** Unanswered at the last resync. */
  const due = new Set<number>();
  let client: Client | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const refetch = (operation: Operation) =>
    client?.reexecuteOperation(
      makeOperation('query', operation, { ...operation.context, requestPolicy: 'network-only' }),
    );

  const flush = () => {
    timer = null;
    for (const [key, operation] of active) {
      if (unanswered.has(key)) due.add(key);
      else refetch(operation);
    }
  };

  const exchange: Exchange =
    ({ forward, client: own }) =>
    (operations$) => {
      client = own;
      const watched$ = pipe(
        operations$,
        tap((operation) => {
          if (operation.kind === 'query') {
            active.set(operation.key, operation);
            unanswered.add(operation.key);
          } else if (operation.kind === 'teardown') {
            active.delete(operation.key);
            unanswered.delete(operation.key);
            due.delete(operation.key);
          }
        }),
      );
      return pipe(
        forward(watched$),
        tap((result) => {
          const { key, kind } = result.operation;
          if (kind !== 'query' || result.hasNext) return;
          unanswered.delete(key);
          const operation = active.get(key);
          // urql dispatches a re-execution after this answer has been delivered, so it is not dropped.
          if (due.delete(key) && operation) refetch(operation);
        }),
      );
    };

  const signal = () => {
    // Several subscriptions signal one overflow (a bulk send): one refetch for all of them.
    if (timer === null) timer = setTimeout(flush, delayMs);
  };

  return {
    exchange,
    signal,
    observe: (sink) => ({
      next(result) {
        if (isResync(result)) signal();
        else sink.next(result);
      },
      error: (error) => sink.error(error),
      complete: () => sink.complete(),
    }),
  };
}
