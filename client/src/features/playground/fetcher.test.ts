import fs from 'node:fs';
import path from 'node:path';
import { type Fetcher, type FetcherParams, fetcherReturnToPromise } from '@graphiql/toolkit';
import {
  buildClientSchema,
  buildSchema,
  graphqlSync,
  type IntrospectionQuery,
  Kind,
  parse,
  printSchema,
  type SelectionSetNode,
} from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  cleanToken,
  createPlaygroundFetcher,
  describeSocketError,
  introspectionQuery,
  socketUrl,
} from './fetcher';

/** Nesting of selection sets, counted as the server's depth limit does (fragments followed). */
function depth(query: string): number {
  const document = parse(query);
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [],
    ),
  );
  const walk = (set: SelectionSetNode, level: number): number =>
    Math.max(
      ...set.selections.map((s) => {
        if (s.kind === Kind.FIELD) return s.selectionSet ? walk(s.selectionSet, level + 1) : level;
        if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet, level);
        return walk(fragments.get(s.name.value)!, level);
      }),
    );
  return Math.max(
    ...document.definitions.map((d) =>
      d.kind === Kind.OPERATION_DEFINITION ? walk(d.selectionSet, 0) : 0,
    ),
  );
}

/** Runs a request to its (first) result: the HTTP fetcher answers with an async iterable. */
async function run(fetcher: Fetcher, params: FetcherParams) {
  return fetcherReturnToPromise(await fetcher(params));
}

function stubFetch() {
  const calls: Array<{
    url: string;
    headers: Record<string, string>;
    body: { query: string; operationName?: string };
  }> = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    calls.push({
      url,
      headers: init.headers as Record<string, string>,
      body: JSON.parse(String(init.body)),
    });
    return new Response(JSON.stringify({ data: { ok: true } }), {
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

describe('playground fetcher', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads a pasted token with or without "Bearer "', () => {
    expect(cleanToken('  abc.def ')).toBe('abc.def');
    expect(cleanToken('Bearer abc')).toBe('abc');
    expect(cleanToken('bearer   abc ')).toBe('abc');
    expect(cleanToken('   ')).toBe('');
  });

  it('puts the socket on the page host, wss behind https', () => {
    expect(socketUrl({ protocol: 'http:', host: 'localhost:4000' })).toBe(
      'ws://localhost:4000/graphql',
    );
    expect(socketUrl({ protocol: 'https:', host: 'ledgerpost.example' })).toBe(
      'wss://ledgerpost.example/graphql',
    );
  });

  it('tells why the socket failed', () => {
    expect(describeSocketError({ code: 4403, reason: 'Forbidden' })).toBe(
      'The socket closed: 4403 Forbidden',
    );
    expect(describeSocketError({ code: 1006 })).toBe('The socket closed: 1006');
    expect(describeSocketError(new Error('boom'))).toBe('boom');
  });

  it('sends the token as a Bearer header over HTTP, and no header without one', async () => {
    const calls = stubFetch();
    const withToken = createPlaygroundFetcher('tok-1');
    await run(withToken.fetcher, { query: '{ me { name } }' });
    withToken.dispose();
    const anonymous = createPlaygroundFetcher('');
    await run(anonymous.fetcher, { query: '{ me { name } }' });
    anonymous.dispose();
    expect(calls.map((c) => [c.url, c.headers.authorization])).toEqual([
      ['/graphql', 'Bearer tok-1'],
      ['/graphql', undefined],
    ]);
  });

  it('introspects within the server depth limit (10) and still describes the whole schema', async () => {
    const calls = stubFetch();
    const { fetcher, dispose } = createPlaygroundFetcher('');
    await run(fetcher, {
      query: 'query IntrospectionQuery { __schema { queryType { name } } }',
      operationName: 'IntrospectionQuery',
    });
    dispose();
    expect(calls[0]?.body.query).toBe(introspectionQuery);
    expect(depth(introspectionQuery)).toBeLessThanOrEqual(10);
    const sdl = fs.readFileSync(path.resolve(__dirname, '../../../../schema.graphql'), 'utf8');
    const schema = buildSchema(sdl);
    const result = graphqlSync({ schema, source: introspectionQuery });
    expect(result.errors).toBeUndefined();
    expect(printSchema(buildClientSchema(result.data as unknown as IntrospectionQuery))).toBe(
      printSchema(schema),
    );
  });
});
