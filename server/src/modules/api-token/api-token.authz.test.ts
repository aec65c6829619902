import { describe, expect, it } from 'vitest';
import { authorizationMatrix, authzCase, COMPANY, world } from '../../../test/authz.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, oneRow, type TestApp } from '../../../test/harness.js';

const API_TOKENS = graphql(`
  query AuthzApiTokens {
    apiTokens { id name scopes hint }
  }
`);
const CREATE_API_TOKEN = graphql(`
  mutation AuthzCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) { token apiToken { id name } }
  }
`);
const REVOKE_API_TOKEN = graphql(`
  mutation AuthzRevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) { id revokedAt }
  }
`);

/** A fresh token of office A, made by its head. */
async function tokenOfA(app: TestApp) {
  return ok(
    await app.gql(
      CREATE_API_TOKEN,
      { input: { name: 'Integracja biura A', scopes: ['READ', 'NOTIFY', 'EMAIL', 'BOOKKEEPING'] } },
      world.a.head.token,
    ),
  ).createApiToken;
}

async function revokedAt(app: TestApp, id: string): Promise<Date | null> {
  return (
    await oneRow<{ revoked_at: Date | null }>(
      app.orm.em.fork(),
      'select revoked_at from api_token where id = ?',
      [id],
    )
  ).revoked_at;
}

export const cases = [
  authzCase({
    name: 'apiTokens',
    field: 'apiTokens',
    kind: 'query',
    run: async ({ token }, { app }) => {
      await tokenOfA(app);
      return app.gql(API_TOKENS, {}, token);
    },
    expect: {
      'head of another office': 'data',
      'client of another company': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
    check: (data) => {
      expect(data.apiTokens.map((t) => t.name)).not.toContain('Integracja biura A');
    },
  }),
  authzCase({
    name: 'createApiToken',
    field: 'createApiToken',
    kind: 'mutation',
    run: ({ token }, { app }) =>
      app.gql(CREATE_API_TOKEN, { input: { name: 'Obca integracja', scopes: ['READ'] } }, token),
    expect: {
      'head of another office': 'data',
      'client of another company': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
    check: (data) => {
      // A head makes tokens of their own office only.
      expect(data.createApiToken.token).toMatch(/^lp_/);
    },
  }),
  authzCase({
    name: 'revokeApiToken of office A',
    field: 'revokeApiToken',
    kind: 'mutation',
    run: async ({ token }, { app }) => {
      const target = await tokenOfA(app);
      const response = await app.gql(REVOKE_API_TOKEN, { id: target.apiToken.id }, token);
      // Whoever was refused, the token still works.
      expect(await revokedAt(app, target.apiToken.id)).toBeNull();
      return response;
    },
    expect: {
      'client of another company': 'FORBIDDEN',
      'caretaker of other companies': 'FORBIDDEN',
      'platform admin': 'FORBIDDEN',
    },
  }),
];

authorizationMatrix(import.meta.url, 'api-token', cases, () => {
  describe('API tokens', () => {
    it('a token of office B sees nothing of office A', async () => {
      const { app, b, targets } = world;
      const { createApiToken } = ok(
        await app.gql(
          CREATE_API_TOKEN,
          { input: { name: 'B', scopes: ['READ', 'NOTIFY', 'EMAIL', 'BOOKKEEPING'] } },
          b.head.token,
        ),
      );
      const response = await app.gql(
        COMPANY,
        { id: targets.a0.company.company.id },
        createApiToken.token,
      );
      expect(response.data?.company ?? null).toBeNull();
      expect(codes(response)).toEqual(['NOT_FOUND']);
      const office = await oneRow<{ office_id: string }>(
        app.orm.em.fork(),
        'select office_id from api_token where id = ?',
        [createApiToken.apiToken.id],
      );
      expect(office.office_id).toBe(b.office.id);
    });

    it('a token of office A sees what its head sees', async () => {
      const { app, a, targets } = world;
      const { token } = await tokenOfA(app);
      const asToken = ok(await app.gql(COMPANY, { id: targets.a1.company.company.id }, token));
      const asHead = ok(
        await app.gql(COMPANY, { id: targets.a1.company.company.id }, a.head.token),
      );
      expect(asToken).toEqual(asHead);
    });
  });
});
