import { randomUUID } from 'node:crypto';
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
import { uniqueNip } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok } from '../../../test/harness.js';

const OFFICES = graphql(`
  query AuthzOffices {
    offices(status: VERIFIED, first: 100) {
      edges {
        node {
          id name verification smtpConfigured canSendEmail
          smtpIntegration { host port username fromAddress }
        }
      }
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
const SIGN_UP_OFFICE = graphql(`
  mutation AuthzSignUpOffice($input: SignUpOfficeInput!) {
    signUpOffice(input: $input) { token user { email role office { id verification } } }
  }
`);
const SET_OFFICE_LOGO = graphql(`
  mutation AuthzSetOfficeLogo($uploadId: ID) {
    setOfficeLogo(uploadId: $uploadId) { id logo { id } }
  }
`);
const REQUEST_OFFICE_VERIFICATION = graphql(`
  mutation AuthzRequestOfficeVerification {
    requestOfficeVerification { id verification }
  }
`);

/** Sets an office's verification behind the API (to put back what the matrix relies on). */
const setVerification = (officeId: string, verification: string) =>
  world.app.orm.em
    .fork()
    .execute('update office set verification = ? where id = ?', [verification, officeId]);

export const cases = [
  authzCase({
    name: 'signUpOffice makes a new office of its own, whoever calls',
    field: 'signUpOffice',
    kind: 'mutation',
    run: ({ token }, { app }) =>
      app.gql(
        SIGN_UP_OFFICE,
        {
          input: {
            officeName: `Nowe Biuro ${randomUUID().slice(0, 8)}`,
            nip: uniqueNip(),
            headName: 'Nowa Szefowa',
            email: `nowe-biuro-${randomUUID().slice(0, 8)}@authz.test`,
            password: 'Zielony-Kalkulator-2026',
          },
        },
        token,
      ),
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
      anonymous: 'data',
    },
    check: (data, _actor, { a, b }) => {
      expect(data.signUpOffice.user.role).toBe('OFFICE_HEAD');
      expect(data.signUpOffice.user.office?.verification).toBe('UNVERIFIED');
      expect([a.office.id, b.office.id]).not.toContain(data.signUpOffice.user.office?.id);
    },
  }),
  authzCase({
    name: 'requestOfficeVerification moves the caller’s own office only, never office A',
    field: 'requestOfficeVerification',
    kind: 'mutation',
    run: async ({ name, token }, { app, b }) => {
      // Office B's head asks for B, made UNVERIFIED for the call and put back after it.
      if (name === 'head of another office') await setVerification(b.office.id, 'UNVERIFIED');
      try {
        return await app.gql(REQUEST_OFFICE_VERIFICATION, {}, token);
      } finally {
        if (name === 'head of another office') await setVerification(b.office.id, 'VERIFIED');
      }
    },
    expect: {
      'head of another office': 'data',
      'client of another company': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
    check: (data, _actor, { b }) =>
      expect(data.requestOfficeVerification).toEqual({ id: b.office.id, verification: 'PENDING' }),
  }),
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
      // Newest first: the world's two offices are among the latest verified ones.
      const offices = data.offices.edges.map((e) => e.node);
      const byId = new Map(offices.map((o) => [o.id, o]));
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
      for (const office of offices) expect(office.smtpIntegration).toBeNull();
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
    name: 'setOfficeLogo sets the caller’s own office’s logo, never office A’s',
    field: 'setOfficeLogo',
    kind: 'mutation',
    run: ({ token }, { app }) => app.gql(SET_OFFICE_LOGO, { uploadId: null }, token),
    expect: {
      'head of another office': 'data',
      'client of another company': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
    check: (data, _actor, { b }) =>
      expect(data.setOfficeLogo).toEqual({ id: b.office.id, logo: null }),
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
