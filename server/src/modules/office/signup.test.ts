import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAdmin, type Party, sessionFor, uniqueNip } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, oneRow, startTestApp, type TestApp } from '../../../test/harness.js';
import { gqlFrom, source } from '../../../test/sources.js';

const SIGN_UP = graphql(`
  mutation SignUpOffice($input: SignUpOfficeInput!) {
    signUpOffice(input: $input) {
      token
      user { id email name role office { id name nip verification } }
    }
  }
`);
const LOGIN = graphql(`
  mutation SignUpLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) { token user { id role office { id } } }
  }
`);
const ME = graphql(`
  query SignUpMe {
    me { id email office { id verification } }
  }
`);
const REQUEST_VERIFICATION = graphql(`
  mutation SignUpRequestVerification {
    requestOfficeVerification { id verification }
  }
`);
const SET_VERIFICATION = graphql(`
  mutation SignUpSetVerification($officeId: ID!, $status: OfficeVerification!) {
    setOfficeVerification(officeId: $officeId, status: $status) { id verification }
  }
`);
const OFFICES = graphql(`
  query SignUpOffices($status: OfficeVerification, $first: Int, $after: String) {
    offices(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name nip verification createdAt } }
    }
  }
`);

const SESSIONS = graphql(`
  query SignUpSessions {
    mySessions { userAgent current }
  }
`);

const PASSWORD = 'Zielony-Kalkulator-2026';

function input(
  overrides: Partial<Record<'officeName' | 'nip' | 'headName' | 'email' | 'password', string>> = {},
) {
  const t = randomUUID().slice(0, 8);
  return {
    officeName: `Biuro Rachunkowe ${t}`,
    nip: uniqueNip(),
    headName: `Anna Nowak ${t}`,
    email: `szefowa-${t}@biuro.test`,
    password: PASSWORD,
    ...overrides,
  };
}

describe('office sign-up', () => {
  let app: TestApp;
  let admin: Party;

  beforeAll(async () => {
    app = await startTestApp();
    const em = app.orm.em.fork();
    const user = await buildAdmin(em);
    await em.flush();
    admin = await sessionFor(app, em, user);
  });
  afterAll(() => app?.stop());

  const officesNamed = async (name: string) =>
    (
      await oneRow<{ n: number }>(
        app.orm.em.fork(),
        'select count(*)::int as n from office where name = ?',
        [name],
      )
    ).n;

  it('makes an UNVERIFIED office and its head, logged in; the head logs in again with the password', async () => {
    const given = input({ email: `  Nowa.Szefowa-${randomUUID().slice(0, 6)}@Biuro.TEST ` });
    const nip = given.nip;
    const { signUpOffice } = ok(
      await app.gql(SIGN_UP, {
        input: { ...given, nip: `PL ${nip.slice(0, 3)}-${nip.slice(3, 6)}-${nip.slice(6)}` },
      }),
    );
    const email = given.email.trim().toLowerCase();
    expect(signUpOffice.user).toMatchObject({
      email,
      name: given.headName,
      role: 'OFFICE_HEAD',
      office: { name: given.officeName, nip, verification: 'UNVERIFIED' },
    });
    const officeId = signUpOffice.user.office?.id;
    expect(ok(await app.gql(ME, {}, signUpOffice.token)).me).toEqual({
      id: signUpOffice.user.id,
      email,
      office: { id: officeId, verification: 'UNVERIFIED' },
    });
    const { login } = ok(await app.gql(LOGIN, { email: email.toUpperCase(), password: PASSWORD }));
    expect(login.user).toEqual({
      id: signUpOffice.user.id,
      role: 'OFFICE_HEAD',
      office: { id: officeId },
    });
    // Only the hash is stored.
    const row = await oneRow<{ password_hash: string }>(
      app.orm.em.fork(),
      'select password_hash from app_user where id = ?',
      [signUpOffice.user.id],
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });

  it.each([
    ['nip', { nip: '1234567890' }],
    ['nip', { nip: '12345' }],
    ['email', { email: 'not-an-email' }],
    ['officeName', { officeName: '   ' }],
    ['headName', { headName: 'x'.repeat(201) }],
    ['password', { password: 'short' }],
    ['password', { password: 'password123' }],
  ] as const)(
    'refuses a bad %s with BAD_USER_INPUT and makes nothing',
    async (field, overrides) => {
      const given = input(overrides);
      const response = await app.gql(SIGN_UP, { input: given });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.field).toBe(field);
      expect(response.data ?? null).toBeNull();
      expect(await officesNamed(given.officeName)).toBe(0);
    },
  );

  it('records the user agent of the session it logs in with, as login does', async () => {
    const agent = 'Mozilla/5.0 (Windows NT 10.0) Edge/140';
    const response = await gqlFrom(
      app,
      source(50),
      SIGN_UP,
      { input: input() },
      {
        'user-agent': agent,
      },
    );
    const token = response.body.data!.signUpOffice.token;
    expect(ok(await app.gql(SESSIONS, {}, token)).mySessions).toEqual([
      { userAgent: agent, current: true },
    ]);
  });

  it('refuses a password that is the email', async () => {
    const given = input();
    const response = await app.gql(SIGN_UP, {
      input: { ...given, password: given.email.toUpperCase() },
    });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      field: 'password',
      reasons: ['PASSWORD_CONTAINS_EMAIL'],
    });
  });

  it('answers CONFLICT for a taken email, in any case, and makes no second office', async () => {
    const first = input();
    ok(await app.gql(SIGN_UP, { input: first }));
    const again = input({ email: first.email.toUpperCase() });
    const response = await app.gql(SIGN_UP, { input: again });
    expect(codes(response)).toEqual(['CONFLICT']);
    expect(response.errors?.[0]?.message).toBe('An account with this email already exists.');
    expect(await officesNamed(again.officeName)).toBe(0);
  });

  it('gives one account to two sign-ups with one email at once; the other gets CONFLICT', async () => {
    const email = `blizniak-${randomUUID().slice(0, 8)}@biuro.test`;
    const twins = [input({ email }), input({ email })];
    const responses = await Promise.all(twins.map((t) => app.gql(SIGN_UP, { input: t })));
    expect(responses.map((r) => codes(r).join() || 'data').sort()).toEqual(['CONFLICT', 'data']);
    const counts = await oneRow<{ users: number; offices: number }>(
      app.orm.em.fork(),
      `select (select count(*) from app_user where email = ?)::int as users,
              (select count(*) from office where name = any(?::text[]))::int as offices`,
      [email, `{${twins.map((t) => `"${t.officeName}"`).join(',')}}`],
    );
    expect(counts).toEqual({ users: 1, offices: 1 });
  });

  it('moves the office to PENDING on request, once; the admin finds it there and decides', async () => {
    const { signUpOffice } = ok(await app.gql(SIGN_UP, { input: input() }));
    const token = signUpOffice.token;
    const officeId = signUpOffice.user.office?.id ?? '';
    expect(ok(await app.gql(REQUEST_VERIFICATION, {}, token)).requestOfficeVerification).toEqual({
      id: officeId,
      verification: 'PENDING',
    });
    const twice = await app.gql(REQUEST_VERIFICATION, {}, token);
    expect(codes(twice)).toEqual(['PRECONDITION_FAILED']);
    expect(twice.errors?.[0]?.extensions?.reasons).toEqual(['OFFICE_PENDING']);

    const pending = ok(await app.gql(OFFICES, { status: 'PENDING', first: 100 }, admin.token));
    expect(pending.offices.edges.map((e) => e.node.id)).toContain(officeId);
    expect(new Set(pending.offices.edges.map((e) => e.node.verification))).toEqual(
      new Set(['PENDING']),
    );

    ok(await app.gql(SET_VERIFICATION, { officeId, status: 'VERIFIED' }, admin.token));
    const verified = await app.gql(REQUEST_VERIFICATION, {}, token);
    expect(codes(verified)).toEqual(['PRECONDITION_FAILED']);
    expect(verified.errors?.[0]?.extensions?.reasons).toEqual(['OFFICE_VERIFIED']);

    // Taken back by the admin: the head may ask again.
    ok(await app.gql(SET_VERIFICATION, { officeId, status: 'UNVERIFIED' }, admin.token));
    expect(
      ok(await app.gql(REQUEST_VERIFICATION, {}, token)).requestOfficeVerification.verification,
    ).toBe('PENDING');
  });

  it('pages the offices newest first by keyset, each office once, filtered by status', async () => {
    const made: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { signUpOffice } = ok(await app.gql(SIGN_UP, { input: input() }));
      made.push(signUpOffice.user.office?.id ?? '');
    }
    const listPage = (after: string | null) =>
      app.gql(OFFICES, { status: 'UNVERIFIED', first: 2, after }, admin.token);
    const seen: Array<{ id: string; createdAt: string; verification: string }> = [];
    let after: string | null = null;
    for (let page = 0; page < 1000; page += 1) {
      const response: Awaited<ReturnType<typeof listPage>> = await listPage(after);
      const { edges, pageInfo } = ok(response).offices;
      expect(edges.length).toBeLessThanOrEqual(2);
      seen.push(...edges.map((e) => e.node));
      // Newest first: the three just made come within the first pages.
      if (!pageInfo.hasNextPage || made.every((id) => seen.some((o) => o.id === id))) break;
      after = pageInfo.endCursor;
    }
    const ids = seen.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of made) expect(ids).toContain(id);
    expect(new Set(seen.map((o) => o.verification))).toEqual(new Set(['UNVERIFIED']));
    const times = seen.map((o) => o.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    // The three just made are the newest unverified ones, newest first.
    expect(ids.indexOf(made[2] ?? '')).toBeLessThan(ids.indexOf(made[0] ?? ''));
  });

  it('refuses a forged cursor and a page size out of range', async () => {
    for (const variables of [{ after: 'bm90LWEtY3Vyc29y' }, { first: 0 }, { first: 101 }]) {
      const response = await app.gql(OFFICES, variables, admin.token);
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('office sign-up rate', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ signupMaxPerHour: 3 });
  });
  afterAll(() => app?.stop());

  it('refuses sign-ups past SIGNUP_MAX_PER_HOUR from one source, failed ones counted, with retryAfter', async () => {
    ok(await app.gql(SIGN_UP, { input: input() }));
    expect(codes(await app.gql(SIGN_UP, { input: input({ nip: '1234567890' }) }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    ok(await app.gql(SIGN_UP, { input: input() }));
    const refused = input();
    const response = await app.gql(SIGN_UP, { input: refused });
    expect(codes(response)).toEqual(['TOO_MANY_REQUESTS']);
    const retryAfter = Number(response.errors?.[0]?.extensions?.retryAfter);
    expect(retryAfter).toBeGreaterThan(3000);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    const row = await oneRow<{ n: number }>(
      app.orm.em.fork(),
      'select count(*)::int as n from app_user where email = ?',
      [refused.email],
    );
    expect(row.n).toBe(0);
  });
});
