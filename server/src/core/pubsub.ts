import { Redis } from 'ioredis';
import type { UnitOfWork } from './context.js';
import type { Logger } from './logger.js';

/**
 * The live layer's bus. Writers collect events in a transaction (`PendingEvents`) and publish them
 * after the commit as ONE batch: one Redis message per transaction with several instances, one
 * in-process dispatch without. Each instance routes a batch to its own listeners by topic key, so
 * an event costs a map lookup per topic, not a scan of every subscriber.
 *
 * Events carry plain JSON (ids, counts, versions, ISO dates): what a subscriber needs to answer
 * without asking the database (see core/live-stream.ts).
 */
export const Topic = {
  MessageAdded: 'MESSAGE_ADDED',
  MessageRead: 'MESSAGE_READ',
  MessageAcknowledged: 'MESSAGE_ACKNOWLEDGED',
  UnreadChanged: 'UNREAD_CHANGED',
  BroadcastProgress: 'BROADCAST_PROGRESS',
  SessionEnded: 'SESSION_ENDED',
  CompanyAccess: 'COMPANY_ACCESS',
} as const;
export type Topic = (typeof Topic)[keyof typeof Topic];

/** A new message in a thread. */
export interface MessageAddedItem {
  messageId: string;
  companyId: string;
}
/** A receipt: `userId` read `messageId` of `companyId`'s thread. */
export interface MessageReadItem {
  messageId: string;
  userId: string;
  companyId: string;
  readAt: string;
}
/** A client user of `companyId` confirmed receipt of `messageId` (acknowledgeMessage). */
export interface MessageAcknowledgedItem {
  messageId: string;
  companyId: string;
}
/**
 * The new unread count of one company for the topic's audience: for a client user's topic, their
 * unread office messages there; for the office's and a caretaker's topic, the client questions no
 * one in the office has read. `version` grows with every change of that counter, so a subscriber
 * keeps the newest whatever order events arrive in.
 */
export interface UnreadItem {
  companyId: string;
  count: number;
  version: number;
}
export interface BroadcastProgressItem {
  broadcastId: string;
}
export interface SessionEndedItem {
  sessionId: string;
}

/** A caretaker was given a company (`visible`) or had it taken away. */
export interface CompanyAccessItem {
  companyId: string;
  visible: boolean;
}

export interface TopicItems {
  [Topic.MessageAdded]: MessageAddedItem;
  [Topic.MessageRead]: MessageReadItem;
  [Topic.MessageAcknowledged]: MessageAcknowledgedItem;
  [Topic.UnreadChanged]: UnreadItem;
  [Topic.BroadcastProgress]: BroadcastProgressItem;
  [Topic.SessionEnded]: SessionEndedItem;
  [Topic.CompanyAccess]: CompanyAccessItem;
}

/**
 * What one transaction did to one topic id. `items` is null when there were more than
 * `MAX_LISTED_ITEMS`: the event then only says "much changed here", and subscribers resync.
 */
export interface TopicEvent<T extends Topic> {
  topic: T;
  id: string;
  items: Array<TopicItems[T]> | null;
}

/**
 * An event of `T`; without it, of any topic, as a union on `topic`, so narrowing the topic narrows
 * the items too.
 */
export type LiveEvent<T extends Topic = Topic> = { [K in T]: TopicEvent<K> }[T];

/** Above this many items for one topic id in one transaction, an event lists none (see LiveEvent). */
export const MAX_LISTED_ITEMS = 100;

/** Topic ids: events go to a company, an office (its heads) or one user, never to everyone. */
export const topicId = {
  company: (id: string) => `company:${id}`,
  office: (id: string) => `office:${id}`,
  user: (id: string) => `user:${id}`,
  broadcast: (id: string) => `broadcast:${id}`,
  /** Every API process listens here to close the sockets of a session that ended. */
  sessions: 'sessions',
};

/**
 * One batch as it reaches the listeners of this instance. Listeners handling the same batch share
 * the unit of work `shared` builds (its loaders serve every subscriber of a bulk send), so a batch
 * costs one query per kind of row, not one per subscriber.
 */
export class DispatchedBatch {
  private unit: UnitOfWork | undefined;

  /** The unit of work `build` made for the first listener that asked, for every other one. */
  shared(build: () => UnitOfWork): UnitOfWork {
    this.unit ??= build();
    return this.unit;
  }
}

export type Listener<T extends Topic> = (event: TopicEvent<T>, batch: DispatchedBatch) => void;

interface Registered<T extends Topic> {
  listener: Listener<T>;
  /** Detaches the listener after it threw and ends its subscription. */
  fail(): void;
}

/** Each topic's listeners by topic id: a topic's listeners take that topic's events only. */
type Registry = { [T in Topic]: Map<string, Set<Registered<T>>> };

/** Where batches travel: in process, or through Redis to every instance (this one included). */
interface Transport {
  send(events: LiveEvent[]): void;
  /** Resolves once batches published from now on will reach this instance. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export class LiveBus {
  private readonly listeners: Registry = {
    [Topic.MessageAdded]: new Map(),
    [Topic.MessageRead]: new Map(),
    [Topic.MessageAcknowledged]: new Map(),
    [Topic.UnreadChanged]: new Map(),
    [Topic.BroadcastProgress]: new Map(),
    [Topic.SessionEnded]: new Map(),
    [Topic.CompanyAccess]: new Map(),
  };
  private readonly transport: Transport;

  constructor(
    private readonly logger: Logger,
    redisUrl?: string,
  ) {
    this.transport = redisUrl
      ? new RedisTransport(redisUrl, (events) => this.dispatch(events), logger)
      : new LocalTransport((events) => this.dispatch(events));
  }

  ready(): Promise<void> {
    return this.transport.ready();
  }

  /** Publishes the events of one transaction as one batch. */
  publish(events: LiveEvent[]): void {
    if (events.length) this.transport.send(events);
  }

  /**
   * Calls `listener` for every event of `topic` under any of `ids`; returns the function that stops
   * it. A listener that throws is logged, detached and told through `onFailure` (its subscription
   * ends); no other listener notices.
   */
  listen<T extends Topic>(
    topic: T,
    ids: readonly string[],
    listener: Listener<T>,
    onFailure?: () => void,
  ): () => void {
    const byId: Map<string, Set<Registered<T>>> = this.listeners[topic];
    const stop = () => {
      for (const id of ids) {
        const set = byId.get(id);
        set?.delete(registered);
        if (set?.size === 0) byId.delete(id);
      }
    };
    const registered: Registered<T> = {
      listener,
      fail: () => {
        stop();
        onFailure?.();
      },
    };
    for (const id of ids) {
      const set = byId.get(id) ?? new Set();
      set.add(registered);
      byId.set(id, set);
    }
    return stop;
  }

  /** The Redis command connection when REDIS_URL is set, for state every instance shares (rate limits). */
  get redis(): Redis | undefined {
    return this.transport instanceof RedisTransport ? this.transport.publisher : undefined;
  }

  /** How many topic keys (a topic and an id) have listeners on this instance (for tests and metrics). */
  get listenedKeys(): number {
    let keys = 0;
    for (const byId of Object.values(this.listeners)) keys += byId.size;
    return keys;
  }

  close(): Promise<void> {
    return this.transport.close();
  }

  /** Hands each event to its listeners. One failing listener is logged and never reaches the others. */
  private dispatch(events: LiveEvent[]): void {
    const batch = new DispatchedBatch();
    for (const event of events) this.dispatchEvent(event, batch);
  }

  private dispatchEvent<T extends Topic>(event: TopicEvent<T>, batch: DispatchedBatch): void {
    const byId: Map<string, Set<Registered<T>>> = this.listeners[event.topic];
    const set = byId.get(event.id);
    if (!set) return;
    for (const registered of [...set]) {
      try {
        registered.listener(event, batch);
      } catch (error) {
        this.logger.error('live listener failed', {
          topic: event.topic,
          error: error instanceof Error ? error.stack : String(error),
        });
        registered.fail();
      }
    }
  }
}

class LocalTransport implements Transport {
  constructor(private readonly deliver: (events: LiveEvent[]) => void) {}

  /** Dispatched on the next turn, so a publisher (a mutation about to answer) is not held up by listeners. */
  send(events: LiveEvent[]): void {
    setImmediate(() => this.deliver(events));
  }

  async ready(): Promise<void> {}

  async close(): Promise<void> {}
}

/** A batch as another instance (or this one) published it to Redis; throws on anything else. */
function parseBatch(message: string): LiveEvent[] {
  const batch: unknown = JSON.parse(message);
  if (!Array.isArray(batch) || !batch.every(isLiveEvent))
    throw new Error('not a batch of live events');
  return batch;
}

const topics: ReadonlySet<string> = new Set(Object.values(Topic));

/** The shape of an event; its items are trusted as the instances that publish are ours. */
function isLiveEvent(value: unknown): value is LiveEvent {
  if (typeof value !== 'object' || value === null) return false;
  if (!('topic' in value && 'id' in value && 'items' in value)) return false;
  const { topic, id, items } = value;
  return (
    typeof topic === 'string' &&
    topics.has(topic) &&
    typeof id === 'string' &&
    (items === null || Array.isArray(items))
  );
}

/** The one Redis channel every instance publishes its batches to and listens on. */
export const LIVE_CHANNEL = 'ledgerpost:live';

class RedisTransport implements Transport {
  readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly subscribed: Promise<void>;

  constructor(
    url: string,
    deliver: (events: LiveEvent[]) => void,
    private readonly logger: Logger,
  ) {
    this.publisher = new Redis(url, { maxRetriesPerRequest: 3 });
    this.subscriber = new Redis(url, { maxRetriesPerRequest: 3 });
    for (const client of [this.publisher, this.subscriber])
      client.on('error', (error) => logger.warn('redis error', { error: error.message }));
    this.subscribed = this.subscriber.subscribe(LIVE_CHANNEL).then(() => undefined);
    this.subscriber.on('message', (_channel: string, message: string) => {
      try {
        deliver(parseBatch(message));
      } catch (error) {
        logger.error('live batch from redis refused', { error: String(error) });
      }
    });
  }

  ready(): Promise<void> {
    return this.subscribed;
  }

  send(events: LiveEvent[]): void {
    // A lost batch leaves subscribers stale until their next change: it must not go unnoticed.
    this.publisher.publish(LIVE_CHANNEL, JSON.stringify(events)).catch((error: Error) =>
      this.logger.error('live batch not published', {
        error: error.message,
        events: events.length,
      }),
    );
  }

  async close(): Promise<void> {
    await Promise.all([this.publisher.quit(), this.subscriber.quit()]);
  }
}

type PendingByTopic = { [T in Topic]: Map<string, TopicEvent<T>> };

/**
 * Events collected inside a transaction and published only after it commits, so a subscriber never
 * hears of a row it cannot read yet, nor of one rolled back. Items for one topic id are merged into
 * one event; past MAX_LISTED_ITEMS the event lists none (subscribers resync).
 */
export class PendingEvents {
  /** By topic, then topic id: no key string per item, which a 10,000-company send would make 40,000 of. */
  private readonly events: PendingByTopic = {
    [Topic.MessageAdded]: new Map(),
    [Topic.MessageRead]: new Map(),
    [Topic.MessageAcknowledged]: new Map(),
    [Topic.UnreadChanged]: new Map(),
    [Topic.BroadcastProgress]: new Map(),
    [Topic.SessionEnded]: new Map(),
    [Topic.CompanyAccess]: new Map(),
  };

  add<T extends Topic>(topic: T, id: string, item: TopicItems[T]): void {
    const ofTopic: Map<string, TopicEvent<T>> = this.events[topic];
    const event = ofTopic.get(id);
    if (!event) ofTopic.set(id, { topic, id, items: [item] });
    else if (event.items && event.items.length < MAX_LISTED_ITEMS) event.items.push(item);
    else event.items = null;
  }

  /** The same item under several topic ids (a company's thread, its office, its caretaker). */
  addAll<T extends Topic>(topic: T, ids: readonly string[], item: TopicItems[T]): void {
    for (const id of ids) this.add(topic, id, item);
  }

  get size(): number {
    let size = 0;
    for (const ofTopic of Object.values(this.events)) size += ofTopic.size;
    return size;
  }

  publish(bus: LiveBus): void {
    const batch: LiveEvent[] = [];
    for (const ofTopic of Object.values(this.events)) {
      for (const event of ofTopic.values()) batch.push(event);
      ofTopic.clear();
    }
    bus.publish(batch);
  }
}
