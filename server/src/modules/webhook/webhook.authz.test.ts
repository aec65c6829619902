import { describe, expect, it } from 'vitest';
import { authorizationMatrix, authzCase, world } from '../../../test/authz.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, oneRow, type TestApp } from '../../../test/harness.js';

const WEBHOOKS = graphql(`
  query AuthzWebhooks {
    webhooks { id url secret }
  }
`);
const CREATE_WEBHOOK = graphql(`
  mutation AuthzCreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) { id url secret }
  }
`);
const DELETE_WEBHOOK = graphql(`
  mutation AuthzDeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`);
const WEBHOOK_DELIVERIES = graphql(`
  query AuthzWebhookDeliveries($webhookId: ID!) {
    webhookDeliveries(webhookId: $webhookId) { totalCount edges { node { id event status } } }
  }
`);
const CREATE_API_TOKEN = graphql(`
  mutation AuthzWebhookApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) { token }
  }
`);

/** Nothing listens there, and no action of the matrix makes this event. */
const input = (name: string) => ({
  url: `http://127.0.0.1:9/${name}`,
  events: ['MESSAGE_ACKNOWLEDGED' as const],
});

let webhookOfA: { id: string; secret: string } | undefined;

/** Office A's webhook, made once by its head (the limit per office stays far). */
async function webhookOf(app: TestApp) {
  if (!webhookOfA) {
    const { createWebhook } = ok(
      await app.gql(CREATE_WEBHOOK, { input: input('biuro-a') }, world.a.head.token),
    );
    webhookOfA = { id: createWebhook.id, secret: createWebhook.secret! };
  }
  return webhookOfA;
}

async function stillThere(app: TestApp, id: string): Promise<boolean> {
  const row = await oneRow<{ n: number }>(
    app.orm.em.fork(),
    'select count(*)::int as n from webhook where id = ?',
    [id],
  );
  return row.n === 1;
}

const headsOnly = {
  'client of another company': 'FORBIDDEN',
  'caretaker of other companies': 'FORBIDDEN',
  'platform admin': 'FORBIDDEN',
} as const;

export const cases = [
  authzCase({
    name: 'webhooks',
    field: 'webhooks',
    kind: 'query',
    run: async ({ token }, { app }) => {
      await webhookOf(app);
      return app.gql(WEBHOOKS, {}, token);
    },
    expect: { 'head of another office': 'data', ...headsOnly },
    check: (data) => {
      // Office B's own only, and never a secret.
      expect(data.webhooks.map((w) => w.url)).not.toContain('http://127.0.0.1:9/biuro-a');
      expect(data.webhooks.every((w) => w.secret === null)).toBe(true);
    },
  }),
  authzCase({
    name: 'createWebhook',
    field: 'createWebhook',
    kind: 'mutation',
    run: ({ token }, { app }) => app.gql(CREATE_WEBHOOK, { input: input('obcy') }, token),
    expect: { 'head of another office': 'data', ...headsOnly },
    check: (data) => {
      // A head makes webhooks of their own office only; the secret is shown this once.
      expect(data.createWebhook.secret).toMatch(/^whsec_/);
    },
  }),
  authzCase({
    name: 'deleteWebhook of office A',
    field: 'deleteWebhook',
    kind: 'mutation',
    run: async ({ token }, { app }) => {
      const { id } = await webhookOf(app);
      const response = await app.gql(DELETE_WEBHOOK, { id }, token);
      expect(await stillThere(app, id)).toBe(true);
      return response;
    },
    expect: headsOnly,
  }),
  authzCase({
    name: 'webhookDeliveries of office A',
    field: 'webhookDeliveries',
    kind: 'query',
    run: async ({ token }, { app }) =>
      app.gql(WEBHOOK_DELIVERIES, { webhookId: (await webhookOf(app)).id }, token),
    expect: headsOnly,
  }),
];

authorizationMatrix(import.meta.url, 'webhook', cases, () => {
  describe('API tokens', () => {
    it('with WEBHOOKS manage the office’s webhooks; without it, or of another office, they may not', async () => {
      const { app, a, b } = world;
      const tokenOf = async (head: string, scopes: Array<'READ' | 'WEBHOOKS'>) =>
        ok(
          await app.gql(
            CREATE_API_TOKEN,
            { input: { name: `Webhooki ${scopes.join()}`, scopes } },
            head,
          ),
        ).createApiToken.token;
      const hooks = await tokenOf(a.head.token, ['WEBHOOKS']);
      const reader = await tokenOf(a.head.token, ['READ']);
      const other = await tokenOf(b.head.token, ['WEBHOOKS']);
      const { id } = await webhookOf(app);

      const made = ok(
        await app.gql(CREATE_WEBHOOK, { input: input('token') }, hooks),
      ).createWebhook;
      expect(ok(await app.gql(WEBHOOKS, {}, hooks)).webhooks.map((w) => w.id)).toEqual(
        expect.arrayContaining([id, made.id]),
      );
      expect(ok(await app.gql(DELETE_WEBHOOK, { id: made.id }, hooks)).deleteWebhook).toBe(true);

      for (const response of [
        await app.gql(WEBHOOKS, {}, reader),
        await app.gql(CREATE_WEBHOOK, { input: input('reader') }, reader),
        await app.gql(DELETE_WEBHOOK, { id }, reader),
      ])
        expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(codes(await app.gql(DELETE_WEBHOOK, { id }, other))).toEqual(['NOT_FOUND']);
      expect(codes(await app.gql(WEBHOOK_DELIVERIES, { webhookId: id }, other))).toEqual([
        'NOT_FOUND',
      ]);
      expect(await stillThere(app, id)).toBe(true);
    });
  });
});
