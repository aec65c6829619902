import { describe, expect, it } from 'vitest';
import {
  authorizationMatrix,
  authzCase,
  EMAIL_BROADCAST,
  expectForbiddenAndUnchanged,
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

const BROADCASTS = graphql(`
  query AuthzBroadcasts {
    broadcasts(first: 100) { totalCount edges { node { id preview recipientCount } } }
  }
`);
const RECIPIENTS = graphql(`
  query AuthzBroadcastRecipients($id: ID!) {
    broadcast(id: $id) {
      id
      recipients(first: 100) {
        totalCount
        edges { node { company { id name nip } read reads { user { id } } downloads { file { filename } } } }
      }
    }
  }
`);
const REMIND_UNREAD = graphql(`
  mutation AuthzRemindUnread($broadcastId: ID!, $body: String) {
    remindUnread(broadcastId: $broadcastId, body: $body) { id recipientCount }
  }
`);

const CANCEL_BROADCAST = graphql(`
  mutation AuthzCancelBroadcast($id: ID!) {
    cancelBroadcast(id: $id) { id status }
  }
`);
const RECALL_BROADCAST = graphql(`
  mutation AuthzRecallBroadcast($id: ID!) {
    recallBroadcast(id: $id) { id status }
  }
`);

export const cases = [
  authzCase({
    name: 'cancelBroadcast of the send to the target',
    field: 'cancelBroadcast',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(CANCEL_BROADCAST, { id: target.broadcastId }, token),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'recallBroadcast of the send to the target',
    field: 'recallBroadcast',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(RECALL_BROADCAST, { id: target.broadcastId }, token),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'broadcasts lists only what the viewer sent or heads',
    field: 'broadcasts',
    kind: 'query',
    run: ({ token }, { app }) => app.gql(BROADCASTS, {}, token),
    expect: {
      'head of another office': 'data',
      'caretaker of other companies': 'data',
      'client of another company': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
    check: (data, { target }) => {
      const ids = data.broadcasts.edges.map((e) => e.node.id);
      expect(ids).not.toContain(target.broadcastId);
      expect(ids).not.toContain(target.emailBroadcastId);
    },
  }),
  authzCase({
    name: 'broadcast(id).recipients of the send to the target',
    field: 'broadcast',
    kind: 'query',
    run: ({ token, target }, { app }) => app.gql(RECIPIENTS, { id: target.broadcastId }, token),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'remindUnread of the send to the target',
    field: 'remindUnread',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(REMIND_UNREAD, { broadcastId: target.broadcastId, body: 'Przypomnienie' }, token),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
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

  it('lets the head of the office list, read the report of and remind the target send', async () => {
    const { app, a, targets } = world;
    const target = targets.a1;
    const listed = ok(await app.gql(BROADCASTS, {}, a.head.token)).broadcasts;
    expect(listed.edges.map((e) => e.node.id)).toContain(target.broadcastId);
    const report = ok(await app.gql(RECIPIENTS, { id: target.broadcastId }, a.head.token));
    expect(report.broadcast?.recipients.edges.map((e) => e.node.company.id)).toEqual([
      target.company.company.id,
    ]);
    const response = await app.gql(
      REMIND_UNREAD,
      { broadcastId: target.broadcastId },
      a.head.token,
    );
    // The target's client read nothing, or everything: either a reminder or a clear refusal.
    if (report.broadcast?.recipients.edges[0]?.node.read)
      expect(codes(response)).toEqual(['PRECONDITION_FAILED']);
    else expect(ok(response).remindUnread.recipientCount).toBe(1);
  });

  it('refuses a client the list and the reminder of a send to their own company', async () => {
    const target = world.targets.a0;
    await expectForbiddenAndUnchanged(target, [
      [
        'cancelBroadcast',
        () =>
          world.app.gql(CANCEL_BROADCAST, { id: target.broadcastId }, target.company.client.token),
      ],
      [
        'recallBroadcast',
        () =>
          world.app.gql(RECALL_BROADCAST, { id: target.broadcastId }, target.company.client.token),
      ],
      [
        'remindUnread',
        () =>
          world.app.gql(
            REMIND_UNREAD,
            { broadcastId: target.broadcastId },
            target.company.client.token,
          ),
      ],
      ['broadcasts', () => world.app.gql(BROADCASTS, {}, target.company.client.token)],
    ]);
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
