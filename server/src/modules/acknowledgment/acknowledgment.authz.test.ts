import { describe, expect, it } from 'vitest';
import {
  actor,
  authorizationMatrix,
  authzCase,
  expectNoLeak,
  foreign,
  subscribeOnce,
  world,
} from '../../../test/authz.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, subscribe } from '../../../test/harness.js';

const AUTHZ_ACKNOWLEDGE = graphql(`
  mutation AuthzAcknowledgeMessage($id: ID!) {
    acknowledgeMessage(id: $id) { id body acknowledgedAt acknowledgedBy { id name } }
  }
`);
const AUTHZ_MESSAGE_ACKNOWLEDGED = graphql(`
  subscription AuthzMessageAcknowledged($companyId: ID) {
    messageAcknowledged(companyId: $companyId) { id body company { id name } }
  }
`);
const AUTHZ_ACK_NOTIFY = graphql(`
  mutation AuthzAckNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id }
  }
`);
const AUTHZ_ACK_REQUESTS = graphql(`
  query AuthzAckRequests($id: ID!) {
    company(id: $id) { acknowledgmentRequests { edges { node { id acknowledgedAt } } } }
  }
`);

export const cases = [
  authzCase({
    name: 'acknowledgeMessage of a message of the target thread',
    field: 'acknowledgeMessage',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(AUTHZ_ACKNOWLEDGE, { id: target.messageId }, token),
    // Staff never confirm in a client's name: refused by role, whatever the office.
    expect: {
      'head of another office': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
  }),
  authzCase({
    name: 'messageAcknowledged(companyId) of the target',
    field: 'messageAcknowledged',
    kind: 'subscription',
    run: ({ token, target }) =>
      subscribeOnce(token, AUTHZ_MESSAGE_ACKNOWLEDGED, { companyId: target.company.company.id }),
  }),
];

authorizationMatrix(import.meta.url, 'acknowledgment', cases, () => {
  describe('messages of the targets that ask for a confirmation', () => {
    it('stay unconfirmed whoever else tries, nobody else hears of them, and their own clients confirm them', async () => {
      const { app, a, targets } = world;
      const companies = [targets.a0.company, targets.a1.company];
      const sent = ok(
        await app.gql(
          AUTHZ_ACK_NOTIFY,
          {
            input: {
              companyIds: companies.map((c) => c.company.id),
              body: 'Potwierdź odbiór',
              requireAcknowledgment: true,
            },
          },
          a.head.token,
        ),
      ).sendBulkNotification;
      const rows = await app.orm.em
        .fork()
        .execute<Array<{ id: string; company_id: string }>>(
          'select id, company_id from message where broadcast_id = ?',
          [sent.id],
        );
      const messageOf = new Map(rows.map((r) => [r.company_id, r.id]));
      // Everyone else listens to every thread they see.
      const listeners = foreign.map((name) => ({
        who: actor(name),
        sub: subscribe(app.ws(actor(name).token), AUTHZ_MESSAGE_ACKNOWLEDGED, {}),
      }));
      const head = subscribe(app.ws(a.head.token), AUTHZ_MESSAGE_ACKNOWLEDGED, {});
      await head.pending(200);
      for (const { who } of listeners) {
        const id = messageOf.get(who.target.company.company.id)!;
        const response = await app.gql(AUTHZ_ACKNOWLEDGE, { id }, who.token);
        expect(codes(response), who.name).toEqual([
          who.name === 'client of another company' ? 'NOT_FOUND' : 'FORBIDDEN',
        ]);
        expect(response.data ?? null).toBeNull();
      }
      for (const { company } of companies) {
        const card = ok(await app.gql(AUTHZ_ACK_REQUESTS, { id: company.id }, a.head.token));
        expect(card.company?.acknowledgmentRequests.edges[0]?.node).toEqual({
          id: messageOf.get(company.id),
          acknowledgedAt: null,
        });
      }

      for (const { company, client } of companies)
        ok(await app.gql(AUTHZ_ACKNOWLEDGE, { id: messageOf.get(company.id)! }, client.token));
      const heard = [(await head.next()).data, (await head.next()).data].map(
        (d) => d?.messageAcknowledged.company.id,
      );
      expect(heard.sort()).toEqual(companies.map((c) => c.company.id).sort());
      for (const [i, { who, sub }] of listeners.entries()) {
        const events = [...sub.events, ...(await sub.pending(i === 0 ? 200 : 0))];
        // Their own companies' events would be fine; none of their target's arrives.
        expect(
          events.map((e) => e.data?.messageAcknowledged.company.id),
          who.name,
        ).not.toContain(who.target.company.company.id);
        for (const event of events) expectNoLeak(event, who.target);
        sub.dispose();
      }
      head.dispose();
    });
  });
});
