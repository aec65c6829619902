import { describe, expect, it } from 'vitest';
import { ErrorCode } from './errors.js';
import { delivered, eventStream, liveValue, ResyncSignal, UnreadTally } from './live-stream.js';
import { createLogger } from './logger.js';
import {
  LiveBus,
  type LiveEvent,
  MAX_LISTED_ITEMS,
  type MessageAddedItem,
  PendingEvents,
  Topic,
} from './pubsub.js';

const logger = createLogger('silent');
const turn = () => new Promise((resolve) => setImmediate(resolve));
const added = (n: number, companyId = 'c1'): MessageAddedItem[] =>
  Array.from({ length: n }, (_, i) => ({ messageId: `m${i}`, companyId }));
const event = (items: MessageAddedItem[] | null, id = 'office:o1'): LiveEvent => ({
  topic: Topic.MessageAdded,
  id,
  items,
});

describe('PendingEvents', () => {
  it('merges the items of one topic id into one event, and lists none past MAX_LISTED_ITEMS', () => {
    const bus = new LiveBus(logger);
    const published: LiveEvent[][] = [];
    bus.publish = (events) => void published.push(events);
    const events = new PendingEvents();
    for (const item of added(3))
      events.addAll(Topic.MessageAdded, ['company:c1', 'office:o1'], item);
    for (const item of added(MAX_LISTED_ITEMS + 1, 'c2'))
      events.add(Topic.MessageAdded, 'user:u1', item);
    events.publish(bus);
    expect(published).toHaveLength(1);
    const byId = Object.fromEntries(published[0]!.map((e) => [e.id, e.items]));
    expect(byId['company:c1']).toHaveLength(3);
    expect(byId['office:o1']).toHaveLength(3);
    expect(byId['user:u1']).toBeNull();
    expect(events.size).toBe(0);
  });
});

describe('LiveBus', () => {
  it('routes a batch by topic key, and a listener that throws is detached and ended alone', async () => {
    const bus = new LiveBus(logger);
    const good: string[] = [];
    let failedEnded = false;
    bus.listen(
      Topic.MessageAdded,
      ['office:o1'],
      () => {
        throw new Error('listener bug');
      },
      () => (failedEnded = true),
    );
    bus.listen(Topic.MessageAdded, ['office:o1', 'company:c9'], (e) => good.push(e.id));
    bus.listen(Topic.MessageRead, ['office:o1'], (e) => good.push(`read:${e.id}`));
    bus.publish([event(added(1)), event(added(1), 'company:c9'), event(added(1), 'company:other')]);
    await turn();
    expect(good).toEqual(['office:o1', 'company:c9']);
    expect(failedEnded).toBe(true);
    // The failed listener no longer receives anything; the good one still does.
    bus.publish([event(added(1))]);
    await turn();
    expect(good).toEqual(['office:o1', 'company:c9', 'office:o1']);
    expect(bus.listenedKeys).toBe(3);
  });
});

describe('eventStream', () => {
  it('holds at most `capacity` events for a subscriber that does not take them, then one resync and later events', async () => {
    const bus = new LiveBus(logger);
    const stream = eventStream(bus, Topic.MessageAdded, ['office:o1'], { capacity: 5 });
    for (let i = 0; i < 3; i += 1) bus.publish([event(added(2))]);
    await turn();
    bus.publish([event(added(1, 'after'))]);
    await turn();
    const first = await stream.next();
    expect(first.value).toBe(ResyncSignal.instance);
    const second = await stream.next();
    expect((second.value as { item: MessageAddedItem }).item.companyId).toBe('after');
    await stream.return!();
    expect(bus.listenedKeys).toBe(0);
    expect((await stream.next()).done).toBe(true);
  });

  it('turns an event too large to list into one resync, and delivered() into a RESYNC error', async () => {
    const bus = new LiveBus(logger);
    const stream = eventStream(bus, Topic.MessageAdded, ['office:o1'], { capacity: 50 });
    bus.publish([event(null)]);
    await turn();
    const { value } = await stream.next();
    expect(() => delivered(value as ResyncSignal)).toThrowError(
      expect.objectContaining({ extensions: { code: ErrorCode.Resync } }),
    );
  });

  it('keeps a waiting subscriber waiting without polling, and hands it the next event at once', async () => {
    const bus = new LiveBus(logger);
    const stream = eventStream(bus, Topic.MessageAdded, ['office:o1'], { capacity: 5 });
    const pending = stream.next();
    bus.publish([event(added(1, 'c7'))]);
    const { value } = await pending;
    expect((value as { item: MessageAddedItem }).item.companyId).toBe('c7');
  });
});

describe('liveValue', () => {
  it('sends the current value, then conflates any number of changes into one recomputation', async () => {
    let changed = () => {};
    let stopped = false;
    let computed = 0;
    let value = 1;
    const stream = liveValue({
      listen: (onChange) => {
        changed = onChange;
        return () => (stopped = true);
      },
      compute: () => {
        computed += 1;
        return value;
      },
      onError: () => undefined,
    });
    expect((await stream.next()).value).toBe(1);
    for (let i = 0; i < 1000; i += 1) changed();
    value = 2;
    expect((await stream.next()).value).toBe(2);
    expect(computed).toBe(2);
    // A change that leaves the value as it was sends nothing.
    changed();
    const next = stream.next();
    value = 3;
    changed();
    expect((await next).value).toBe(3);
    await stream.return!();
    expect(stopped).toBe(true);
  });

  it('ends (and stops listening) when a computation fails, reporting the error', async () => {
    let stopped = false;
    const errors: unknown[] = [];
    const stream = liveValue({
      listen: () => () => (stopped = true),
      compute: () => Promise.reject(new Error('database gone')),
      onError: (error) => errors.push(error),
    });
    expect((await stream.next()).done).toBe(true);
    expect(stopped).toBe(true);
    expect(errors).toHaveLength(1);
  });
});

describe('UnreadTally', () => {
  it('keeps the newest version of each company whatever the order, and sums them', () => {
    const tally = new UnreadTally();
    tally.apply([{ companyId: 'a', count: 3, version: 3 }]);
    tally.apply([
      { companyId: 'a', count: 1, version: 1 },
      { companyId: 'b', count: 2, version: 7 },
    ]);
    expect(tally.total()).toBe(5);
    expect(tally.total('a')).toBe(3);
    expect(tally.total('missing')).toBe(0);
  });

  it('merges a snapshot: missing companies drop to zero unless an event since the snapshot began says otherwise', () => {
    const tally = new UnreadTally();
    tally.apply([
      { companyId: 'read-meanwhile', count: 2, version: 1 },
      { companyId: 'kept', count: 1, version: 1 },
    ]);
    tally.beginSnapshot();
    tally.apply([{ companyId: 'new-during-snapshot', count: 1, version: 1 }]);
    tally.applySnapshot([{ companyId: 'kept', count: 4, version: 2 }]);
    expect(tally.total('read-meanwhile')).toBe(0);
    expect(tally.total('kept')).toBe(4);
    expect(tally.total('new-during-snapshot')).toBe(1);
  });
});
