import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixtureOf, officeFixture, sessionFor } from '../../test/factories.js';
import { graphql } from '../../test/gql/index.js';
import { ok, startTestApp, type TestApp } from '../../test/harness.js';
import { rawSocket, resultOf } from '../../test/raw-socket.js';
import { SocketCloseCode } from './ws-limits.js';

const UNREAD = 'subscription { unreadCountChanged { count } }';
const ME = graphql(`
  query WsLimitsMe {
    me { id }
  }
`);
const LOGOUT = graphql(`
  mutation WsLimitsLogout {
    logout
  }
`);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('WebSocket limits', () => {
  let app: TestApp;
  let f: OfficeFixtureOf<3>;

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 3 });
  });
  afterAll(() => app.stop());

  /** A new session of the first company's client, so each test counts its own sockets. */
  const newSession = async () =>
    (await sessionFor(app, app.orm.em.fork(), f.companies[0].client.user)).token;

  it('closes a socket that sends a frame over WS_MAX_PAYLOAD_BYTES (64 KiB) unread, an 8 MB one from an anonymous socket first', async () => {
    expect(app.config.wsMaxPayloadBytes).toBe(64 * 1024);
    const anonymous = await rawSocket(app.url, { init: false });
    anonymous.socket.send(Buffer.alloc(8 * 1024 * 1024, 'a'));
    expect((await anonymous.closed).code).toBe(1009);

    const loggedIn = await rawSocket(app.url, { token: await newSession() });
    const query = `${String(ME)} # ${'x'.repeat(60 * 1024)}`;
    loggedIn.subscribe('under', query);
    const under = await loggedIn.message((m) => m.id === 'under' && m.type === 'next');
    expect(resultOf(under, ME).data?.me?.id).toBe(f.companies[0].client.user.id);
    loggedIn.subscribe('over', `${query}${'x'.repeat(5 * 1024)}`);
    expect((await loggedIn.closed).code).toBe(1009);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('runs at most WS_MAX_SUBSCRIPTIONS operations on one socket: of 1,000 subscriptions, 50 run', async () => {
    const socket = await rawSocket(app.url, { token: await newSession() });
    for (let i = 0; i < 1000; i += 1) socket.subscribe(`s${i}`, UNREAD);
    await socket.until(
      (messages) =>
        messages.filter((m) => m.type === 'next').length === 50 &&
        messages.some((m) => m.id === 's999'),
      15_000,
    );
    const refusals = socket.messages.filter((m) => m.type === 'error');
    expect(refusals).toHaveLength(950);
    expect(refusals[0]?.payload).toEqual([
      {
        message: 'This socket runs 50 operations already; WS_MAX_SUBSCRIPTIONS allows 50.',
        extensions: { code: 'TOO_MANY_REQUESTS', limit: 'WS_MAX_SUBSCRIPTIONS', max: 50 },
      },
    ]);
    const running = socket.messages.filter((m) => m.type === 'next').map((m) => m.id);
    expect(new Set(running).size).toBe(50);

    // One ended makes room for one more; the socket stayed open all along.
    socket.send({ id: running[0], type: 'complete' });
    socket.subscribe('again', UNREAD);
    expect((await socket.message((m) => m.id === 'again')).type).toBe('next');
    socket.socket.close();
  });

  it('opens at most WS_MAX_SOCKETS_PER_SESSION sockets per session; other sessions are not affected', async () => {
    const token = await newSession();
    const sockets = await Promise.all(
      Array.from({ length: 10 }, () => rawSocket(app.url, { token })),
    );
    for (const socket of sockets) expect(socket.messages[0]?.type).toBe('connection_ack');

    const eleventh = await rawSocket(app.url, { token });
    expect(await eleventh.closed).toEqual({
      code: SocketCloseCode.TooManySockets,
      reason: 'Too many sockets for this session (WS_MAX_SOCKETS_PER_SESSION=10)',
    });

    const otherSession = await rawSocket(app.url, { token: await newSession() });
    expect(otherSession.messages[0]?.type).toBe('connection_ack');

    // One of the ten made above.
    const first = sockets[0]!;
    first.socket.close();
    await first.closed;
    const replacement = await rawSocket(app.url, { token });
    expect(replacement.messages[0]?.type).toBe('connection_ack');
    for (const socket of [...sockets, otherSession, replacement]) socket.socket.close();
  });

  it('counts sockets that connect at the same moment one by one', async () => {
    const token = await newSession();
    const sockets = await Promise.all(
      Array.from({ length: 25 }, () => rawSocket(app.url, { token })),
    );
    expect(sockets.filter((s) => s.messages[0]?.type === 'connection_ack')).toHaveLength(10);
    for (const socket of sockets) socket.socket.close();
  });

  it('lets an anonymous socket use the login page operations, and closes it after anything that needs a login', async () => {
    const socket = await rawSocket(app.url);
    socket.subscribe('me', '{ me { id } demoAccounts { password } }');
    expect((await socket.message((m) => m.id === 'me' && m.type === 'next')).payload).toEqual({
      data: { me: null, demoAccounts: null },
    });
    await socket.message((m) => m.id === 'me' && m.type === 'complete');

    socket.subscribe('badge', UNREAD);
    const refusal = await socket.message((m) => m.id === 'badge');
    expect(refusal.type).toBe('next');
    expect(resultOf(refusal).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await socket.closed).toEqual({
      code: SocketCloseCode.Unauthorized,
      reason: 'Unauthorized',
    });

    // A query needing a login, hidden in a fragment, closes the socket as well.
    const second = await rawSocket(app.url);
    second.subscribe(
      'companies',
      '{ ...Q } fragment Q on Query { me { id } companies { totalCount } }',
    );
    const answer = await second.message((m) => m.id === 'companies');
    expect(resultOf(answer).errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect((await second.closed).code).toBe(SocketCloseCode.Unauthorized);
  });

  it('closes a socket when its session expires', async () => {
    const token = await newSession();
    await app.orm.em
      .fork()
      .execute(
        `update session set expires_at = now() + interval '1500 milliseconds' where token_hash = ?`,
        [sha256(token)],
      );
    const socket = await rawSocket(app.url, { token });
    socket.subscribe('badge', UNREAD);
    expect((await socket.message((m) => m.id === 'badge')).type).toBe('next');
    const started = Date.now();
    expect(await socket.closed).toEqual({
      code: SocketCloseCode.SessionEnded,
      reason: 'Session expired',
    });
    expect(Date.now() - started).toBeLessThan(3000);

    // And an expired session cannot open one.
    const again = await rawSocket(app.url, { token });
    expect((await again.closed).code).toBe(4403);
  });

  it('still closes the sockets of a session that logs out', async () => {
    const token = await newSession();
    const socket = await rawSocket(app.url, { token });
    expect(socket.messages[0]?.type).toBe('connection_ack');
    ok(await app.gql(LOGOUT, undefined, token));
    expect(await socket.closed).toEqual({
      code: SocketCloseCode.SessionEnded,
      reason: 'Session ended',
    });
  });
});
