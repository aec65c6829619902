import { randomUUID } from 'node:crypto';
import { DriverException } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { type OfficeFixtureOf, officeFixture, uniqueNip } from '../../test/factories.js';
import type { ErrorsCompaniesPageQuery, TypedDocumentString } from '../../test/gql/graphql.js';
import { graphql } from '../../test/gql/index.js';
import {
  type Document,
  type GraphQLResponse,
  ok,
  startTestApp,
  subscribe,
  type TestApp,
  type Variables,
} from '../../test/harness.js';
import {
  BadUserInputError,
  ErrorCode,
  errorForLog,
  maskError,
  NotFoundError,
  TooComplexError,
} from './errors.js';

/** The codes of API.md "Errors": nothing else may reach a client. */
const API_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'TOO_COMPLEX',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
  // Subscriptions only: the documented resync signal of the live layer (API.md, "Live layer").
  'RESYNC',
];

const SEND = graphql(`
  mutation ErrorsSendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) { id }
  }
`);
const NOTIFY = graphql(`
  mutation ErrorsSendBulkNotification($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id }
  }
`);
const UNREAD = graphql(`
  query ErrorsUnreadCount {
    unreadCount
  }
`);
const ME = graphql(`
  query ErrorsMe {
    me { id }
  }
`);
/** The deepest query the limit lets through: `nested(10)` below, written out. */
const TEN_LEVELS = graphql(`
  query ErrorsTenLevels {
    companies(first: 1) {
      edges {
        node {
          lastMessage { company { lastMessage { company { lastMessage { company { lastMessage { id } } } } } } }
        }
      }
    }
  }
`);

const COMPANIES_TOTAL = graphql(`
  query ErrorsCompaniesTotal($first: Int, $after: String) {
    companies(first: $first, after: $after) { totalCount }
  }
`);
const COMPANIES_PAGE = graphql(`
  query ErrorsCompaniesPage($first: Int, $after: String) {
    companies(first: $first, after: $after) {
      totalCount edges { cursor } pageInfo { hasNextPage endCursor }
    }
  }
`);
const MESSAGES_TOTAL = graphql(`
  query ErrorsMessagesTotal($id: ID!, $first: Int, $after: String) {
    messages(companyId: $id, first: $first, after: $after) { totalCount }
  }
`);
const MESSAGES_PAGE = graphql(`
  query ErrorsMessagesPage($id: ID!, $first: Int, $after: String) {
    messages(companyId: $id, first: $first, after: $after) {
      totalCount edges { cursor } pageInfo { hasNextPage endCursor }
    }
  }
`);
const INBOX_TOTAL = graphql(`
  query ErrorsInboxTotal($first: Int, $after: String) {
    inbox(first: $first, after: $after) { totalCount }
  }
`);
const INBOX_PAGE = graphql(`
  query ErrorsInboxPage($first: Int, $after: String) {
    inbox(first: $first, after: $after) {
      totalCount edges { cursor } pageInfo { hasNextPage endCursor }
    }
  }
`);

const COMPANY = graphql(`
  query ErrorsCompany($id: ID!) {
    company(id: $id) { id }
  }
`);
const MESSAGES = graphql(`
  query ErrorsMessages($id: ID!) {
    messages(companyId: $id) { totalCount }
  }
`);
const UNREAD_OF = graphql(`
  query ErrorsUnreadCountOf($id: ID) {
    unreadCount(companyId: $id)
  }
`);
const BROADCAST = graphql(`
  query ErrorsBroadcast($id: ID!) {
    broadcast(id: $id) { id }
  }
`);
const MARK_READ = graphql(`
  mutation ErrorsMarkRead($id: ID!) {
    markMessagesRead(companyId: $id)
  }
`);
const SEND_TO = graphql(`
  mutation ErrorsSendTo($id: ID!) {
    sendMessage(input: { companyId: $id, body: "x" }) { id }
  }
`);
const NOTIFY_TO = graphql(`
  mutation ErrorsNotifyTo($id: ID!) {
    sendBulkNotification(input: { companyIds: [$id], body: "x" }) { id }
  }
`);
const SEND_ATTACHING = graphql(`
  mutation ErrorsSendAttaching($company: ID!, $id: ID!) {
    sendMessage(input: { companyId: $company, body: "x", attachmentIds: [$id] }) { id }
  }
`);
const CREATE_WITH_CARETAKER = graphql(`
  mutation ErrorsCreateWithCaretaker($id: ID!, $nip: String!) {
    createCompany(
      input: { name: "X", nip: $nip, taxForm: LUMP_SUM, email: "x@test.local", caretakerId: $id }
    ) { id }
  }
`);
const MESSAGE_ADDED = graphql(`
  subscription ErrorsMessageAdded($id: ID) {
    messageAdded(companyId: $id) { __typename }
  }
`);
const MESSAGE_READ = graphql(`
  subscription ErrorsMessageRead($id: ID) {
    messageRead(companyId: $id) { __typename }
  }
`);
const UNREAD_CHANGED = graphql(`
  subscription ErrorsUnreadCountChanged($id: ID) {
    unreadCountChanged(companyId: $id) { __typename }
  }
`);

const SEARCH = graphql(`
  query ErrorsSearch($s: String) {
    companies(filter: { search: $s }) { totalCount }
  }
`);
const SEND_BODY = graphql(`
  mutation ErrorsSendBody($c: ID!, $b: String!) {
    sendMessage(input: { companyId: $c, body: $b }) { id }
  }
`);
const NOTIFY_BODY = graphql(`
  mutation ErrorsNotifyBody($c: ID!, $b: String!) {
    sendBulkNotification(input: { companyIds: [$c], body: $b }) { id }
  }
`);
const CREATE_COMPANY = graphql(`
  mutation ErrorsCreateCompany($n: String!, $nip: String!, $e: String!) {
    createCompany(input: { name: $n, nip: $nip, taxForm: LUMP_SUM, email: $e }) { id name }
  }
`);
const LOGIN = graphql(`
  mutation ErrorsLogin($e: String!) {
    login(email: $e, password: "whatever") { token }
  }
`);

/** What internal detail looks like: SQL, stack frames, file paths, driver names. */
const INTERNAL_DETAIL =
  /\b(select|insert|update|delete)\b.*\b(from|into|set)\b|relation "|\bat .+[.](ts|js):\d+|node_modules|\/work\/|knex|mikro-?orm|postgres|syntax error at/i;

/** Every error of a response: a code of the list, and no internal detail anywhere. */
function expectWellFormed(response: GraphQLResponse) {
  for (const error of response.errors ?? []) {
    expect(API_CODES, JSON.stringify(error)).toContain(error.extensions?.code);
    expect(error.extensions).not.toHaveProperty('stacktrace');
    expect(error.extensions).not.toHaveProperty('exception');
  }
  expect(JSON.stringify(response.errors ?? [])).not.toMatch(INTERNAL_DETAIL);
}

/** The single error's code, after checking the response's shape. */
function codeOf(response: GraphQLResponse): string | undefined {
  expectWellFormed(response);
  expect(response.errors, JSON.stringify(response)).toHaveLength(1);
  return response.errors?.[0]?.extensions?.code;
}

/** `depth` levels below the root field, along a real path of the schema. */
function nested(depth: number): string {
  // companies(0) edges(1) node(2), then lastMessage/company alternating, `id` at the bottom.
  let inner = 'id';
  for (let level = depth - 1; level >= 3; level -= 1)
    inner = `${level % 2 === 1 ? 'lastMessage' : 'company'} { ${inner} }`;
  return `{ companies(first: 1) { edges { node { ${inner} } } } }`;
}

describe('error shape', () => {
  let app: TestApp;
  let f: OfficeFixtureOf<2>;
  const responses: GraphQLResponse[] = [];

  /** `app.gql`, keeping every response for the last test, which checks them all. */
  function gql<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables?: Variables<TVariables>,
    token?: string,
  ): Promise<GraphQLResponse<TResult>>;
  function gql(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse>;
  async function gql(
    document: Document<unknown, unknown>,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse> {
    const response =
      typeof document === 'string'
        ? await app.gql(document, variables, token)
        : await app.gql(document, variables, token);
    responses.push(response);
    return response;
  }

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 2 });
    const [first, second] = f.companies;
    ok(
      await app.gql(
        SEND,
        { input: { companyId: first.company.id, body: 'Dzien dobry' } },
        first.client.token,
      ),
    );
    ok(
      await app.gql(
        SEND,
        { input: { companyId: second.company.id, body: 'Mam pytanie' } },
        second.client.token,
      ),
    );
    ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: f.companies.map((c) => c.company.id), body: 'Witamy' } },
        f.head.token,
      ),
    );
    // Both threads of the inbox at one instant: ties are what keyset paging must get right.
    await app.orm.em
      .fork()
      .execute('update company set last_message_at = ? where id = any(?::uuid[])', [
        new Date(),
        `{${f.companies.map((c) => c.company.id).join(',')}}`,
      ]);
  });
  afterAll(() => app?.stop());

  describe('request errors', () => {
    it('an unknown field is BAD_USER_INPUT, with graphql’s message and no stack or SQL', async () => {
      const response = await gql(
        '{ companies { edges { node { id password } } } }',
        {},
        f.head.token,
      );
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/Cannot query field "password"/);
      expect(Object.keys(response.errors?.[0]?.extensions ?? {})).toEqual(['code']);
      expect(response.data ?? null).toBeNull();
    });

    it('an unknown argument and a wrongly typed variable are BAD_USER_INPUT', async () => {
      expect(codeOf(await gql('{ companies(last: 5) { totalCount } }', {}, f.head.token))).toBe(
        'BAD_USER_INPUT',
      );
      expect(
        codeOf(
          await gql(
            'query ($n: Int) { companies(first: $n) { totalCount } }',
            { n: 'ten' },
            f.head.token,
          ),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        codeOf(await gql('query ($id: ID!) { company(id: $id) { id } }', {}, f.head.token)),
      ).toBe('BAD_USER_INPUT');
      expect(
        codeOf(await gql('{ companies(first: 99999999999) { totalCount } }', {}, f.head.token)),
      ).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['an unclosed selection', '{ companies { totalCount '],
      ['a stray token', '{ companies } }'],
      ['not GraphQL at all', 'SELECT * FROM company'],
      ['an empty document', ' '],
    ])('a malformed query (%s) is BAD_USER_INPUT', async (_name, query) => {
      const response = await gql(query, {}, f.head.token);
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.data ?? null).toBeNull();
    });

    it('a missing query and an unknown operation name are BAD_USER_INPUT', async () => {
      const noQuery = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${f.head.token}` },
        body: JSON.stringify({ variables: {} }),
      });
      expect(noQuery.status).toBe(400);
      const body = (await noQuery.json()) as GraphQLResponse;
      responses.push(body);
      expect(codeOf(body)).toBe('BAD_USER_INPUT');

      const named = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${f.head.token}` },
        body: JSON.stringify({
          query: 'query A { me { id } } query B { me { id } }',
          operationName: 'C',
        }),
      });
      const namedBody = (await named.json()) as GraphQLResponse;
      responses.push(namedBody);
      expect(codeOf(namedBody)).toBe('BAD_USER_INPUT');
    });

    it('a body that is not JSON gets a 400 with no internal detail', async () => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${f.head.token}` },
        body: '{"query": "{ me { id } }"',
      });
      expect(response.status).toBe(400);
      expect(await response.text()).not.toMatch(INTERNAL_DETAIL);
    });

    it('a malformed query over GET is BAD_USER_INPUT too', async () => {
      const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { id ')}`, {
        headers: { authorization: `Bearer ${f.head.token}`, 'apollo-require-preflight': 'true' },
      });
      const body = (await response.json()) as GraphQLResponse;
      responses.push(body);
      expect(codeOf(body)).toBe('BAD_USER_INPUT');
    });
  });

  describe('query depth', () => {
    it('runs a query 10 levels deep', async () => {
      const squash = (text: string) => text.replace(/\s+/g, ' ');
      expect(squash(String(TEN_LEVELS))).toContain(squash(nested(10)).slice(2, -2));
      const response = await gql(TEN_LEVELS, {}, f.head.token);
      expect(response.errors ?? []).toEqual([]);
      expect(response.data?.companies.edges).toHaveLength(1);
    });

    it('refuses a query 11 levels deep with TOO_COMPLEX before running it', async () => {
      const response = await gql(nested(11), {}, f.head.token);
      expect(codeOf(response)).toBe('TOO_COMPLEX');
      expect(response.data ?? null).toBeNull();
    });

    it('counts the levels inside fragments, and refuses a deep query even without credentials', async () => {
      const query = `query { companies { ...Deep } }
        fragment Deep on CompanyConnection { edges { node { lastMessage { company { lastMessage { company { lastMessage { ...Leaf } } } } } } } }
        fragment Leaf on Message { company { caretaker { companies { id } } } }`;
      expect(codeOf(await gql(query, {}, f.head.token))).toBe('TOO_COMPLEX');
      expect(codeOf(await gql(query))).toBe('TOO_COMPLEX');
    });

    it('refuses a too-deep subscription over graphql-ws with TOO_COMPLEX', async () => {
      const deep = `subscription { messageAdded { company { lastMessage { company { lastMessage { company { lastMessage { company { lastMessage { company { caretaker { id } } } } } } } } } } } }`;
      const sub = subscribe(app.ws(f.head.token), deep);
      await expect(sub.next()).rejects.toThrow(/subscription ended/);
      const errors = sub.error as GraphQLFormattedError[];
      expect(Array.isArray(errors)).toBe(true);
      expect(errors.map((e) => e.extensions?.code)).toEqual(['TOO_COMPLEX']);
      expect(JSON.stringify(errors)).not.toMatch(INTERNAL_DETAIL);
    });
  });

  describe('paging arguments', () => {
    interface Paging {
      first?: number;
      after?: string | null;
    }
    /** A page with its cursors, alike for every connection. */
    type Page = ErrorsCompaniesPageQuery['companies'];
    /**
     * A connection as the head asks for it: its total alone, and its page with the cursors (the
     * same arguments, more fields).
     */
    type Connection = readonly [
      name: string,
      total: (paging: Paging) => Promise<GraphQLResponse>,
      page: (paging: Paging) => Promise<Page>,
    ];
    const connections: Connection[] = [
      [
        'companies',
        (paging) => gql(COMPANIES_TOTAL, paging, f.head.token),
        async (paging) => ok(await gql(COMPANIES_PAGE, paging, f.head.token)).companies,
      ],
      [
        'messages',
        (paging) => gql(MESSAGES_TOTAL, { id: f.companies[0].company.id, ...paging }, f.head.token),
        async (paging) =>
          ok(await gql(MESSAGES_PAGE, { id: f.companies[0].company.id, ...paging }, f.head.token))
            .messages,
      ],
      [
        'inbox',
        (paging) => gql(INBOX_TOTAL, paging, f.head.token),
        async (paging) => ok(await gql(INBOX_PAGE, paging, f.head.token)).inbox,
      ],
    ];

    it.each(connections)(
      '%s: first 1 and 100 work; 0, 101 and -1 are BAD_USER_INPUT',
      async (_name, total) => {
        for (const first of [1, 100]) expect(ok(await total({ first }))).toBeTruthy();
        for (const first of [0, 101, -1]) {
          const response = await total({ first });
          expect(codeOf(response), `first: ${first}`).toBe('BAD_USER_INPUT');
          expect(response.errors?.[0]?.extensions?.field).toBe('first');
          expect(response.data ?? null).toBeNull();
        }
      },
    );

    const encode = (value: unknown) =>
      Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
    const garbage = [
      ['random text', 'not-a-cursor'],
      ['base64 of text', encode('hello')],
      ['a JSON object', encode({ id: 1 })],
      ['the wrong number of parts', encode(['a'])],
      ['numbers', encode([1, 2])],
      ['a wrong timestamp and id', encode(['yesterday', 'nobody'])],
      ['a valid time and a non-UUID id', encode(['2024-01-01T00:00:00.000Z', "x' or '1'='1"])],
      ['a name and a non-UUID id', encode(['Firma', 'zzz'])],
      ['a NUL character and an id', encode(['\u0000', randomUUID()])],
    ] as const;
    /** Cursors whose first part must be a time (for companies it is a name, so these are valid there). */
    const badTimes = [
      ['a date without a time and an id', encode(['2024-01-01', randomUUID()])],
      ['an impossible date and an id', encode(['2024-02-30T00:00:00.000Z', randomUUID()])],
      [
        'a time in another format and an id',
        encode(['Mon, 01 Jan 2024 00:00:00 GMT', randomUUID()]),
      ],
    ] as const;

    it.each(connections)(
      '%s: a garbage after cursor is BAD_USER_INPUT, never an internal error',
      async (name, total) => {
        for (const [label, after] of [...garbage, ...(name === 'companies' ? [] : badTimes)]) {
          const response = await total({ after });
          expect(codeOf(response), label).toBe('BAD_USER_INPUT');
          expect(response.errors?.[0]?.extensions?.field, label).toBe('after');
        }
      },
    );

    it.each(connections)(
      '%s: paging one by one with its own endCursor walks every row once',
      async (_name, _total, page) => {
        const all = await page({ first: 100 });
        // Both inbox threads share one instant (see beforeAll) and the notification one time: ties are the hard case.
        expect(all.totalCount).toBeGreaterThanOrEqual(2);
        const walked: string[] = [];
        let after: string | null = null;
        for (let n = 0; n <= all.totalCount; n += 1) {
          const connection: Page = await page({ first: 1, after });
          expect(connection.totalCount).toBe(all.totalCount);
          walked.push(...connection.edges.map((e) => e.cursor));
          if (!connection.pageInfo.hasNextPage) break;
          after = connection.pageInfo.endCursor;
        }
        expect(walked).toEqual(all.edges.map((e) => e.cursor));
      },
    );
  });

  describe('ids that are not UUIDs', () => {
    const bad = ['1', 'abc', "'; drop table company; --", `${randomUUID()}x`];
    /** Each call with `id` where an id goes, as the head of the office. */
    const calls = [
      ['company', (id: string) => gql(COMPANY, { id }, f.head.token)],
      ['messages', (id: string) => gql(MESSAGES, { id }, f.head.token)],
      ['unreadCount', (id: string) => gql(UNREAD_OF, { id }, f.head.token)],
      ['broadcast', (id: string) => gql(BROADCAST, { id }, f.head.token)],
      ['markMessagesRead', (id: string) => gql(MARK_READ, { id }, f.head.token)],
      ['sendMessage', (id: string) => gql(SEND_TO, { id }, f.head.token)],
      ['sendBulkNotification', (id: string) => gql(NOTIFY_TO, { id }, f.head.token)],
      [
        'sendMessage attachment',
        (id: string) =>
          gql(SEND_ATTACHING, { id, company: f.companies[0].company.id }, f.head.token),
      ],
      [
        'createCompany caretaker',
        (id: string) => gql(CREATE_WITH_CARETAKER, { id, nip: uniqueNip() }, f.head.token),
      ],
    ] as const;

    it.each(calls)('%s answers NOT_FOUND, not INTERNAL_SERVER_ERROR', async (_name, call) => {
      for (const id of bad) {
        const response = await call(id);
        expect(codeOf(response), id).toBe('NOT_FOUND');
      }
    });

    /** Each subscription with a bad id, as the head of the office. */
    const subscriptions = [
      ['messageAdded', () => subscribe(app.ws(f.head.token), MESSAGE_ADDED, { id: 'abc' })],
      ['messageRead', () => subscribe(app.ws(f.head.token), MESSAGE_READ, { id: 'abc' })],
      ['unreadCountChanged', () => subscribe(app.ws(f.head.token), UNREAD_CHANGED, { id: 'abc' })],
    ] as const;

    it.each(subscriptions)('the %s subscription answers NOT_FOUND', async (_field, start) => {
      const sub = start();
      const result = await sub.next();
      responses.push(result);
      expect(codeOf(result)).toBe('NOT_FOUND');
      expect(result.data ?? null).toBeNull();
      sub.dispose();
    });

    it('GET /files/:id answers 404', async () => {
      for (const id of bad) {
        const response = await fetch(`${app.url}/files/${encodeURIComponent(id)}`, {
          headers: { authorization: `Bearer ${f.head.token}` },
        });
        expect(response.status).toBe(404);
        expect(await response.text()).not.toMatch(INTERNAL_DETAIL);
      }
    });
  });

  describe('text the database cannot store', () => {
    const NUL = 'a\u0000b';
    /** Each input as the head of the office sends it, and the code that refuses it. */
    const inputs = [
      [
        'companies search with a NUL',
        () => gql(SEARCH, { s: NUL }, f.head.token),
        'BAD_USER_INPUT',
      ],
      [
        'a message body with a NUL',
        () => gql(SEND_BODY, { c: f.companies[0].company.id, b: NUL }, f.head.token),
        'BAD_USER_INPUT',
      ],
      [
        'a notification body with a NUL',
        () => gql(NOTIFY_BODY, { c: f.companies[0].company.id, b: NUL }, f.head.token),
        'BAD_USER_INPUT',
      ],
      [
        'a company name with a NUL',
        () => gql(CREATE_COMPANY, { n: NUL, nip: uniqueNip(), e: 'nul@test.local' }, f.head.token),
        'BAD_USER_INPUT',
      ],
      [
        'a company name longer than its column',
        () =>
          gql(
            CREATE_COMPANY,
            { n: 'x'.repeat(256), nip: uniqueNip(), e: 'long@test.local' },
            f.head.token,
          ),
        'BAD_USER_INPUT',
      ],
      [
        'a company email with a NUL',
        () =>
          gql(CREATE_COMPANY, { n: 'N', nip: uniqueNip(), e: 'a\u0000b@test.local' }, f.head.token),
        'BAD_USER_INPUT',
      ],
      [
        'a login email with a NUL',
        () => gql(LOGIN, { e: 'a\u0000b@test.local' }, f.head.token),
        'BAD_USER_INPUT',
      ],
      [
        'a login email longer than any account’s',
        () => gql(LOGIN, { e: `${'a'.repeat(300)}@test.local` }, f.head.token),
        'UNAUTHENTICATED',
      ],
    ] as const;

    it.each(inputs)(
      '%s is refused as input, not as an internal error',
      async (_name, send, code) => {
        const response = await send();
        expect(codeOf(response)).toBe(code);
        expect(response.data ?? null).toBeNull();
      },
    );

    it('a company name of exactly 255 characters is kept whole', async () => {
      const name = `${'Ż'.repeat(247)}${randomUUID().slice(0, 8)}`;
      const response = await gql(
        CREATE_COMPANY,
        { n: name, nip: uniqueNip(), e: 'max@test.local' },
        f.head.token,
      );
      expect(ok(response).createCompany.name).toBe(name);
    });
  });

  describe('masking of unexpected failures', () => {
    const sqlError = () =>
      Object.assign(
        new Error(
          'select "c".* from "company" as "c" where "c"."id" = $1 - relation "company" does not exist',
        ),
        {
          code: '42P01',
          stack:
            'Error: relation "company" does not exist\n    at Parser.parseErrorMessage (/work/main/node_modules/pg-protocol/dist/parser.js:285:98)',
        },
      );

    it('maskError hides a database error as INTERNAL_SERVER_ERROR and hands the cause to the log', () => {
      const cause = sqlError();
      const wrapped = new GraphQLError(cause.message, { path: ['company'], originalError: cause });
      const logged: unknown[] = [];
      const masked = maskError(wrapped.toJSON(), wrapped, (error) => logged.push(error));
      expect(masked).toEqual({
        message: 'Internal server error.',
        path: ['company'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(masked)).not.toMatch(INTERNAL_DETAIL);
      expect(logged).toEqual([cause]);
    });

    it('maskError hides a plain error raised in a resolver, and non-Error throws', () => {
      for (const thrown of [
        new TypeError("Cannot read properties of undefined (reading 'id')"),
        'a string',
        { sql: 'select 1' },
      ]) {
        const formatted: GraphQLFormattedError = {
          message: String(thrown),
          path: ['me'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x.ts:1'] },
        };
        const masked = maskError(formatted, thrown, () => undefined);
        expect(masked).toEqual({
          message: 'Internal server error.',
          path: ['me'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        });
      }
    });

    it('maskError keeps our own errors (also when graphql wraps them) and request errors, with API codes only', () => {
      const own = new NotFoundError('Company', 'x');
      const wrappedOwn = new GraphQLError(own.message, { path: ['company'], originalError: own });
      expect(maskError(wrappedOwn.toJSON(), wrappedOwn, () => undefined)).toMatchObject({
        message: 'Company x was not found.',
        path: ['company'],
        extensions: { code: 'NOT_FOUND' },
      });
      const input = new BadUserInputError('first must be between 1 and 100.', 'first');
      expect(maskError(input.toJSON(), input, () => undefined).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
      const deep = new TooComplexError('too deep');
      expect(maskError(deep.toJSON(), deep, () => undefined).extensions).toEqual({
        code: 'TOO_COMPLEX',
      });
      // graphql's own request errors carry codes of their own, mapped into the list.
      for (const code of [
        'GRAPHQL_PARSE_FAILED',
        'GRAPHQL_VALIDATION_FAILED',
        'BAD_REQUEST',
        'SOMETHING_NEW',
      ]) {
        const request = new GraphQLError('Syntax Error: Unexpected <EOF>.', {
          extensions: { code },
        });
        const masked = maskError(request.toJSON(), request, () => {
          throw new Error('a request error is not internal');
        });
        expect(masked.extensions).toEqual({ code: 'BAD_USER_INPUT' });
      }
      expect(Object.values(ErrorCode).sort()).toEqual([...API_CODES].sort());
    });

    it('end to end: a failing statement reaches the client as INTERNAL_SERVER_ERROR with no SQL', async () => {
      // A private database, so breaking a table there touches no other test.
      const name = `ledgerpost_errors_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
      await app.orm.em.fork().execute(`create database ${name}`);
      const url = new URL(inject('databaseUrl'));
      url.pathname = `/${name}`;
      const broken = await startTestApp({ databaseUrl: url.toString() });
      try {
        const g = await officeFixture(broken, { companies: 1 });
        const client = g.companies[0].client.token;
        expect(ok(await broken.gql(UNREAD, {}, client)).unreadCount).toBe(0);
        await broken.orm.em.fork().execute('alter table company_member drop column unread_count');
        // What the database says contains the statement; none of it may reach the client.
        const raw = await broken.orm.em
          .fork()
          .execute('select unread_count from company_member where user_id = ?', [
            g.companies[0].client.user.id,
          ])
          .then(
            () => '',
            (error: Error) => error.message,
          );
        expect(raw).toMatch(/unread_count/);

        const response = await broken.gql(UNREAD, {}, client);
        responses.push(response);
        expect(codeOf(response)).toBe('INTERNAL_SERVER_ERROR');
        expect(response.errors?.[0]).toEqual({
          message: 'Internal server error.',
          path: ['unreadCount'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        });
        expect(JSON.stringify(response)).not.toMatch(/unread_count|company_member|select|stack/i);
        // unreadCount is non-null, so the whole data is null; the rest of the server still answers.
        expect(response.data ?? null).toBeNull();
        expect(ok(await broken.gql(ME, {}, client)).me).toEqual({
          id: g.companies[0].client.user.id,
        });
      } finally {
        await broken.stop();
        await app.orm.em.fork().execute(`drop database if exists ${name} with (force)`);
      }
    });
  });

  describe('the log of unexpected failures', () => {
    it('keeps no statement, parameter value or row value of a database error', () => {
      const driver = Object.assign(
        new DriverException(
          Object.assign(
            new Error(
              `insert into "message" ("body") values ('Treść poufna') - new row violates check constraint "x"`,
            ),
            { stack: 'Error\n    at Parser.parse (parser.js:1:1)' },
          ),
        ),
        {
          code: '23514',
          detail: 'Failing row contains (Treść poufna).',
          table: 'message',
          constraint: 'x',
        },
      );
      const logged = errorForLog(driver);
      expect(logged).toMatchObject({
        error: 'DriverException',
        sqlState: '23514',
        table: 'message',
        constraint: 'x',
      });
      expect(JSON.stringify(logged)).not.toMatch(/poufna|insert into/);
      expect(errorForLog(new TypeError('x is undefined')).error).toMatch(
        /^TypeError: x is undefined\n\s+at /,
      );
    });

    it('end to end: a statement refused with a message body in it is logged without the body or the SQL', async () => {
      const name = `ledgerpost_log_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
      await app.orm.em.fork().execute(`create database ${name}`);
      const url = new URL(inject('databaseUrl'));
      url.pathname = `/${name}`;
      const broken = await startTestApp({ databaseUrl: url.toString() });
      const written: string[] = [];
      const spy = vi
        .spyOn(process.stderr, 'write')
        .mockImplementation((chunk: string | Uint8Array) => {
          written.push(String(chunk));
          return true;
        });
      try {
        const g = await officeFixture(broken, { companies: 1 });
        const companyId = g.companies[0].company.id;
        await broken.orm.em
          .fork()
          .execute(
            `alter table message add constraint message_body_refused check (body not like '%poufna%')`,
          );
        const body = `Treść poufna ${randomUUID()}`;
        const response = await broken.gql(SEND, { input: { companyId, body } }, g.head.token);
        expect(codeOf(response)).toBe('INTERNAL_SERVER_ERROR');
        const logged = written.filter((line) => line.includes('unexpected error'));
        expect(logged).toHaveLength(1);
        const [line = ''] = logged;
        expect(JSON.parse(line)).toMatchObject({
          level: 'error',
          sqlState: '23514',
          constraint: 'message_body_refused',
        });
        expect(line).not.toMatch(/poufna|insert into|values \(/i);
        expect(line).not.toContain(companyId);
      } finally {
        spy.mockRestore();
        await broken.stop();
        await app.orm.em.fork().execute(`drop database if exists ${name} with (force)`);
      }
    });
  });

  it('every error of every response above had a code of API.md and no internal detail', () => {
    const errors = responses.flatMap((r) => r.errors ?? []);
    expect(errors.length).toBeGreaterThan(40);
    for (const response of responses) expectWellFormed(response);
    expect(new Set(errors.map((e) => e.extensions?.code))).toEqual(
      new Set([
        'BAD_USER_INPUT',
        'TOO_COMPLEX',
        'NOT_FOUND',
        'UNAUTHENTICATED',
        'INTERNAL_SERVER_ERROR',
      ]),
    );
  });
});
