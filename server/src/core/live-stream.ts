import type { Context } from './context.js';
import { ResyncError } from './errors.js';
import type { DispatchedBatch, LiveBus, Topic, TopicEvent, TopicItems } from './pubsub.js';
import type { ActorScope } from './scope.js';

/**
 * What a subscription's source yields when it dropped events: the subscriber fell behind (its
 * buffer of `capacity` events was full) or one transaction changed more than an event lists. The
 * field resolver turns it into a RESYNC error result; the subscription stays open.
 */
export class ResyncSignal {
  static readonly instance = new ResyncSignal();
  private constructor() {}
}

/**
 * A subscriber's scope: its actor, narrowed, and units of work of their own for the values it
 * recomputes while it lives (it holds none between its events).
 */
export type SubscriberScope<S extends ActorScope = ActorScope> = S & Pick<Context, 'isolated'>;

/** How list-like subscriptions say that events were dropped (see ResyncError). */
export const RESYNC_NOTE =
  'A result whose error has extensions.code RESYNC stands for events this subscriber missed (it fell behind, or one change touched too many threads to list): refetch what the subscription keeps fresh; the subscription stays open.';

/** The root value of one subscription event: the item and the batch it came in (for shared loaders). */
export interface Delivered<T> {
  item: T;
  batch: DispatchedBatch;
}

/** A subscription's root value is either an event or the resync signal; the resolver calls this first. */
export function delivered<T>(root: Delivered<T> | ResyncSignal): Delivered<T> {
  if (root instanceof ResyncSignal) throw new ResyncError();
  return root;
}

/**
 * An async iterator over values pushed by a listener, holding at most `capacity` of them. It never
 * throws: `end()` finishes it, and `return()` (the client unsubscribed, the socket closed) runs
 * `onEnd` once, which detaches the listener.
 */
class BoundedQueue<V> implements AsyncIterableIterator<V> {
  private readonly queue: V[] = [];
  private waiter: ((result: IteratorResult<V>) => void) | undefined;
  private ended = false;

  constructor(
    readonly capacity: number,
    private readonly onEnd: () => void,
  ) {}

  get length(): number {
    return this.queue.length;
  }

  push(value: V): void {
    if (this.ended) return;
    const waiter = this.waiter;
    if (waiter) {
      this.waiter = undefined;
      waiter({ value, done: false });
    } else this.queue.push(value);
  }

  /** Drops everything waiting and leaves `value` (the resync signal) as the only next one. */
  replaceAll(value: V): void {
    this.queue.length = 0;
    this.push(value);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.queue.length = 0;
    this.onEnd();
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<V>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiter = resolve));
  }

  return(): Promise<IteratorResult<V>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(): Promise<IteratorResult<V>> {
    return this.return();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

export interface EventStreamOptions<T> {
  /** Events held for a subscriber that has not taken them yet; past it, they are dropped for a resync. */
  capacity: number;
  /** Items of an event this subscriber wants (a thread's subscriber, of the office's events). */
  accept?: (item: T) => boolean;
}

/**
 * Every item of `topic` under `ids`, one at a time, with a bounded buffer: a subscriber that falls
 * more than `capacity` items behind, or an event too large to list, gets one ResyncSignal in place
 * of what it missed, then the events after it.
 */
export function eventStream<T extends Topic>(
  bus: LiveBus,
  topic: T,
  ids: readonly string[],
  options: EventStreamOptions<TopicItems[T]>,
): AsyncIterableIterator<Delivered<TopicItems[T]> | ResyncSignal> {
  let stop = () => {};
  const queue = new BoundedQueue<Delivered<TopicItems[T]> | ResyncSignal>(options.capacity, () =>
    stop(),
  );
  stop = bus.listen(
    topic,
    ids,
    (event: TopicEvent<T>, batch) => {
      if (!event.items) return queue.replaceAll(ResyncSignal.instance);
      const items = options.accept ? event.items.filter(options.accept) : event.items;
      if (queue.length + items.length > queue.capacity)
        return queue.replaceAll(ResyncSignal.instance);
      for (const item of items) queue.push({ item, batch });
    },
    () => queue.end(),
  );
  return queue;
}

export interface LiveValueOptions<V> {
  /**
   * Starts listening; `changed` marks the value stale, `failed` ends the subscription (a listener
   * that threw). Returns the function that stops listening.
   */
  listen(changed: () => void, failed: () => void): () => void;
  /** The current value: read when the subscriber is ready for the next one, so changes conflate. */
  compute(): Promise<V> | V;
  /** Two values with the same key are the same to the subscriber (only changes are sent). */
  keyOf?: (value: V) => string;
  /** A compute that failed ends this subscription only; it is reported here. */
  onError(error: unknown): void;
}

/**
 * A live value (a badge count, an email batch's progress): the current value at once, then the new
 * one after changes. However many changes arrive while the subscriber is busy, it holds one flag,
 * not a queue: the next value is computed when the subscriber asks for it.
 */
export function liveValue<V>(options: LiveValueOptions<V>): AsyncIterableIterator<V> {
  const keyOf = options.keyOf ?? ((value: V) => JSON.stringify(value));
  let stale = true;
  let last: string | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const stop = options.listen(
    () => {
      stale = true;
      const resume = wake;
      wake = undefined;
      resume?.();
    },
    () => finish(),
  );
  function finish(): IteratorResult<V> {
    if (!ended) {
      ended = true;
      stop();
      const resume = wake;
      wake = undefined;
      resume?.();
    }
    return { value: undefined, done: true };
  }
  const iterator: AsyncIterableIterator<V> = {
    async next() {
      while (!ended) {
        if (!stale) await new Promise<void>((resolve) => (wake = resolve));
        if (ended) break;
        stale = false;
        let value: V;
        try {
          value = await options.compute();
        } catch (error) {
          options.onError(error);
          return finish();
        }
        const key = keyOf(value);
        if (key !== last) {
          last = key;
          return { value, done: false };
        }
      }
      return { value: undefined, done: true };
    },
    return: async () => finish(),
    throw: async () => finish(),
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

/**
 * Per-company unread counts kept from events: each entry keeps its highest version, so events
 * arriving out of order (two instances, two transactions) cannot set an older count.
 */
export class UnreadTally {
  private readonly counts = new Map<string, { count: number; version: number }>();
  /** Companies changed by events since the last snapshot began (a snapshot must not undo them). */
  private touched = new Set<string>();

  apply(items: ReadonlyArray<{ companyId: string; count: number; version: number }>): void {
    for (const { companyId, count, version } of items) {
      this.touched.add(companyId);
      const known = this.counts.get(companyId);
      if (!known || known.version < version) this.counts.set(companyId, { count, version });
    }
  }

  /** Starts a snapshot read: events from now on win over rows the snapshot lacks. */
  beginSnapshot(): void {
    this.touched = new Set();
  }

  /**
   * Merges a snapshot of every non-zero counter: newer versions win, and a company missing from it
   * has no unread left unless an event since `beginSnapshot` said otherwise.
   */
  applySnapshot(rows: ReadonlyArray<{ companyId: string; count: number; version: number }>): void {
    const present = new Set(rows.map((r) => r.companyId));
    for (const companyId of [...this.counts.keys()]) {
      if (!present.has(companyId) && !this.touched.has(companyId)) this.counts.delete(companyId);
    }
    const touched = this.touched;
    this.apply(rows);
    this.touched = touched;
  }

  total(companyId?: string | null): number {
    if (companyId) return this.counts.get(companyId)?.count ?? 0;
    let sum = 0;
    for (const { count } of this.counts.values()) sum += count;
    return sum;
  }
}
