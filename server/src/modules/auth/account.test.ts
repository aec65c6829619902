import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildClient,
  buildStaff,
  type OfficeFixture,
  officeFixture,
  PASSWORD,
  sessionFor,
} from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import {
  codes,
  countStatements,
  ok,
  oneRow,
  startTestApp,
  subscribe,
  type TestApp,
} from '../../../test/harness.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { gqlFrom, source } from '../../../test/sources.js';
import { until } from '../../../test/wait.js';
import { Role } from './user.entity.js';

const LOGIN = graphql(`
  mutation AccountLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) { token user { id } }
  }
`);
const ME = graphql(`
  query AccountMe {
    me { id deactivatedAt }
  }
`);
const REQUEST_RESET = graphql(`
  mutation AccountRequestReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);
const RESET = graphql(`
  mutation AccountReset($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) { token user { id email } }
  }
`);
const CHANGE = graphql(`
  mutation AccountChange($current: String!, $next: String!) {
    changePassword(currentPassword: $current, newPassword: $next)
  }
`);
const SESSIONS = graphql(`
  query AccountSessions {
    mySessions { id createdAt lastUsedAt userAgent current }
  }
`);
const REVOKE = graphql(`
  mutation AccountRevoke($id: ID!) {
    revokeSession(id: $id)
  }
`);
const DEACTIVATE = graphql(`
  mutation AccountDeactivate($id: ID!) {
    deactivateUser(id: $id) { id deactivatedAt }
  }
`);
const UNREAD = graphql(`
  subscription AccountUnread {
    unreadCountChanged { count }
  }
`);
const SEND = graphql(`
  mutation AccountSend($input: SendMessageInput!) {
    sendMessage(input: $input) { id }
  }
`);
const MESSAGES = graphql(`
  query AccountMessages($companyId: ID!) {
    messages(companyId: $companyId, first: 50) { totalCount }
  }
`);

const NEW_PASSWORD = 'Zielony-Parasol-Nad-Wisla';

/** The token of the newest reset link mailed to `email` after `after` links. */
async function resetLink(smtp: TestSmtp, email: string, after = 0): Promise<string> {
  const mails = await until(
    () =>
      smtp.transactions.filter(
        (t) => t.rcptTo.includes(email) && /reset-password\?token=/.test(t.mail.text ?? ''),
      ),
    (found) => found.length > after,
    20_000,
  );
  const text = mails.at(-1)!.mail.text ?? '';
  return decodeURIComponent(/reset-password\?token=([^\s]+)/.exec(text)![1]!);
}

function mailsTo(smtp: TestSmtp, email: string, subject: RegExp) {
  return smtp.transactions.filter(
    (t) => t.rcptTo.includes(email) && subject.test(t.mail.subject ?? ''),
  );
}

describe('password reset', () => {
  let smtp: TestSmtp;
  let app: TestApp;
  let f: OfficeFixture;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    app = await startTestApp({
      systemSmtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      passwordResetMaxPerEmail: 3,
      passwordResetMaxPerSource: 1000,
    });
    f = await officeFixture(app, { companies: 2 });
  });
  afterAll(async () => {
    await app.stop();
    await smtp.stop();
  });

  it('mails a link that sets the password, ends every other session and its sockets, and works once', async () => {
    const client = f.companies[0]!.client;
    const email = client.user.email;
    const other = ok(await app.gql(LOGIN, { email, password: PASSWORD })).login.token;
    const socket = subscribe(app.ws(other), UNREAD);
    await socket.next();

    expect(ok(await app.gql(REQUEST_RESET, { email: ` ${email.toUpperCase()} ` }))).toEqual({
      requestPasswordReset: true,
    });
    const token = await resetLink(smtp, email);
    const mail = smtp.transactions.find((t) => t.rcptTo.includes(email))!.mail;
    expect(mail.subject).toBe('Ustawienie nowego hasła w Ledgerpost');
    expect(mail.text).toContain(`${app.url}/reset-password?token=`);
    expect(mail.html).toContain('/reset-password?token=');
    // Only its hash is stored.
    const stored = await oneRow<{ token_hash: string; valid_for: number }>(
      app.orm.em.fork(),
      `select token_hash, extract(epoch from expires_at - created_at)::int as valid_for
         from password_reset where user_id = ?`,
      [client.user.id],
    );
    expect(stored.token_hash).not.toContain(token);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.valid_for).toBe(3600);

    // A weak password is refused and leaves the link usable.
    const weak = await app.gql(RESET, { token, password: 'qwerty123456' });
    expect(codes(weak)).toEqual(['BAD_USER_INPUT']);
    expect(weak.errors![0]!.extensions).toMatchObject({ field: 'password' });

    const reset = ok(await app.gql(RESET, { token, password: NEW_PASSWORD })).resetPassword;
    expect(reset.user).toEqual({ id: client.user.id, email });
    expect(ok(await app.gql(ME, {}, reset.token)).me!.id).toBe(client.user.id);

    // Every other session ended, its socket too; the old password fails, the new one works.
    expect(ok(await app.gql(ME, {}, other)).me).toBeNull();
    expect(ok(await app.gql(ME, {}, client.token)).me).toBeNull();
    await expect.poll(() => socket.done, { timeout: 5000 }).toBe(true);
    expect(socket.error).toEqual({ code: 4403, reason: 'Session ended' });
    expect(codes(await app.gql(LOGIN, { email, password: PASSWORD }))).toEqual(['UNAUTHENTICATED']);
    expect(ok(await app.gql(LOGIN, { email, password: NEW_PASSWORD })).login.user.id).toBe(
      client.user.id,
    );

    // The link cannot be used again.
    const again = await app.gql(RESET, { token, password: `${NEW_PASSWORD}-2` });
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors![0]!.message).toMatch(/already used/);

    // And the security notice went out.
    await until(
      () => mailsTo(smtp, email, /zostało zmienione/),
      (found) => found.length === 1,
      20_000,
    );
  });

  it('answers an expired link and an unknown one with clear errors, never a stack trace', async () => {
    const client = f.companies[1]!.client;
    const before = smtp.transactions.length;
    ok(await app.gql(REQUEST_RESET, { email: client.user.email }));
    const token = await resetLink(smtp, client.user.email);
    expect(smtp.transactions.length).toBeGreaterThan(before);
    await app.orm.em
      .fork()
      .execute(
        `update password_reset set expires_at = now() - interval '1 second' where user_id = ?`,
        [client.user.id],
      );
    const expired = await app.gql(RESET, { token, password: NEW_PASSWORD });
    expect(codes(expired)).toEqual(['BAD_USER_INPUT']);
    expect(expired.errors![0]!.message).toMatch(/expired/);
    expect(ok(await app.gql(ME, {}, client.token)).me!.id).toBe(client.user.id);

    for (const bad of ['nope', 'x'.repeat(5000), '', `${token}x`]) {
      const unknown = await app.gql(RESET, { token: bad, password: NEW_PASSWORD });
      expect(codes(unknown)).toEqual(['NOT_FOUND']);
      expect(unknown.errors![0]!.message).toMatch(/not valid/);
      expect(JSON.stringify(unknown)).not.toMatch(/\.ts:|select /);
    }
  });

  it('lets one of two concurrent uses of a link win', async () => {
    const em = app.orm.em.fork();
    const staff = await buildStaff(em, f.office);
    await em.flush();
    ok(await app.gql(REQUEST_RESET, { email: staff.email }));
    const token = await resetLink(smtp, staff.email);
    const results = await Promise.all([
      app.gql(RESET, { token, password: NEW_PASSWORD }),
      app.gql(RESET, { token, password: `${NEW_PASSWORD}-B` }),
    ]);
    expect(results.map((r) => (r.errors ? codes(r)[0] : 'ok')).sort()).toEqual([
      'BAD_USER_INPUT',
      'ok',
    ]);
  });

  it('answers true with the same statements for an unknown email, and mails no one', async () => {
    const known = f.head.user.email;
    const unknown = `nikt-${Date.now()}@example.pl`;
    const a = await countStatements(() => app.gql(REQUEST_RESET, { email: known }));
    const b = await countStatements(() => app.gql(REQUEST_RESET, { email: unknown }));
    expect(a.result).toEqual({ data: { requestPasswordReset: true } });
    expect(b.result).toEqual(a.result);
    expect(b.statements).toBe(a.statements);
    await resetLink(smtp, known);
    expect(smtp.perRecipient()[unknown]).toBeUndefined();
    const rows = await oneRow<{ n: number }>(
      app.orm.em.fork(),
      'select count(*)::int as n from system_mail where to_address = ?',
      [unknown],
    );
    expect(rows.n).toBe(0);
  });

  it('refuses past the limit per email (known or not) with TOO_MANY_REQUESTS and retryAfter', async () => {
    for (const email of [f.caretaker.user.email, `brak-${Date.now()}@example.pl`]) {
      // Three per hour here, from any source.
      for (const n of [1, 2, 3])
        expect((await gqlFrom(app, source(10 + n), REQUEST_RESET, { email })).body.data).toEqual({
          requestPasswordReset: true,
        });
      const refused = await gqlFrom(app, source(20), REQUEST_RESET, { email });
      expect(codes(refused.body)).toEqual(['TOO_MANY_REQUESTS']);
      expect(refused.body.errors![0]!.extensions!.retryAfter).toBeGreaterThan(0);
      expect(refused.status).toBe(429);
    }
  });

  it('does not mail a deactivated account', async () => {
    const em = app.orm.em.fork();
    const gone = await buildStaff(em, f.office);
    await em.flush();
    ok(await app.gql(DEACTIVATE, { id: gone.id }, f.head.token));
    ok(await app.gql(REQUEST_RESET, { email: gone.email }));
    ok(await app.gql(REQUEST_RESET, { email: f.head.user.email }));
    // The request after it was worked: the deactivated one was, and mailed nobody.
    await until(
      () => smtp.transactions.filter((t) => t.rcptTo.includes(f.head.user.email)).length,
      (n) => n >= 2,
      20_000,
    );
    expect(smtp.perRecipient()[gone.email]).toBeUndefined();
  });
});

describe('password reset limit per source', () => {
  it('refuses one source past PASSWORD_RESET_MAX_PER_SOURCE, whatever the emails; others go on', async () => {
    const app = await startTestApp({ passwordResetMaxPerSource: 3, workers: 0 });
    try {
      for (const n of [1, 2, 3])
        expect(
          (await gqlFrom(app, source(30), REQUEST_RESET, { email: `a${n}@example.pl` })).status,
        ).toBe(200);
      const refused = await gqlFrom(app, source(30), REQUEST_RESET, { email: 'a4@example.pl' });
      expect(codes(refused.body)).toEqual(['TOO_MANY_REQUESTS']);
      expect(refused.body.errors![0]!.message).toMatch(/from this address/);
      expect(
        (await gqlFrom(app, source(31), REQUEST_RESET, { email: 'a4@example.pl' })).body.data,
      ).toEqual({ requestPasswordReset: true });
    } finally {
      await app.stop();
    }
  });
});

describe('change password and sessions', () => {
  let smtp: TestSmtp;
  let app: TestApp;
  let f: OfficeFixture;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    app = await startTestApp({ systemSmtpUrl: `smtp://127.0.0.1:${smtp.port}` });
    f = await officeFixture(app, { companies: 2 });
  });
  afterAll(async () => {
    await app.stop();
    await smtp.stop();
  });

  it('changes the password after the current one, keeps this session, ends the others, and mails a notice', async () => {
    const em = app.orm.em.fork();
    const staff = await buildStaff(em, f.office);
    await em.flush();
    const login = (agent: string) =>
      gqlFrom(
        app,
        source(1),
        LOGIN,
        { email: staff.email, password: PASSWORD },
        { 'user-agent': agent },
      );
    const here = (await login('Firefox/140')).body.data!.login.token;
    const there = (await login('Safari/18')).body.data!.login.token;

    const wrong = await app.gql(CHANGE, { current: 'not it', next: NEW_PASSWORD }, here);
    expect(codes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(wrong.errors![0]!.extensions).toMatchObject({ field: 'currentPassword' });
    const weak = await app.gql(CHANGE, { current: PASSWORD, next: 'short' }, here);
    expect(weak.errors![0]!.extensions).toMatchObject({ field: 'newPassword' });
    const asEmail = await app.gql(CHANGE, { current: PASSWORD, next: `${staff.email}!` }, here);
    expect(asEmail.errors![0]!.message).toMatch(/email/);

    expect(ok(await app.gql(CHANGE, { current: PASSWORD, next: NEW_PASSWORD }, here))).toEqual({
      changePassword: true,
    });
    expect(ok(await app.gql(ME, {}, here)).me!.id).toBe(staff.id);
    expect(ok(await app.gql(ME, {}, there)).me).toBeNull();
    expect(codes(await app.gql(LOGIN, { email: staff.email, password: PASSWORD }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    ok(await app.gql(LOGIN, { email: staff.email, password: NEW_PASSWORD }));
    const notice = await until(
      () => mailsTo(smtp, staff.email, /zostało zmienione/),
      (found) => found.length === 1,
      20_000,
    );
    expect(notice[0]!.mail.text).toContain(f.office.name);
    expect(codes(await app.gql(CHANGE, { current: 'x', next: NEW_PASSWORD }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('lists the user’s own live sessions with their user agents and which is current', async () => {
    const em = app.orm.em.fork();
    const staff = await buildStaff(em, f.office);
    await em.flush();
    const login = (agent: string) =>
      gqlFrom(
        app,
        source(2),
        LOGIN,
        { email: staff.email, password: PASSWORD },
        { 'user-agent': agent },
      );
    const a = (await login('Mozilla/5.0 (X11; Linux) Firefox/140')).body.data!.login.token;
    const b = (await login(`Evil<script>${'x'.repeat(2000)}`)).body.data!.login.token;
    const loggedOut = (await login('Gone/1')).body.data!.login.token;
    ok(await app.gql(graphql(`mutation AccountLogout { logout }`), {}, loggedOut));

    const sessions = ok(await app.gql(SESSIONS, {}, a)).mySessions;
    expect(sessions).toHaveLength(2);
    const current = sessions.find((s) => s.current)!;
    expect(current.userAgent).toBe('Mozilla/5.0 (X11; Linux) Firefox/140');
    const other = sessions.find((s) => !s.current)!;
    expect(other.userAgent).toHaveLength(512);
    expect(other.userAgent!.startsWith('Evil<script>')).toBe(true);
    for (const s of sessions)
      expect(Date.parse(s.lastUsedAt)).toBeGreaterThanOrEqual(Date.parse(s.createdAt));
    // Another user's list holds none of them.
    const heads = ok(await app.gql(SESSIONS, {}, f.head.token)).mySessions.map((s) => s.id);
    expect(heads).not.toContain(current.id);
    expect(ok(await app.gql(SESSIONS, {}, b)).mySessions.find((s) => s.current)!.id).toBe(other.id);
  });

  it('records the last use at most once a minute, inside the statement that reads the session', async () => {
    const em = app.orm.em.fork();
    const staff = await buildStaff(em, f.office);
    await em.flush();
    const { token } = await sessionFor(app, em, staff);
    const lastUsed = async () =>
      (
        await oneRow<{ ms: number }>(
          app.orm.em.fork(),
          `select (extract(epoch from last_used_at) * 1000)::float8 as ms
             from session where user_id = ?`,
          [staff.id],
        )
      ).ms;
    const first = await lastUsed();
    const quiet = await countStatements(() => app.gql(ME, {}, token));
    expect(await lastUsed()).toBe(first);
    // Two minutes ago: the next request records it, in the same number of statements.
    await app.orm.em
      .fork()
      .execute(`update session set last_used_at = now() - interval '2 minutes' where user_id = ?`, [
        staff.id,
      ]);
    const stale = await lastUsed();
    const touched = await countStatements(() => app.gql(ME, {}, token));
    expect(touched.statements).toBe(quiet.statements);
    expect(await lastUsed()).toBeGreaterThan(stale + 60_000);
  });

  it('revokes one of the user’s own sessions and closes its sockets; another user’s is NOT_FOUND', async () => {
    const em = app.orm.em.fork();
    const staff = await buildStaff(em, f.office);
    await em.flush();
    const mine = ok(await app.gql(LOGIN, { email: staff.email, password: PASSWORD })).login.token;
    const spare = ok(await app.gql(LOGIN, { email: staff.email, password: PASSWORD })).login.token;
    const socket = subscribe(app.ws(spare), UNREAD);
    await socket.next();
    const spareId = ok(await app.gql(SESSIONS, {}, spare)).mySessions.find((s) => s.current)!.id;
    const headsId = ok(await app.gql(SESSIONS, {}, f.head.token)).mySessions.find(
      (s) => s.current,
    )!.id;

    for (const id of [headsId, 'not-an-id', '00000000-0000-0000-0000-000000000000']) {
      const refused = await app.gql(REVOKE, { id }, mine);
      expect(codes(refused)).toEqual(['NOT_FOUND']);
    }
    expect(ok(await app.gql(ME, {}, f.head.token)).me!.id).toBe(f.head.user.id);

    expect(ok(await app.gql(REVOKE, { id: spareId }, mine))).toEqual({ revokeSession: true });
    expect(ok(await app.gql(ME, {}, spare)).me).toBeNull();
    await expect.poll(() => socket.done, { timeout: 5000 }).toBe(true);
    expect(socket.error).toEqual({ code: 4403, reason: 'Session ended' });
    expect(ok(await app.gql(ME, {}, mine)).me!.id).toBe(staff.id);
    // Again: already ended, nothing to do.
    expect(ok(await app.gql(REVOKE, { id: spareId }, mine))).toEqual({ revokeSession: true });
  });
});

describe('deactivating a user', () => {
  let app: TestApp;
  let f: OfficeFixture;
  let other: OfficeFixture;

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 2 });
    other = await officeFixture(app, { companies: 1 });
  });
  afterAll(() => app.stop());

  it('ends the sessions and sockets of a caretaker at once, keeps their messages, and bars their login', async () => {
    const em = app.orm.em.fork();
    const staff = await buildStaff(em, f.office);
    await em.flush();
    const party = await sessionFor(app, em, staff);
    const companyId = f.companies[0]!.company.id;
    // The caretaker of company 0 writes there (as the fixture's caretaker does).
    ok(await app.gql(SEND, { input: { companyId, body: 'Proszę o faktury.' } }, f.caretaker.token));
    const before = ok(await app.gql(MESSAGES, { companyId }, f.head.token)).messages.totalCount;
    const socket = subscribe(app.ws(f.caretaker.token), UNREAD);
    await socket.next();

    const done = ok(
      await app.gql(DEACTIVATE, { id: f.caretaker.user.id }, f.head.token),
    ).deactivateUser;
    expect(done.id).toBe(f.caretaker.user.id);
    expect(Date.parse(done.deactivatedAt!)).not.toBeNaN();
    await expect.poll(() => socket.done, { timeout: 5000 }).toBe(true);
    expect(socket.error).toEqual({ code: 4403, reason: 'Session ended' });
    expect(ok(await app.gql(ME, {}, f.caretaker.token)).me).toBeNull();
    const login = await app.gql(LOGIN, { email: f.caretaker.user.email, password: PASSWORD });
    expect(codes(login)).toEqual(['UNAUTHENTICATED']);
    expect(login.errors![0]!.message).toMatch(/deactivated/);
    // A wrong password still answers as any wrong password does.
    expect(
      (await app.gql(LOGIN, { email: f.caretaker.user.email, password: 'nope' })).errors![0]!
        .message,
    ).toMatch(/Wrong email or password/);
    expect(ok(await app.gql(MESSAGES, { companyId }, f.head.token)).messages.totalCount).toBe(
      before,
    );
    // Others of the office are untouched; deactivating again changes nothing.
    expect(ok(await app.gql(ME, {}, party.token)).me!.id).toBe(staff.id);
    expect(
      ok(await app.gql(DEACTIVATE, { id: f.caretaker.user.id }, f.head.token)).deactivateUser
        .deactivatedAt,
    ).toBe(done.deactivatedAt);
  });

  it('deactivates a client of the office’s companies only', async () => {
    const client = f.companies[1]!.client;
    ok(await app.gql(DEACTIVATE, { id: client.user.id }, f.head.token));
    expect(ok(await app.gql(ME, {}, client.token)).me).toBeNull();

    // A client of companies of two offices is CONFLICT for either head, and stays active.
    const em = app.orm.em.fork();
    const shared = await buildClient(em, [f.companies[0]!.company, other.companies[0]!.company]);
    await em.flush();
    const sharedParty = await sessionFor(app, em, shared);
    expect(codes(await app.gql(DEACTIVATE, { id: shared.id }, f.head.token))).toEqual(['CONFLICT']);
    expect(ok(await app.gql(ME, {}, sharedParty.token)).me!.id).toBe(shared.id);
  });

  it('refuses yourself, other offices’ people, unknown ids, and anyone but a head', async () => {
    const self = await app.gql(DEACTIVATE, { id: f.head.user.id }, f.head.token);
    expect(codes(self)).toEqual(['BAD_USER_INPUT']);
    for (const id of [
      other.head.user.id,
      other.caretaker.user.id,
      other.companies[0]!.client.user.id,
      'junk',
      '00000000-0000-0000-0000-000000000000',
    ])
      expect(codes(await app.gql(DEACTIVATE, { id }, f.head.token))).toEqual(['NOT_FOUND']);
    expect(ok(await app.gql(ME, {}, other.head.token)).me!.id).toBe(other.head.user.id);
    const em = app.orm.em.fork();
    const caretaker = await sessionFor(app, em, await buildStaff(em, f.office));
    const target = await buildStaff(em, f.office, { role: Role.CARETAKER });
    await em.flush();
    expect(codes(await app.gql(DEACTIVATE, { id: target.id }, caretaker.token))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await app.gql(DEACTIVATE, { id: target.id }))).toEqual(['UNAUTHENTICATED']);
  });
});
