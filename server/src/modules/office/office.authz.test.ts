import { describe, expect, it } from 'vitest';
import {
  authorizationMatrix,
  authzCase,
  expectForbiddenAndUnchanged,
  smtpInput,
  snapshot,
  UPDATE_SMTP_INTEGRATION,
  world,
} from '../../../test/authz.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok } from '../../../test/harness.js';

const OFFICES = graphql(`
  query AuthzOffices {
    offices {
      id name verification smtpConfigured canSendEmail
      smtpIntegration { host port username fromAddress }
    }
  }
`);
const SET_OFFICE_VERIFICATION = graphql(`
  mutation AuthzSetOfficeVerification($officeId: ID!, $status: OfficeVerification!) {
    setOfficeVerification(officeId: $officeId, status: $status) { id verification }
  }
`);
const TEST_SMTP_INTEGRATION = graphql(`
  mutation AuthzTestSmtpIntegration {
    testSmtpIntegration
  }
`);

export const cases = [
  authzCase({
    name: 'offices',
    field: 'offices',
    kind: 'query',
    run: ({ token }, { app }) => app.gql(OFFICES, {}, token),
    expect: {
      'head of another office': 'FORBIDDEN',
      'client of another company': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'data',
    },
    check: (data, _actor, { a, b }) => {
      const byId = new Map(data.offices.map((o) => [o.id, o]));
      expect(byId.get(a.office.id)).toMatchObject({
        verification: 'VERIFIED',
        smtpConfigured: true,
        canSendEmail: true,
      });
      expect(byId.get(b.office.id)).toMatchObject({
        verification: 'VERIFIED',
        smtpConfigured: true,
        canSendEmail: true,
      });
      // The settings themselves stay with each office's head.
      for (const office of data.offices) expect(office.smtpIntegration).toBeNull();
    },
  }),
  authzCase({
    name: 'setOfficeVerification of office A',
    field: 'setOfficeVerification',
    kind: 'mutation',
    run: async ({ name, token }, { app, a }) => {
      const response = await app.gql(
        SET_OFFICE_VERIFICATION,
        { officeId: a.office.id, status: 'PENDING' },
        token,
      );
      // The platform admin may; put back what the rest of the matrix relies on.
      if (name === 'platform admin' && !response.errors?.length) {
        ok(
          await app.gql(
            SET_OFFICE_VERIFICATION,
            { officeId: a.office.id, status: 'VERIFIED' },
            token,
          ),
        );
      }
      return response;
    },
    expect: {
      'head of another office': 'FORBIDDEN',
      'client of another company': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'data',
    },
    check: (data, _actor, { a }) =>
      expect(data.setOfficeVerification).toEqual({ id: a.office.id, verification: 'PENDING' }),
  }),
  authzCase({
    name: 'updateSmtpIntegration changes the caller’s own office’s settings, never office A’s',
    field: 'updateSmtpIntegration',
    kind: 'mutation',
    run: ({ token }, { app, smtpAccounts }) =>
      app.gql(
        UPDATE_SMTP_INTEGRATION,
        { input: smtpInput(smtpAccounts.b, { fromName: 'Kancelaria B po zmianie' }) },
        token,
      ),
    expect: {
      'head of another office': 'data',
      'client of another company': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
    check: (data, _actor, { smtp, smtpAccounts }) =>
      expect(data.updateSmtpIntegration).toEqual({
        host: '127.0.0.1',
        port: smtp.port,
        username: smtpAccounts.b.username,
        fromAddress: smtpAccounts.b.fromAddress,
        fromName: 'Kancelaria B po zmianie',
        lastTestedAt: null,
      }),
  }),
  authzCase({
    name: 'testSmtpIntegration tests the caller’s own office’s settings, never office A’s',
    field: 'testSmtpIntegration',
    kind: 'mutation',
    run: ({ token }, { app }) => app.gql(TEST_SMTP_INTEGRATION, {}, token),
    expect: {
      'head of another office': 'data',
      'client of another company': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
    check: (data, _actor, { smtp, smtpAccounts }) => {
      expect(data.testSmtpIntegration).toBe(true);
      expect(smtp.logins.at(-1)).toEqual({ username: smtpAccounts.b.username, ok: true });
    },
  }),
];

authorizationMatrix(import.meta.url, 'office', cases, () => {
  describe('office and bookkeeping roles', () => {
    it('nobody but a platform admin sets an office’s verification, not even of their own office', async () => {
      const { app, a, b, targets } = world;
      const before = await snapshot(targets.a0);
      for (const [token, officeId] of [
        [a.head.token, a.office.id],
        [b.head.token, b.office.id],
        [a.caretaker.token, a.office.id],
      ] as const) {
        const response = await app.gql(
          SET_OFFICE_VERIFICATION,
          { officeId, status: 'UNVERIFIED' },
          token,
        );
        expect(codes(response)).toEqual(['FORBIDDEN']);
        expect(response.data ?? null).toBeNull();
      }
      expect(await snapshot(targets.a0)).toEqual(before);
    });

    it('a client may not set or test the SMTP settings of their company’s office', async () => {
      const { app, smtpAccounts, targets } = world;
      const target = targets.a0;
      const token = target.company.client.token;
      await expectForbiddenAndUnchanged(target, [
        [
          'updateSmtpIntegration',
          () =>
            app.gql(
              UPDATE_SMTP_INTEGRATION,
              { input: smtpInput(smtpAccounts.a, { host: 'smtp.klient.test' }) },
              token,
            ),
        ],
        ['testSmtpIntegration', () => app.gql(TEST_SMTP_INTEGRATION, {}, token)],
      ]);
    });
  });
});
