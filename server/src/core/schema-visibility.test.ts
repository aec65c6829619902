import { buildSchema, getIntrospectionQuery, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../test/factories.js';
import { codes, type GraphQLResponse, startTestApp, type TestApp } from '../../test/harness.js';
import { rawSocket } from '../../test/raw-socket.js';
import { loadConfig } from '../config.js';
import type { Actor } from './context.js';
import { SchemaVisibility } from './schema-visibility.js';

const TYPO = '{ compnies(first: 1) { totalCount } }';
/** What GraphiQL sends by default: deeper than the playground's own (client/src/features/playground/fetcher.ts). */
const introspectionQuery = getIntrospectionQuery();

async function post(
  app: TestApp,
  query: string,
  token?: string,
): Promise<{ status: number; body: GraphQLResponse }> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse };
}

describe('the schema in production (INTROSPECTION=authenticated, its default there)', () => {
  let app: TestApp;
  let f: OfficeFixture;

  beforeAll(async () => {
    const production = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/ledgerpost',
      SECRET_KEY: 'ab'.repeat(32),
      SYSTEM_SMTP_URL: 'smtp://smtp.example.pl:587',
      SYSTEM_MAIL_FROM: 'no-reply@example.pl',
    });
    expect(production.introspection).toBe('authenticated');
    expect(loadConfig({ NODE_ENV: 'development' }).introspection).toBe('on');
    app = await startTestApp({ env: 'production', introspection: production.introspection });
    f = await officeFixture(app, { companies: 1 });
  });
  afterAll(() => app.stop());

  it('refuses introspection to anonymous requests, hidden in fragments or not', async () => {
    for (const query of [
      introspectionQuery,
      '{ __type(name: "Company") { fields { name } } }',
      '{ ...S } fragment S on Query { __schema { queryType { name } } }',
    ]) {
      const { status, body } = await post(app, query);
      expect(status).toBe(400);
      expect(body.data ?? null).toBeNull();
      expect(codes(body)).toEqual(['UNAUTHENTICATED']);
      expect(JSON.stringify(body)).not.toContain('Company');
    }
    // __typename is no introspection of the schema.
    expect((await post(app, '{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('gives a logged-in user the introspection GraphiQL sends, within every query limit', async () => {
    const { status, body } = await post(app, introspectionQuery, f.head.token);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const types = (
      body.data as { __schema: { types: Array<{ name: string }> } }
    ).__schema.types.map((t) => t.name);
    expect(types).toContain('Company');
  });

  it('leaves "Did you mean" out of errors for anonymous requests, and in for logged-in users', async () => {
    const anonymous = await post(app, TYPO);
    expect(codes(anonymous.body)).toEqual(['BAD_USER_INPUT']);
    expect(anonymous.body.errors![0]!.message).toBe(
      'Cannot query field "compnies" on type "Query".',
    );
    const loggedIn = await post(app, TYPO, f.head.token);
    expect(loggedIn.body.errors![0]!.message).toBe(
      'Cannot query field "compnies" on type "Query". Did you mean "companies" or "company"?',
    );

    // Over the socket too: an error for an anonymous socket names nothing of the schema.
    const socket = await rawSocket(app.url);
    socket.subscribe('typo', 'subscription { unredCountChanged { count } }');
    const refusal = await socket.message((m) => m.id === 'typo');
    expect(refusal.payload).toEqual([
      {
        message: 'Cannot query field "unredCountChanged" on type "Subscription".',
        locations: [{ line: 1, column: 16 }],
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    socket.socket.close();
  });
});

describe('SchemaVisibility', () => {
  const schema = buildSchema('type Query { company: String }');
  const introspection = parse('{ __schema { types { name } } }');
  const typo = [
    { message: 'Cannot query field "compny" on type "Query". Did you mean "company"?' },
  ];
  const actor = {
    userId: 'u',
    role: 'OFFICE_HEAD',
    officeId: 'o',
    companyIds: [],
    sessionId: 's',
  } as unknown as Actor;

  it('INTROSPECTION=off refuses everyone and hides every suggestion', () => {
    const off = new SchemaVisibility(schema, 'off');
    expect(off.refusal(introspection, actor)?.extensions.code).toBe('FORBIDDEN');
    expect(off.shown(actor, typo)[0]?.message).toBe('Cannot query field "compny" on type "Query".');
  });

  it('INTROSPECTION=on lets anyone see the schema', () => {
    const on = new SchemaVisibility(schema, 'on');
    expect(on.refusal(introspection, null)).toBeUndefined();
    expect(on.shown(null, typo)).toEqual(typo);
  });
});
