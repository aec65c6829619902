import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { authorizationMatrix, authzCase, world } from '../../../test/authz.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok } from '../../../test/harness.js';
import { Role } from '../auth/user.entity.js';
import { Invitation } from './invitation.entity.js';

const INVITE_STAFF = graphql(`
  mutation AuthzInviteStaff($input: InviteStaffInput!) {
    inviteStaff(input: $input) { id email role office { id } }
  }
`);
const INVITE_CLIENT = graphql(`
  mutation AuthzInviteClient($input: InviteClientInput!) {
    inviteClient(input: $input) { id email company { id name } }
  }
`);
const RESEND_INVITATION = graphql(`
  mutation AuthzResendInvitation($id: ID!) {
    resendInvitation(id: $id) { id email status }
  }
`);
const REVOKE_INVITATION = graphql(`
  mutation AuthzRevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) { id status }
  }
`);
const INVITATION = graphql(`
  query AuthzInvitation($token: String!) {
    invitation(token: $token) { officeName companyName role email expiresAt }
  }
`);
const ACCEPT_INVITATION = graphql(`
  mutation AuthzAcceptInvitation($token: String!, $password: String) {
    acceptInvitation(token: $token, password: $password) {
      token user { email role office { id } companies { id } }
    }
  }
`);
const OFFICE_INVITATIONS = graphql(`
  query AuthzOfficeInvitations {
    me { office { id invitations { id email } } }
  }
`);

/**
 * An invitation of office A made behind the API: a client one to the target company (sent by
 * A's head) or a staff one. Answers its id, its email and the token its link would carry.
 */
async function plantInvitation(
  company: { id: string } | null,
): Promise<{ id: string; email: string; token: string }> {
  const { a } = world;
  const token = randomBytes(32).toString('base64url');
  const em = world.app.orm.em.fork();
  const invitation = em.create(Invitation, {
    office: a.office.id,
    company: company?.id,
    email: `zaproszony-${randomUUID().slice(0, 8)}@authz.test`,
    name: 'Zaproszony',
    role: company ? Role.CLIENT : Role.CARETAKER,
    tokenHash: createHash('sha256').update(token).digest('hex'),
    expiresAt: new Date(Date.now() + 3_600_000),
    invitedBy: a.head.user.id,
  });
  await em.flush();
  return { id: invitation.id, email: invitation.email, token };
}

export const cases = [
  authzCase({
    name: 'inviteStaff invites to the caller’s own office only',
    field: 'inviteStaff',
    kind: 'mutation',
    run: ({ token }, { app }) =>
      app.gql(
        INVITE_STAFF,
        {
          input: {
            email: `kadra-${randomUUID().slice(0, 8)}@authz.test`,
            name: 'Kadra',
            role: 'CARETAKER',
          },
        },
        token,
      ),
    expect: {
      'head of another office': 'data',
      'client of another company': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
    check: (data, _actor, { b }) =>
      expect(data.inviteStaff).toMatchObject({ role: 'CARETAKER', office: { id: b.office.id } }),
  }),
  authzCase({
    name: 'inviteClient to the target company',
    field: 'inviteClient',
    kind: 'mutation',
    run: ({ token, target }, { app }) =>
      app.gql(
        INVITE_CLIENT,
        {
          input: {
            companyId: target.company.company.id,
            email: `klient-${randomUUID().slice(0, 8)}@authz.test`,
            name: 'Klient',
          },
        },
        token,
      ),
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'resendInvitation of an invitation to the target company',
    field: 'resendInvitation',
    kind: 'mutation',
    run: async ({ token, target }, { app }) => {
      const { id } = await plantInvitation(target.company.company);
      return app.gql(RESEND_INVITATION, { id }, token);
    },
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'revokeInvitation of an invitation to the target company',
    field: 'revokeInvitation',
    kind: 'mutation',
    run: async ({ token, target }, { app }) => {
      const { id } = await plantInvitation(target.company.company);
      return app.gql(REVOKE_INVITATION, { id }, token);
    },
    expect: { 'client of another company': 'FORBIDDEN', 'platform admin': 'FORBIDDEN' },
  }),
  authzCase({
    name: 'invitation shows its link’s holder who invites to what, and nothing else',
    field: 'invitation',
    kind: 'query',
    run: async ({ token }, { app }) => {
      const { token: link } = await plantInvitation(null);
      return app.gql(INVITATION, { token: link }, token);
    },
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
      anonymous: 'data',
    },
    check: (data, _actor, { a }) =>
      expect(data.invitation).toMatchObject({
        officeName: a.office.name,
        companyName: null,
        role: 'CARETAKER',
      }),
  }),
  authzCase({
    name: 'acceptInvitation makes the invited account, whoever holds the link',
    field: 'acceptInvitation',
    kind: 'mutation',
    run: async ({ token }, { app }) => {
      const planted = await plantInvitation(null);
      const response = await app.gql(
        ACCEPT_INVITATION,
        { token: planted.token, password: 'Zielony-Kalkulator-2026' },
        token,
      );
      if (!response.errors?.length)
        expect(response.data?.acceptInvitation.user.email).toBe(planted.email);
      return response;
    },
    expect: {
      'head of another office': 'data',
      'client of another company': 'data',
      'caretaker of other companies': 'data',
      'platform admin': 'data',
      anonymous: 'data',
    },
    check: (data, _actor, { a }) =>
      expect(data.acceptInvitation.user).toMatchObject({
        role: 'CARETAKER',
        office: { id: a.office.id },
        companies: [],
      }),
  }),
];

authorizationMatrix(import.meta.url, 'invitation', cases, () => {
  it('Office.invitations is the office’s own: another office’s head and a client see none of A’s', async () => {
    const { app, a, b, targets } = world;
    const planted = await plantInvitation(targets.a0.company.company);
    const ofA = ok(await app.gql(OFFICE_INVITATIONS, {}, a.head.token));
    expect(ofA.me?.office?.invitations.map((i) => i.id)).toContain(planted.id);
    for (const token of [b.head.token, a.companies[0]!.client.token]) {
      const seen = JSON.stringify(ok(await app.gql(OFFICE_INVITATIONS, {}, token)));
      expect(seen).not.toContain(planted.id);
      expect(seen).not.toContain(planted.email);
    }
    expect(codes(await app.gql(OFFICE_INVITATIONS, {}, b.head.token))).toEqual([]);
  });
});
