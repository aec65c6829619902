import { describe, expect, it } from 'vitest';
import {
  type ActorName,
  actor,
  authorizationMatrix,
  authzCase,
  expectNoLeak,
  foreign,
  MESSAGE_ADDED,
  SEND_BULK_NOTIFICATION,
  SEND_MESSAGE,
  subscribeOnce,
  world,
} from '../../../test/authz.js';
import { graphql } from '../../../test/gql/index.js';
import { ok, subscribe } from '../../../test/harness.js';

const UNREAD_COUNT = graphql(`
  query AuthzUnreadCount($companyId: ID) {
    unreadCount(companyId: $companyId)
  }
`);
const MARK_MESSAGES_READ = graphql(`
  mutation AuthzMarkMessagesRead($companyId: ID!) {
    markMessagesRead(companyId: $companyId)
  }
`);
const MESSAGE_READ = graphql(`
  subscription AuthzMessageRead($companyId: ID) {
    messageRead(companyId: $companyId) { readAt user { id } message { id body company { id } } }
  }
`);
const UNREAD_COUNT_CHANGED = graphql(`
  subscription AuthzUnreadCountChanged($companyId: ID) {
    unreadCountChanged(companyId: $companyId) { count companyId }
  }
`);

export const cases = [
  authzCase({
    name: 'unreadCount(companyId) of the target',
    field: 'unreadCount',
    kind: 'query',
    run: ({ token, target }, { app }) =>
      app.gql(UNREAD_COUNT, { companyId: target.company.company.id }, token),
  }),
  authzCase<{ unreadCount?: number; before?: number; after?: number }>({
    name: 'unreadCount() does not move with the target thread',
    field: 'unreadCount',
    kind: 'query',
    run: async ({ token, target }, { app, a }) => {
      const before = await app.gql(UNREAD_COUNT, {}, token);
      if (before.errors?.length) return before;
      const { company } = target;
      ok(
        await app.gql(
          SEND_BULK_NOTIFICATION,
          { input: { companyIds: [company.company.id], body: 'Kolejne powiadomienie' } },
          a.head.token,
        ),
      );
      ok(
        await app.gql(
          SEND_MESSAGE,
          { input: { companyId: company.company.id, body: 'Kolejne pytanie' } },
          company.client.token,
        ),
      );
      const after = await app.gql(UNREAD_COUNT, {}, token);
      return {
        ...after,
        data: after.data && { before: before.data!.unreadCount, after: after.data.unreadCount },
      };
    },
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
    },
    check: (data) => expect(data.after).toBe(data.before),
  }),
  authzCase({
    name: 'markMessagesRead of the target thread',
    field: 'markMessagesRead',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(MARK_MESSAGES_READ, { companyId: target.company.company.id }, token),
    expect: { 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'messageRead(companyId) of the target',
    field: 'messageRead',
    kind: 'subscription',
    run: ({ token, target }) =>
      subscribeOnce(token, MESSAGE_READ, { companyId: target.company.company.id }),
  }),
  authzCase({
    name: 'unreadCountChanged(companyId) of the target',
    field: 'unreadCountChanged',
    kind: 'subscription',
    run: ({ token, target }) =>
      subscribeOnce(token, UNREAD_COUNT_CHANGED, { companyId: target.company.company.id }),
  }),
];

/** Something of the actor's own that moves their live updates, and how they then read it. */
type Control = () => Promise<{ company: string; unreadDelta: number; read: () => Promise<void> }>;

const controls: Record<ActorName, Control | null> = {
  'head of another office': async () => {
    const { app, b } = world;
    const own = b.companies[0]!;
    ok(
      await app.gql(
        SEND_MESSAGE,
        { input: { companyId: own.company.id, body: 'Pytanie w biurze B' } },
        own.client.token,
      ),
    );
    return {
      company: own.company.id,
      unreadDelta: 1,
      read: async () =>
        void ok(await app.gql(MARK_MESSAGES_READ, { companyId: own.company.id }, b.head.token)),
    };
  },
  'client of another company': async () => {
    const { app, a } = world;
    const own = a.companies[1]!;
    ok(
      await app.gql(
        SEND_BULK_NOTIFICATION,
        { input: { companyIds: [own.company.id], body: 'Dla A1' } },
        a.head.token,
      ),
    );
    return {
      company: own.company.id,
      unreadDelta: 1,
      read: async () =>
        void ok(await app.gql(MARK_MESSAGES_READ, { companyId: own.company.id }, own.client.token)),
    };
  },
  'caretaker of other companies': async () => {
    const { app, a } = world;
    const own = a.companies[0]!;
    ok(
      await app.gql(
        SEND_MESSAGE,
        { input: { companyId: own.company.id, body: 'Pytanie w A0' } },
        own.client.token,
      ),
    );
    return {
      company: own.company.id,
      unreadDelta: 1,
      read: async () =>
        void ok(
          await app.gql(MARK_MESSAGES_READ, { companyId: own.company.id }, a.caretaker.token),
        ),
    };
  },
  'platform admin': null,
};

authorizationMatrix(import.meta.url, 'receipt', cases, () => {
  it('has real targets: their own viewers get what the others are refused', async () => {
    const { app, a, targets } = world;
    for (const target of [targets.a0, targets.a1]) {
      const id = target.company.company.id;
      for (const token of [a.head.token, target.company.client.token]) {
        expect(
          ok(await app.gql(UNREAD_COUNT, { companyId: id }, token)).unreadCount,
        ).toBeGreaterThanOrEqual(0);
      }
    }
    // A0 is the caretaker's, and its subscription is theirs.
    const live = await subscribeOnce(a.caretaker.token, UNREAD_COUNT_CHANGED, {
      companyId: targets.a0.company.company.id,
    });
    expect(live.data?.unreadCountChanged).toMatchObject({
      companyId: targets.a0.company.company.id,
    });
  });

  describe('live updates without a companyId carry nothing of the target', () => {
    it.each(foreign)('as the %s', async (name) => {
      const { app, a } = world;
      const who = actor(name);
      const client = app.ws(who.token);
      const added = subscribe(client, MESSAGE_ADDED, {});
      const read = subscribe(client, MESSAGE_READ, {});
      const unread = subscribe(client, UNREAD_COUNT_CHANGED, {});
      const initial = (await unread.next()).data?.unreadCountChanged.count as number;
      expect(typeof initial).toBe('number');
      await added.pending(200);

      // Everything that happens in the target thread.
      const { company } = who.target;
      ok(
        await app.gql(
          SEND_BULK_NOTIFICATION,
          { input: { companyIds: [company.company.id], body: 'Na zywo' } },
          a.head.token,
        ),
      );
      ok(
        await app.gql(
          SEND_MESSAGE,
          { input: { companyId: company.company.id, body: 'Pytanie na zywo' } },
          company.client.token,
        ),
      );
      expect(
        ok(
          await app.gql(
            MARK_MESSAGES_READ,
            { companyId: company.company.id },
            company.client.token,
          ),
        ).markMessagesRead,
      ).toBeGreaterThan(0);
      expect(
        ok(await app.gql(MARK_MESSAGES_READ, { companyId: company.company.id }, a.head.token))
          .markMessagesRead,
      ).toBeGreaterThan(0);

      const control = await controls[name]?.();
      if (control) {
        // The actor's own events arrive, and nothing of the target came before them.
        const first = (await added.next()).data?.messageAdded;
        expect(first?.company.id).toBe(control.company);
        expect((await unread.next()).data?.unreadCountChanged).toEqual({
          count: initial + control.unreadDelta,
          companyId: null,
        });
        await control.read();
        const receipt = (await read.next()).data?.messageRead;
        expect(receipt?.message.company.id).toBe(control.company);
        // Reading lowers the badge to what unreadCount answers now.
        const now = ok(await app.gql(UNREAD_COUNT, {}, who.token)).unreadCount;
        expect(now).toBeLessThan(initial + control.unreadDelta);
        expect((await unread.next()).data?.unreadCountChanged).toEqual({
          count: now,
          companyId: null,
        });
      }
      for (const sub of [added, read, unread]) {
        for (const event of [...sub.events, ...(await sub.pending(0))]) {
          expect(event.errors ?? []).toEqual([]);
          expectNoLeak(event, who.target);
        }
      }
      const companiesSeen = [
        ...added.events.map((e) => e.data?.messageAdded.company.id),
        ...read.events.map((e) => e.data?.messageRead.message.company.id),
      ];
      expect(companiesSeen).not.toContain(company.company.id);
      if (!control)
        expect([...added.events, ...read.events, ...unread.events.slice(1)]).toEqual([]);
      else expect(await unread.pending(200)).toEqual([]);
      added.dispose();
      read.dispose();
      unread.dispose();
    });
  });
});
