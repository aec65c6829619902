import { describe, expect, it } from 'vitest';
import {
  authorizationMatrix,
  authzCase,
  EMAIL_BROADCAST,
  SEND_BULK_NOTIFICATION,
  snapshot,
  world,
} from '../../../test/authz.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok } from '../../../test/harness.js';

const BROADCAST = graphql(`
  query AuthzBroadcast($id: ID!) {
    broadcast(id: $id) { id kind recipientCount readCount author { id name } }
  }
`);

export const cases = [
  authzCase({
    name: 'broadcast(id) sent to the target',
    field: 'broadcast',
    kind: 'query',
    run: ({ token, target }, { app }) => app.gql(BROADCAST, { id: target.broadcastId }, token),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'broadcast(id) of the email to the target, with its deliveries',
    field: 'broadcast',
    kind: 'query',
    run: ({ token, target }, { app }) =>
      app.gql(EMAIL_BROADCAST, { id: target.emailBroadcastId }, token),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'sendBulkNotification to the target',
    field: 'sendBulkNotification',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(
        SEND_BULK_NOTIFICATION,
        { input: { companyIds: [target.company.company.id], body: 'Powiadomienie z zewnatrz' } },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'sendBulkNotification to an own company and the target (nothing sent to either)',
    field: 'sendBulkNotification',
    kind: 'mutation',
    run: ({ token, target, own }, { app }) =>
      app.gql(
        SEND_BULK_NOTIFICATION,
        {
          input: {
            companyIds: [...(own ? [own] : []), target.company.company.id],
            body: 'Wszyscy naraz',
          },
        },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'sendBulkNotification to an own company attaching the target’s file',
    field: 'sendBulkNotification',
    kind: 'mutation',
    run: ({ token, target, own }, { app }) =>
      app.gql(
        SEND_BULK_NOTIFICATION,
        {
          input: {
            companyIds: [own ?? target.company.company.id],
            body: 'Z cudzym plikiem',
            attachmentIds: [target.fileId],
          },
        },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
];

authorizationMatrix(import.meta.url, 'broadcast', cases, () => {
  it('has real targets: their own viewers get what the others are refused', async () => {
    const { app, a, targets } = world;
    for (const target of [targets.a0, targets.a1]) {
      expect(
        ok(await app.gql(BROADCAST, { id: target.broadcastId }, a.head.token)).broadcast,
      ).toMatchObject({ id: target.broadcastId, recipientCount: 1 });
      expect(
        ok(await app.gql(EMAIL_BROADCAST, { id: target.emailBroadcastId }, a.head.token)).broadcast,
      ).toMatchObject({
        subject: target.emailSubject,
        recipientCount: 1,
        sentCount: 1,
      });
    }
  });

  describe('role errors', () => {
    it('a client calling sendBulkNotification for their own company gets FORBIDDEN and nothing is sent', async () => {
      const target = world.targets.a0;
      const before = await snapshot(target);
      const response = await world.app.gql(
        SEND_BULK_NOTIFICATION,
        { input: { companyIds: [target.company.company.id], body: 'Klient rozsyla' } },
        target.company.client.token,
      );
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(response.data ?? null).toBeNull();
      expect(await snapshot(target)).toEqual(before);
    });
  });
});
