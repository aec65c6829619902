import { expect, it } from 'vitest';
import {
  authorizationMatrix,
  authzCase,
  COMPANY,
  expectNoLeak,
  type Target,
  type World,
  world,
} from '../../../test/authz.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok } from '../../../test/harness.js';

const ME = graphql(`
  query AuthzMe {
    me { id role companies { id name } }
  }
`);
const MY_RECORDS = graphql(`
  query AuthzMyRecords {
    me {
      companies {
        id
        emails(first: 100) { totalCount edges { node { id subject } } }
        declarations { id }
      }
    }
  }
`);
const MY_OFFICE = graphql(`
  query AuthzMyOffice {
    me {
      role
      office {
        id verification smtpConfigured canSendEmail
        smtpIntegration { host port username fromAddress fromName }
      }
    }
  }
`);

const REQUEST_RESET = graphql(`
  mutation AuthzRequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);
const RESET = graphql(`
  mutation AuthzResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) { token user { id email } }
  }
`);
const CHANGE = graphql(`
  mutation AuthzChangePassword($current: String!, $next: String!) {
    changePassword(currentPassword: $current, newPassword: $next)
  }
`);
const SESSIONS = graphql(`
  query AuthzMySessions {
    mySessions { id current userAgent }
  }
`);
const UPDATE_ME = graphql(`
  mutation AuthzUpdateMyAccount($input: UpdateMyAccountInput!) {
    updateMyAccount(input: $input) { id language }
  }
`);
const REVOKE_SESSION = graphql(`
  mutation AuthzRevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);
const DEACTIVATE = graphql(`
  mutation AuthzDeactivateUser($id: ID!) {
    deactivateUser(id: $id) { id email deactivatedAt }
  }
`);

/** A live session of the target company's client. */
async function targetSessionId(world: World, target: Target): Promise<string> {
  const [row] = await world.app.orm.em
    .fork()
    .execute<Array<{ id: string }>>(
      'select id from session where user_id = ? and revoked_at is null order by created_at limit 1',
      [target.company.client.user.id],
    );
  return row!.id;
}

export const cases = [
  authzCase({
    name: 'me.companies does not include the target',
    field: 'me',
    kind: 'query',
    run: ({ token }, { app }) => app.gql(ME, {}, token),
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
      anonymous: 'data',
    },
    check: (data, { name, target }) => {
      if (name === 'anonymous') return expect(data.me).toBeNull();
      expect(data.me!.companies.map((c) => c.id)).not.toContain(target.company.company.id);
    },
  }),
  authzCase({
    name: 'me.companies shows the emails and declarations of the viewer’s own companies only',
    field: 'me',
    kind: 'query',
    run: ({ token }, { app }) => app.gql(MY_RECORDS, {}, token),
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
      anonymous: 'data',
    },
    check: (data, { name, target }, { targets }) => {
      if (name === 'anonymous') return expect(data.me).toBeNull();
      const companies = data.me!.companies;
      const declarations = companies.flatMap((c) => c.declarations.map((d) => d.id));
      for (const id of target.declarationIds) expect(declarations).not.toContain(id);
      if (name !== 'client of another company') return expect(companies).toEqual([]);
      // The client of A1 sees A1 alone: its one email and every declaration of its own.
      const own = targets.a1;
      expect(companies.map((c) => c.id)).toEqual([own.company.company.id]);
      expect(companies[0]!.emails).toMatchObject({
        totalCount: 1,
        edges: [{ node: { subject: own.emailSubject } }],
      });
      expect([...declarations].sort()).toEqual([...own.declarationIds].sort());
      expect(declarations).toContain(own.declarationId);
    },
  }),
  authzCase({
    name: 'me.office.smtpIntegration is there for the office’s own head only',
    field: 'me',
    kind: 'query',
    run: ({ token }, { app }) => app.gql(MY_OFFICE, {}, token),
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
      anonymous: 'data',
    },
    check: (data, { name }, { a, b, smtpAccounts }) => {
      switch (name) {
        case 'anonymous':
          return expect(data.me).toBeNull();
        case 'head of another office':
          return expect(data.me!.office).toMatchObject({
            id: b.office.id,
            canSendEmail: true,
            smtpIntegration: {
              host: '127.0.0.1',
              username: smtpAccounts.b.username,
              fromAddress: smtpAccounts.b.fromAddress,
            },
          });
        case 'caretaker of other companies':
          // Office A's caretaker learns that the office can email, not how.
          return expect(data.me!.office).toMatchObject({
            id: a.office.id,
            smtpConfigured: true,
            canSendEmail: true,
            smtpIntegration: null,
          });
        default:
          return expect(data.me!.office).toBeNull();
      }
    },
  }),
  authzCase({
    name: 'requestPasswordReset answers true for anyone, whatever the email',
    field: 'requestPasswordReset',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(REQUEST_RESET, { email: target.company.client.user.email }, token),
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
      anonymous: 'data',
    },
    check: (data) => expect(data.requestPasswordReset).toBe(true),
  }),
  authzCase({
    name: 'resetPassword with a token that is no link logs no one in',
    field: 'resetPassword',
    kind: 'mutation',
    run: ({ token }, { app }) =>
      app.gql(RESET, { token: 'a'.repeat(43), password: 'Zielony-Parasol-Nad-Wisla' }, token),
    expect: { anonymous: 'NOT_FOUND' },
  }),
  authzCase({
    name: 'changePassword needs the caller’s own current password',
    field: 'changePassword',
    kind: 'mutation',
    run: ({ token }, { app }) =>
      app.gql(CHANGE, { current: 'not the password', next: 'Zielony-Parasol-Nad-Wisla' }, token),
    expect: {
      'head of another office': 'BAD_USER_INPUT',
      'client of another company': 'BAD_USER_INPUT',
      'caretaker of other companies': 'BAD_USER_INPUT',
      'platform admin': 'BAD_USER_INPUT',
    },
  }),
  authzCase({
    name: 'mySessions lists the caller’s own sessions only',
    field: 'mySessions',
    kind: 'query',
    run: ({ token }, { app }) => app.gql(SESSIONS, {}, token),
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
    },
    check: (data) => {
      expect(data.mySessions.filter((s) => s.current)).toHaveLength(1);
    },
  }),
  authzCase({
    name: 'updateMyAccount changes the caller’s own account only',
    field: 'updateMyAccount',
    kind: 'mutation',
    run: ({ token }, { app }) => app.gql(UPDATE_ME, { input: { language: 'EN' } }, token),
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
    },
    check: (data, { target }, { a }) => {
      expect(data.updateMyAccount.language).toBe('EN');
      // Never the target company's client, nor office A's head.
      expect([a.head.user.id, target.company.client.user.id]).not.toContain(
        data.updateMyAccount.id,
      );
    },
  }),
  authzCase({
    name: 'revokeSession of the target’s client is NOT_FOUND and leaves it working',
    field: 'revokeSession',
    kind: 'mutation',
    run: async ({ token, target }, w) => {
      const response = await w.app.gql(
        REVOKE_SESSION,
        { id: await targetSessionId(w, target) },
        token,
      );
      expect(ok(await w.app.gql(ME, {}, target.company.client.token)).me?.id).toBe(
        target.company.client.user.id,
      );
      return response;
    },
  }),
  authzCase({
    name: 'deactivateUser of the target’s client: heads of their office only',
    field: 'deactivateUser',
    kind: 'mutation',
    run: async ({ token, target }, { app }) => {
      const response = await app.gql(DEACTIVATE, { id: target.company.client.user.id }, token);
      expect(ok(await app.gql(ME, {}, target.company.client.token)).me?.id).toBe(
        target.company.client.user.id,
      );
      return response;
    },
    expect: {
      'client of another company': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
  }),
];

authorizationMatrix(import.meta.url, 'auth', cases, () => {
  it('has real targets: office heads read their own SMTP settings', async () => {
    const { app, a, b, smtpAccounts } = world;
    // Office A's head reads its SMTP settings; both offices may email.
    expect(ok(await app.gql(MY_OFFICE, {}, a.head.token)).me!.office).toMatchObject({
      id: a.office.id,
      canSendEmail: true,
      smtpIntegration: {
        username: smtpAccounts.a.username,
        fromAddress: smtpAccounts.a.fromAddress,
      },
    });
    expect(ok(await app.gql(MY_OFFICE, {}, b.head.token)).me!.office).toMatchObject({
      id: b.office.id,
      canSendEmail: true,
    });
  });

  it('is UNAUTHENTICATED with a token that is not a session, and sees nothing', async () => {
    const { app, targets } = world;
    const response = await app.gql(
      COMPANY,
      { id: targets.a0.company.company.id },
      'not-a-real-token',
    );
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data?.company ?? null).toBeNull();
    expectNoLeak(response, targets.a0);
  });
});
