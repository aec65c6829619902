import { createPubSub, Repeater, type PubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';

/** Topics carry plain JSON (ids, counts, ISO dates) so the Redis event target works unchanged. */
export const Topic = {
  MessageAdded: 'MESSAGE_ADDED',
  MessageRead: 'MESSAGE_READ',
  UnreadChanged: 'UNREAD_CHANGED',
  BroadcastProgress: 'BROADCAST_PROGRESS',
  SessionEnded: 'SESSION_ENDED',
} as const;

export interface MessageAddedPayload {
  messageId: string;
  companyId: string;
}
export interface MessageReadPayload {
  messageId: string;
  userId: string;
  companyId: string;
  readAt: string;
}
export interface UnreadChangedPayload {
  companyIds: string[];
}
export interface BroadcastProgressPayload {
  broadcastId: string;
}
export interface SessionEndedPayload {
  sessionId: string;
}

/** Topic ids: events go to a company, an office (its head) or one user, never to everyone. */
export const topicId = {
  company: (id: string) => `company:${id}`,
  office: (id: string) => `office:${id}`,
  user: (id: string) => `user:${id}`,
  broadcast: (id: string) => `broadcast:${id}`,
  /** Every API process listens here to close the sockets of a session that ended. */
  sessions: 'sessions',
};

export interface TopicPayloads {
  [Topic.MessageAdded]: MessageAddedPayload;
  [Topic.MessageRead]: MessageReadPayload;
  [Topic.UnreadChanged]: UnreadChangedPayload;
  [Topic.BroadcastProgress]: BroadcastProgressPayload;
  [Topic.SessionEnded]: SessionEndedPayload;
}
type TopicName = keyof TopicPayloads;
type PayloadOf<T extends TopicName> = TopicPayloads[T];

export type AppPubSub = PubSub<{ [K in TopicName]: [string, TopicPayloads[K]] }>;

export interface PubSubHandle {
  pubSub: AppPubSub;
  close(): Promise<void>;
}

export function createAppPubSub(redisUrl: string | undefined): PubSubHandle {
  if (!redisUrl) return { pubSub: createPubSub() as AppPubSub, close: async () => {} };
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubSub: createPubSub({ eventTarget }) as AppPubSub,
    close: async () => {
      await Promise.all([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}

/** Events of one topic under several ids (a client's companies, a head's office and own id). */
export function subscribeAll<T extends TopicName>(pubSub: AppPubSub, topic: T, ids: string[]): AsyncIterable<PayloadOf<T>> {
  const streams = ids.map((id) => (pubSub.subscribe as (t: string, id: string) => AsyncIterable<PayloadOf<T>>)(topic, id));
  return streams.length === 1 ? streams[0] : (Repeater.merge(streams) as AsyncIterable<PayloadOf<T>>);
}

/**
 * Events collected inside a transaction and published only after it commits, so a subscriber never
 * hears of a row it cannot read yet, nor of one rolled back.
 */
export class PendingEvents {
  private readonly events: Array<[TopicName, string, unknown]> = [];

  add<T extends TopicName>(topic: T, id: string, payload: PayloadOf<T>): void {
    this.events.push([topic, id, payload]);
  }

  publish(pubSub: AppPubSub): void {
    const publish = pubSub.publish as (topic: string, id: string, payload: unknown) => void;
    for (const [topic, id, payload] of this.events.splice(0)) publish(topic, id, payload);
  }
}

/**
 * A live value: `compute` at once, then again on every trigger, emitting only when it changed.
 * Subscribing happens before the first computation, so no change between the two is missed.
 */
export function liveValue<T, E>(
  triggers: AsyncIterable<E>,
  compute: () => Promise<T>,
  relevant: (event: E) => boolean = () => true,
  keyOf: (value: T) => string = (value) => JSON.stringify(value),
): AsyncIterable<T> {
  return new Repeater<T>(async (push, stop) => {
    const iterator = triggers[Symbol.asyncIterator]();
    let last: string | undefined;
    let chain = Promise.resolve();
    const emit = () => {
      chain = chain.then(async () => {
        const value = await compute();
        const key = keyOf(value);
        if (key !== last) {
          last = key;
          await push(value);
        }
      });
      return chain;
    };
    const pump = (async () => {
      for (;;) {
        const next = await Promise.race([iterator.next(), stop.then(() => null)]);
        if (!next || next.done) return;
        if (relevant(next.value)) await emit();
      }
    })();
    await emit().catch(stop);
    await stop;
    await iterator.return?.();
    await pump.catch(() => undefined);
  });
}
