import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_CHANNEL } from '../../src/core/pubsub.js';
import { insertCompanies, type OfficeFixture, officeFixture } from '../factories.js';
import { graphql } from '../gql/index.js';
import { codes, ok, startTestApp, subscribe, type TestApp } from '../harness.js';
import { startRedis } from '../redis.js';

const UNREAD = graphql(`
  subscription FanoutUnread {
    unreadCountChanged { count }
  }
`);
const RECEIPTS = graphql(`
  subscription FanoutReceipts {
    messageRead { user { id } message { company { id } } }
  }
`);
const INBOX = graphql(`
  subscription FanoutInbox {
    messageAdded { body company { id } }
  }
`);
const NOTIFY = graphql(`
  mutation FanoutNotify($i: SendBulkNotificationInput!) {
    sendBulkNotification(input: $i) { id }
  }
`);
const MARK_READ = graphql(`
  mutation FanoutMarkRead($id: ID!) {
    markMessagesRead(companyId: $id)
  }
`);
const LOGOUT = graphql(`
  mutation FanoutLogout {
    logout
  }
`);
const SEND = graphql(`
  mutation FanoutSend($i: SendMessageInput!) {
    sendMessage(input: $i) { id }
  }
`);

describe('several API instances behind one load balancer', () => {
  let redis: { url: string; stop(): void };
  let a: TestApp;
  let b: TestApp;
  let f: OfficeFixture;

  beforeAll(async () => {
    redis = await startRedis();
    a = await startTestApp({ redisUrl: redis.url });
    b = await startTestApp({ redisUrl: redis.url });
    f = await officeFixture(a, { companies: 3 });
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    redis?.stop();
  });

  it('pushes to a subscriber on instance B what a mutation on instance A did', async () => {
    const first = f.companies[0]!;
    const second = f.companies[1]!;
    const badge = subscribe(b.ws(first.client.token), UNREAD);
    expect((await badge.next()).data?.unreadCountChanged.count).toBe(0);
    const receipts = subscribe(b.ws(f.head.token), RECEIPTS);
    const otherBadge = subscribe(a.ws(second.client.token), UNREAD);
    expect((await otherBadge.next()).data?.unreadCountChanged.count).toBe(0);
    await receipts.pending(300);

    ok(
      await a.gql(
        NOTIFY,
        { i: { companyIds: [first.company.id], body: 'Z instancji A' } },
        f.head.token,
      ),
    );
    expect((await badge.next()).data?.unreadCountChanged.count).toBe(1);

    ok(await a.gql(MARK_READ, { id: first.company.id }, first.client.token));
    expect((await badge.next()).data?.unreadCountChanged.count).toBe(0);
    const receipt = (await receipts.next()).data?.messageRead;
    expect(receipt).toEqual({
      user: { id: first.client.user.id },
      message: { company: { id: first.company.id } },
    });
    expect(await otherBadge.pending()).toEqual([]);
  });

  it('closes the sockets of a session on every instance when it logs out on one', async () => {
    const client = f.companies[2]!.client;
    const onB = subscribe(b.ws(client.token), UNREAD);
    expect((await onB.next()).data?.unreadCountChanged.count).toBe(0);
    ok(await a.gql(LOGOUT, {}, client.token));
    await expect.poll(() => onB.done, { timeout: 5000 }).toBe(true);
    expect(onB.error).toEqual({ code: 4403, reason: 'Session ended' });
  });

  it('carries a 2,000-company send to an inbox on instance B in one Redis message, and B stays live', async () => {
    const first = f.companies[0]!;
    const bulk = await insertCompanies(a.orm.em.fork(), f.office.id, 1_999);
    const batches: number[] = [];
    const listener = new Redis(redis.url);
    await listener.subscribe(LIVE_CHANNEL);
    listener.on('message', (_channel: string, message: string) => batches.push(message.length));
    try {
      const inbox = subscribe(b.ws(f.head.token), INBOX);
      const badge = subscribe(b.ws(first.client.token), UNREAD);
      const before = (await badge.next()).data!.unreadCountChanged.count;
      await inbox.pending(300);

      const companyIds = [first.company.id, ...bulk.map((c) => c.companyId)];
      ok(await a.gql(NOTIFY, { i: { companyIds, body: 'Do wszystkich' } }, f.head.token));
      expect(codes(await inbox.next(10_000))).toEqual(['RESYNC']);
      expect((await badge.next(10_000)).data?.unreadCountChanged.count).toBe(before + 1);
      await expect.poll(() => batches.length).toBe(1);

      ok(
        await a.gql(
          SEND,
          { i: { companyId: first.company.id, body: 'Pytanie z A' } },
          first.client.token,
        ),
      );
      expect((await inbox.next(5000)).data?.messageAdded).toEqual({
        body: 'Pytanie z A',
        company: { id: first.company.id },
      });
      expect(batches).toHaveLength(2);
      expect(inbox.done).toBe(false);
    } finally {
      await listener.quit();
    }
  });
});
