import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture, PASSWORD } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import {
  codes,
  countStatements,
  ok,
  startTestApp,
  subscribe,
  type TestApp,
} from '../../../test/harness.js';
import { gqlFrom, source, webSocketFrom } from '../../../test/sources.js';
import { sourceOf } from './login-throttle.js';

const LOGIN = graphql(`
  mutation AuthTestLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) { token user { id email role office { id } } }
  }
`);
const LOGIN_COMPANIES = graphql(`
  mutation AuthTestLoginCompanies($e: String!, $p: String!) {
    login(email: $e, password: $p) { user { role companies { id } } }
  }
`);
const LOGOUT = graphql(`
  mutation AuthTestLogout {
    logout
  }
`);
const ME = graphql(`
  query AuthTestMe {
    me { id email name role office { name } companies { id } }
  }
`);
const COMPANIES = graphql(`
  query AuthTestCompanies {
    companies { totalCount }
  }
`);
const UNREAD = graphql(`
  subscription AuthTestUnread {
    unreadCountChanged { count }
  }
`);
const UNREAD_OF = graphql(`
  subscription AuthTestUnreadOf {
    unreadCountChanged { count companyId }
  }
`);

describe('authentication', () => {
  let app: TestApp;
  let f: OfficeFixture;

  beforeAll(async () => {
    app = await startTestApp({ loginMaxFailures: 3, loginWindowSeconds: 2 });
    f = await officeFixture(app, { companies: 2 });
  });
  afterAll(() => app.stop());

  it('logs in with the argon2id password and returns a token usable as a Bearer header', async () => {
    const { login } = ok(
      await app.gql(LOGIN, { email: f.head.user.email.toUpperCase(), password: PASSWORD }),
    );
    expect(login.user).toMatchObject({
      id: f.head.user.id,
      email: f.head.user.email,
      role: 'OFFICE_HEAD',
      office: { id: f.office.id },
    });
    expect(login.token).toMatch(/^[\w-]{40,}$/);
    const { me } = ok(await app.gql(ME, {}, login.token));
    expect(me).toMatchObject({
      id: f.head.user.id,
      role: 'OFFICE_HEAD',
      office: { name: f.office.name },
      companies: [],
    });
    const [row] = await app.orm.em
      .fork()
      .execute<Array<{ password_hash: string }>>(
        'select password_hash from app_user where id = ?',
        [f.head.user.id],
      );
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const wrong = await app.gql(LOGIN, {
      email: f.caretaker.user.email,
      password: 'not the password',
    });
    const unknown = await app.gql(LOGIN, {
      email: 'nobody@nowhere.test',
      password: 'not the password',
    });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(codes(unknown)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(wrong.data).toEqual(unknown.data);
  });

  it('counts failed logins per email and source: the right password is refused from the guessing address only, until the window ends', async () => {
    const email = f.companies[1]!.client.user.email;
    const guesser = source(11);
    for (let i = 0; i < 3; i += 1)
      expect(
        codes((await gqlFrom(app, guesser, LOGIN, { email, password: `guess ${i}` })).body),
      ).toEqual(['UNAUTHENTICATED']);
    const locked = await gqlFrom(app, guesser, LOGIN, { email, password: PASSWORD });
    expect(codes(locked.body)).toEqual(['TOO_MANY_REQUESTS']);
    expect(locked.body.errors![0]!.message).toMatch(/Too many failed logins/);
    expect(locked.body.errors![0]!.extensions?.retryAfter).toBeGreaterThanOrEqual(1);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBe(
      locked.body.errors![0]!.extensions?.retryAfter,
    );
    // A forwarded-for header from a client that is no trusted proxy changes nothing.
    expect(
      codes(
        (
          await gqlFrom(
            app,
            guesser,
            LOGIN,
            { email, password: PASSWORD },
            { 'x-forwarded-for': '198.51.100.1' },
          )
        ).body,
      ),
    ).toEqual(['TOO_MANY_REQUESTS']);
    // The owner, from another address, is not locked out; nor is another account from the guesser's.
    expect(
      (await gqlFrom(app, source(12), LOGIN, { email, password: PASSWORD })).body.data?.login.token,
    ).toBeTruthy();
    expect(
      (
        await gqlFrom(app, guesser, LOGIN, {
          email: f.companies[0]!.client.user.email,
          password: PASSWORD,
        })
      ).body.data?.login.token,
    ).toBeTruthy();
    // After the window (LOGIN_WINDOW_SECONDS, 2 s here) the right password works from there too.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(
      (await gqlFrom(app, guesser, LOGIN, { email, password: PASSWORD })).body.data?.login.token,
    ).toBeTruthy();
  });

  it('spends one lookup and one hash on an unknown email, as on a wrong password, and writes nothing', async () => {
    const timed = async (email: string, n: number) => {
      const { result, statements } = await countStatements(async () => {
        const started = performance.now();
        const response = await gqlFrom(app, source(20 + n), LOGIN, {
          email,
          password: 'not the password',
        });
        return { ms: performance.now() - started, codes: codes(response.body) };
      });
      expect(result.codes).toEqual(['UNAUTHENTICATED']);
      // The user lookup: no failure row, nothing that grows with the emails tried.
      expect(statements).toBe(1);
      return result.ms;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let n = 0; n < 5; n += 1) {
      known.push(await timed(f.caretaker.user.email, n));
      unknown.push(await timed(`nobody-${n}-${f.office.id}@nowhere.test`, n));
    }
    const median = (values: number[]) => [...values].sort((x, y) => x - y)[2]!;
    // Both verify an argon2id hash of the same cost; an unknown email is never answered early.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });

  it('returns null for me without a token, and UNAUTHENTICATED for data that needs one', async () => {
    expect(ok(await app.gql(ME)).me).toBeNull();
    expect(ok(await app.gql(ME, {}, 'not-a-real-token')).me).toBeNull();
    expect(codes(await app.gql(COMPANIES))).toEqual(['UNAUTHENTICATED']);
  });

  it('answers login as the user who just logged in (a client sees their companies at once)', async () => {
    const client = f.companies[0]!;
    const { login } = ok(
      await app.gql(LOGIN_COMPANIES, { e: client.client.user.email, p: PASSWORD }),
    );
    expect(login.user).toEqual({ role: 'CLIENT', companies: [{ id: client.company.id }] });
  });

  it('shows a client their own companies', async () => {
    const { me } = ok(await app.gql(ME, {}, f.companies[0]!.client.token));
    expect(me?.role).toBe('CLIENT');
    expect(me?.office).toBeNull();
    expect(me?.companies).toEqual([{ id: f.companies[0]!.company.id }]);
  });

  it('revokes the token on logout, over HTTP, for open sockets and for new ones', async () => {
    const { login } = ok(
      await app.gql(LOGIN, { email: f.caretaker.user.email, password: PASSWORD }),
    );
    expect(ok(await app.gql(ME, {}, login.token)).me?.id).toBe(f.caretaker.user.id);
    const open = subscribe(app.ws(login.token), UNREAD);
    expect((await open.next()).data?.unreadCountChanged.count).toBe(0);
    expect(ok(await app.gql(LOGOUT, {}, login.token)).logout).toBe(true);
    expect(ok(await app.gql(ME, {}, login.token)).me).toBeNull();
    expect(codes(await app.gql(LOGOUT, {}, login.token))).toEqual(['UNAUTHENTICATED']);
    await expect.poll(() => open.done, { timeout: 5000 }).toBe(true);
    expect(open.error).toEqual({ code: 4403, reason: 'Session ended' });
    const sub = subscribe(app.ws(login.token), UNREAD);
    await expect(sub.next(3000)).rejects.toThrow(/4403|Forbidden|ended/);
  });

  it('accepts the token in graphql-ws connectionParams', async () => {
    const sub = subscribe(app.ws(f.companies[0]!.client.token), UNREAD_OF);
    expect((await sub.next()).data?.unreadCountChanged).toEqual({ count: 0, companyId: null });
    const anonymous = subscribe(app.ws(), UNREAD);
    expect(codes(await anonymous.next())).toEqual(['UNAUTHENTICATED']);
  });
});

describe('login throttling', () => {
  let app: TestApp;
  let f: OfficeFixture;
  const perSource = 10;

  beforeAll(async () => {
    // Behind a proxy on the loopback interface: X-Forwarded-For from it names the client.
    app = await startTestApp({
      loginMaxFailures: 3,
      loginMaxFailuresPerSource: perSource,
      loginWindowSeconds: 600,
      trustProxy: ['loopback'],
    });
    f = await officeFixture(app, { companies: 3 });
  });
  afterAll(() => app.stop());

  it('checks at most LOGIN_MAX_FAILURES of 40 wrong passwords and the right one sent at once; the owner still logs in elsewhere', async () => {
    const email = f.companies[0]!.client.user.email;
    const attempts = [
      ...Array.from({ length: 40 }, (_, i) =>
        gqlFrom(app, source(31), LOGIN, { email, password: `guess ${i}` }),
      ),
      gqlFrom(app, source(31), LOGIN, { email, password: PASSWORD }),
    ];
    const answers = await Promise.all(attempts);
    const checked = answers.filter((a) => !a.body.errors || codes(a.body)[0] === 'UNAUTHENTICATED');
    const refused = answers.filter((a) => codes(a.body)[0] === 'TOO_MANY_REQUESTS');
    expect(checked.length).toBeLessThanOrEqual(3);
    expect(checked.length + refused.length).toBe(41);
    for (const answer of refused) {
      expect(answer.status).toBe(429);
      expect(answer.body.errors![0]!.extensions?.retryAfter).toBeGreaterThanOrEqual(1);
    }
    // The right password was accepted only if it was among the first three counted.
    const accepted = answers.filter((a) => a.body.data?.login);
    expect(accepted.length).toBeLessThanOrEqual(1);
    if (accepted.length === 0)
      expect(
        codes((await gqlFrom(app, source(31), LOGIN, { email, password: PASSWORD })).body),
      ).toEqual(['TOO_MANY_REQUESTS']);
    expect(
      (await gqlFrom(app, source(32), LOGIN, { email, password: PASSWORD })).body.data?.login.user
        .email,
    ).toBe(email);
  });

  it('slows one address trying one password across 25 emails after LOGIN_MAX_FAILURES_PER_SOURCE', async () => {
    const emails = Array.from({ length: 25 }, (_, i) =>
      i < 3 ? f.companies[i]!.client.user.email : `sprayed-${i}-${f.office.id}@test.local`,
    );
    const answers: Array<string | undefined> = [];
    for (const email of emails)
      answers.push(
        codes((await gqlFrom(app, source(33), LOGIN, { email, password: 'Spring2026!' })).body)[0],
      );
    expect(answers.slice(0, perSource)).toEqual(Array(perSource).fill('UNAUTHENTICATED'));
    expect(answers.slice(perSource)).toEqual(Array(25 - perSource).fill('TOO_MANY_REQUESTS'));
    // The address is slowed for every email, the right password included; other addresses are not.
    expect(
      codes(
        (await gqlFrom(app, source(33), LOGIN, { email: f.head.user.email, password: PASSWORD }))
          .body,
      ),
    ).toEqual(['TOO_MANY_REQUESTS']);
    ok(
      (await gqlFrom(app, source(34), LOGIN, { email: f.head.user.email, password: PASSWORD }))
        .body,
    );
  });

  it('counts a login over the WebSocket under the socket’s address', async () => {
    const email = f.companies[1]!.client.user.email;
    for (let i = 0; i < 3; i += 1)
      expect(
        codes((await gqlFrom(app, source(35), LOGIN, { email, password: `guess ${i}` })).body),
      ).toEqual(['UNAUTHENTICATED']);
    const over = (address: string) =>
      createClient({
        url: `ws://127.0.0.1:${app.port}/graphql`,
        webSocketImpl: webSocketFrom(address),
        retryAttempts: 0,
        lazy: true,
      });
    const guesser = over(source(35));
    const owner = over(source(36));
    try {
      const refused = subscribe(guesser, LOGIN, { email, password: PASSWORD });
      expect(codes(await refused.next())).toEqual(['TOO_MANY_REQUESTS']);
      const accepted = subscribe(owner, LOGIN, { email, password: PASSWORD });
      expect((await accepted.next()).data?.login.user.email).toBe(email);
    } finally {
      await Promise.all([guesser.dispose(), owner.dispose()]);
    }
  });

  it('behind a trusted proxy, counts by the forwarded client address', async () => {
    const email = f.companies[2]!.client.user.email;
    const via = (client: string) => ({ 'x-forwarded-for': client });
    for (let i = 0; i < 3; i += 1)
      expect(
        codes(
          (
            await gqlFrom(
              app,
              source(1),
              LOGIN,
              { email, password: `guess ${i}` },
              via('203.0.113.5'),
            )
          ).body,
        ),
      ).toEqual(['UNAUTHENTICATED']);
    expect(
      codes(
        (await gqlFrom(app, source(1), LOGIN, { email, password: PASSWORD }, via('203.0.113.5')))
          .body,
      ),
    ).toEqual(['TOO_MANY_REQUESTS']);
    ok(
      (await gqlFrom(app, source(1), LOGIN, { email, password: PASSWORD }, via('203.0.113.6')))
        .body,
    );
  });
});

describe('sourceOf', () => {
  it('counts IPv4 addresses whole and IPv6 addresses by their /64', () => {
    expect(sourceOf('203.0.113.5')).toBe('203.0.113.5');
    expect(sourceOf('::ffff:203.0.113.5')).toBe('203.0.113.5');
    expect(sourceOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(sourceOf('2001:0DB8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(sourceOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(sourceOf('::1')).toBe('0:0:0:0::/64');
  });
});
