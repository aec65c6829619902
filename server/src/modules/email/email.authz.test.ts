import { describe, expect, it } from 'vitest';
import {
  authorizationMatrix,
  authzCase,
  EMAIL_BROADCAST,
  expectForbiddenAndUnchanged,
  expectNoLeak,
  PERIOD,
  SEND_EMAIL,
  settled,
  snapshot,
  subscribeOnce,
  world,
} from '../../../test/authz.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok } from '../../../test/harness.js';

const RETRY_FAILED_DELIVERIES = graphql(`
  mutation AuthzRetryFailedDeliveries($id: ID!) {
    retryFailedDeliveries(broadcastId: $id) { id subject queuedCount failedCount }
  }
`);
const BROADCAST_PROGRESS = graphql(`
  subscription AuthzBroadcastProgress($id: ID!) {
    broadcastProgress(id: $id) {
      id subject recipientCount sentCount
      deliveries { edges { node { toAddress company { id name } } } }
    }
  }
`);

export const cases = [
  authzCase({
    name: 'sendEmail to the target',
    field: 'sendEmail',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(
        SEND_EMAIL,
        {
          input: {
            companyIds: [target.company.company.id],
            subject: 'Email z zewnatrz',
            html: '<p>Z zewnatrz</p>',
            printouts: [{ kind: 'LEDGER', period: PERIOD }],
          },
        },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'sendEmail to an own company and the target (nothing queued for either)',
    field: 'sendEmail',
    kind: 'mutation',
    run: ({ token, target, own }, { app }) =>
      app.gql(
        SEND_EMAIL,
        {
          input: {
            companyIds: [...(own ? [own] : []), target.company.company.id],
            subject: 'Do wszystkich',
            html: '<p>Wszyscy naraz</p>',
          },
        },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'sendEmail to the target with the idempotencyKey of office A’s email to it',
    field: 'sendEmail',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(
        SEND_EMAIL,
        {
          input: {
            companyIds: [target.company.company.id],
            subject: 'Ponowienie',
            html: '<p>Ponowienie</p>',
            idempotencyKey: target.idempotencyKey,
          },
        },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'retryFailedDeliveries of the email to the target',
    field: 'retryFailedDeliveries',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(RETRY_FAILED_DELIVERIES, { id: target.emailBroadcastId }, token),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'broadcastProgress(id) of the email to the target',
    field: 'broadcastProgress',
    kind: 'subscription',
    run: ({ token, target }) =>
      subscribeOnce(token, BROADCAST_PROGRESS, { id: target.emailBroadcastId }),
  }),
];

authorizationMatrix(import.meta.url, 'email', cases, () => {
  it('has real targets: their own viewers get what the others are refused', async () => {
    const { a, targets } = world;
    for (const target of [targets.a0, targets.a1]) {
      const progress = await subscribeOnce(a.head.token, BROADCAST_PROGRESS, {
        id: target.emailBroadcastId,
      });
      expect(progress.data?.broadcastProgress).toMatchObject({
        id: target.emailBroadcastId,
        sentCount: 1,
      });
    }
  });

  describe('office and bookkeeping roles', () => {
    it('a client may not email their own company', async () => {
      const { app, targets } = world;
      const target = targets.a0;
      const id = target.company.company.id;
      await expectForbiddenAndUnchanged(target, [
        [
          'sendEmail',
          () =>
            app.gql(
              SEND_EMAIL,
              { input: { companyIds: [id], subject: 'Od klienta', html: '<p>Od klienta</p>' } },
              target.company.client.token,
            ),
        ],
      ]);
    });
  });

  describe('email idempotency keys are no way in', () => {
    it('a caretaker reusing the key of an email they did not send gets nothing of it, and nothing is sent', async () => {
      const { app, a, targets } = world;
      // Head A emailed A1 with this key; the caretaker looks after A0, not A1.
      const target = targets.a1;
      const before = await snapshot(target);
      const response = await app.gql(
        SEND_EMAIL,
        {
          input: {
            companyIds: [a.companies[0]!.company.id],
            subject: 'Ponowienie',
            html: '<p>Ponowienie</p>',
            idempotencyKey: target.idempotencyKey,
          },
        },
        a.caretaker.token,
      );
      expect(codes(response)).toEqual(['CONFLICT']);
      expect(response.data ?? null).toBeNull();
      expect(JSON.stringify(response)).not.toContain(target.emailBroadcastId);
      expectNoLeak(response, target);
      expect(await snapshot(target)).toEqual(before);
    });

    it('the head of another office reusing office A’s key gets a broadcast of their own', async () => {
      const { app, a, b, targets } = world;
      const target = targets.a0;
      const own = b.companies[0]!.company;
      const { sendEmail } = ok(
        await app.gql(
          SEND_EMAIL,
          {
            input: {
              companyIds: [own.id],
              subject: 'Biuro B',
              html: '<p>Biuro B</p>',
              idempotencyKey: target.idempotencyKey,
            },
          },
          b.head.token,
        ),
      );
      expect(sendEmail.id).not.toBe(target.emailBroadcastId);
      expect(sendEmail.deliveries.edges.map((e) => e.node.company.id)).toEqual([own.id]);
      expectNoLeak({ data: sendEmail }, target);
      expect(await settled(sendEmail.id, b.head.token)).toMatchObject({
        sentCount: 1,
        failedCount: 0,
      });
      // Office A's broadcast under that key is still its own, untouched.
      expect(
        ok(await app.gql(EMAIL_BROADCAST, { id: target.emailBroadcastId }, a.head.token)).broadcast,
      ).toMatchObject({ recipientCount: 1, sentCount: 1 });
    });
  });
});
