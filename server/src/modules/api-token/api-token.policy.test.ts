import fs from 'node:fs/promises';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildCaretaker, buildHead } from '../../core/actor.builders.js';
import type { StaffActor } from '../../core/context.js';
import { SCHEMA_FILE } from '../../emit-schema.js';
import { ApiScope } from './api-token.entity.js';
import {
  HUMAN_ONLY,
  operationRefusal,
  ROOT_FIELD_SCOPES,
  requiredScope,
  tokenHasScope,
} from './api-token.policy.js';

const OFFICE = '00000000-0000-4000-8000-000000000001';

function tokenActor(...scopes: ApiScope[]): StaffActor {
  const head = buildHead(OFFICE);
  return { ...head, token: { id: head.sessionId, scopes } };
}

const refusal = (actor: StaffActor, query: string, operationName?: string) =>
  operationRefusal(actor, parse(query), operationName)?.extensions.code;

describe('API token scopes', () => {
  it('decide every query, mutation and subscription of schema.graphql', async () => {
    const schema = buildSchema(await fs.readFile(SCHEMA_FILE, 'utf8'));
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    const fields = roots.flatMap((type) => Object.keys(type?.getFields() ?? {}));
    expect(fields.length).toBeGreaterThan(10);
    // A new root field needs its line in ROOT_FIELD_SCOPES: a scope, or HUMAN_ONLY.
    expect(fields.filter((field) => !Object.hasOwn(ROOT_FIELD_SCOPES, field))).toEqual([]);
    // Queries and subscriptions only read; nothing that writes is READ.
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(mutations.filter((m) => ROOT_FIELD_SCOPES[m] === ApiScope.READ)).toEqual([]);
    const subscriptions = Object.keys(schema.getSubscriptionType()?.getFields() ?? {});
    expect(subscriptions.map((s) => ROOT_FIELD_SCOPES[s])).toEqual(
      subscriptions.map(() => ApiScope.READ),
    );
  });

  it('keep tokens away from tokens, sessions, passwords and settings', () => {
    for (const field of [
      'createApiToken',
      'revokeApiToken',
      'apiTokens',
      'logout',
      'changePassword',
      'revokeSession',
      'updateSmtpIntegration',
    ])
      expect(requiredScope(field), field).toBe(HUMAN_ONLY);
  });

  it('refuse a field nobody decided (deny by default)', () => {
    expect(requiredScope('someFutureMutation')).toBe(HUMAN_ONLY);
    expect(requiredScope('constructor')).toBe(HUMAN_ONLY);
    expect(requiredScope('__proto__')).toBe(HUMAN_ONLY);
  });

  it('refuse an operation by any of its root fields, through fragments and aliases', () => {
    const read = tokenActor(ApiScope.READ);
    expect(refusal(read, '{ companies(first: 1) { totalCount } }')).toBeUndefined();
    expect(refusal(read, '{ __typename }')).toBeUndefined();
    expect(
      refusal(read, 'mutation { sendBulkNotification(input: {companyIds: [], body: "x"}) { id } }'),
    ).toBe('FORBIDDEN');
    expect(
      refusal(
        read,
        'mutation M { ...F } fragment F on Mutation { x: sendMessage(input: {companyId: "1", body: "b"}) { id } }',
      ),
    ).toBe('FORBIDDEN');
    expect(refusal(read, '{ ... on Query { apiTokens { id } } }')).toBe('FORBIDDEN');
    // The operation that runs is the one judged.
    const two = 'query A { companies(first: 1) { totalCount } } mutation B { logout }';
    expect(refusal(read, two, 'A')).toBeUndefined();
    expect(refusal(read, two, 'B')).toBe('FORBIDDEN');
    const notify = tokenActor(ApiScope.NOTIFY);
    expect(refusal(notify, 'subscription { unreadCountChanged { count } }')).toBe('FORBIDDEN');
    expect(
      refusal(notify, 'mutation { sendMessage(input: {companyId: "1", body: "b"}) { id } }'),
    ).toBeUndefined();
  });

  it('leave people to their roles', () => {
    const head = buildHead(OFFICE);
    expect(operationRefusal(head, parse('mutation { logout }'), undefined)).toBeUndefined();
    expect(tokenHasScope(buildCaretaker(OFFICE), [ApiScope.READ])).toBe(true);
    expect(tokenHasScope(null, [ApiScope.READ])).toBe(true);
    expect(tokenHasScope(tokenActor(ApiScope.NOTIFY), [ApiScope.READ])).toBe(false);
    expect(tokenHasScope(tokenActor(ApiScope.EMAIL), [ApiScope.NOTIFY, ApiScope.EMAIL])).toBe(true);
  });
});
