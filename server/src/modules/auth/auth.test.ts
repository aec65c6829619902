import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeFixture, PASSWORD, type OfficeFixture } from '../../../test/factories.js';
import { codes, ok, startTestApp, subscribe, type TestApp } from '../../../test/harness.js';

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id email role office { id } } } }';
const ME = '{ me { id email name role office { name } companies { id } } }';

describe('authentication', () => {
  let app: TestApp;
  let f: OfficeFixture;

  beforeAll(async () => {
    app = await startTestApp({ loginMaxFailures: 3 });
    f = await officeFixture(app, { companies: 2 });
  });
  afterAll(() => app.stop());

  it('logs in with the argon2id password and returns a token usable as a Bearer header', async () => {
    const { login } = ok(await app.gql<any>(LOGIN, { email: f.head.user.email.toUpperCase(), password: PASSWORD }));
    expect(login.user).toMatchObject({ id: f.head.user.id, email: f.head.user.email, role: 'OFFICE_HEAD', office: { id: f.office.id } });
    expect(login.token).toMatch(/^[\w-]{40,}$/);
    const { me } = ok(await app.gql<any>(ME, {}, login.token));
    expect(me).toMatchObject({ id: f.head.user.id, role: 'OFFICE_HEAD', office: { name: f.office.name }, companies: [] });
    const [row] = await app.orm.em.fork().execute('select password_hash from app_user where id = ?', [f.head.user.id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const wrong = await app.gql(LOGIN, { email: f.caretaker.user.email, password: 'not the password' });
    const unknown = await app.gql(LOGIN, { email: 'nobody@nowhere.test', password: 'not the password' });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(codes(unknown)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    expect(wrong.data).toEqual(unknown.data);
  });

  it('slows down repeated failures for one email, even with the right password, and not for others', async () => {
    const email = f.companies[1].client.user.email;
    for (let i = 0; i < 3; i += 1) expect(codes(await app.gql(LOGIN, { email, password: `guess ${i}` }))).toEqual(['UNAUTHENTICATED']);
    const locked = await app.gql(LOGIN, { email, password: PASSWORD });
    expect(codes(locked)).toEqual(['UNAUTHENTICATED']);
    expect(locked.errors![0].message).toMatch(/Too many failed logins/);
    expect(locked.errors![0].extensions?.retryAfter).toBeGreaterThan(0);
    // Another account is not affected.
    ok(await app.gql(LOGIN, { email: f.companies[0].client.user.email, password: PASSWORD }));
    // After the wait the right password works again and clears the counter.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    ok(await app.gql(LOGIN, { email, password: PASSWORD }));
    const [row] = await app.orm.em.fork().execute('select count(*)::int as n from login_failure where email = ?', [email]);
    expect(row.n).toBe(0);
  });

  it('returns null for me without a token, and UNAUTHENTICATED for data that needs one', async () => {
    expect(ok(await app.gql<any>(ME)).me).toBeNull();
    expect(ok(await app.gql<any>(ME, {}, 'not-a-real-token')).me).toBeNull();
    expect(codes(await app.gql('{ companies { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it('answers login as the user who just logged in (a client sees their companies at once)', async () => {
    const client = f.companies[0];
    const { login } = ok(await app.gql<any>('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { user { role companies { id } } } }', { e: client.client.user.email, p: PASSWORD }));
    expect(login.user).toEqual({ role: 'CLIENT', companies: [{ id: client.company.id }] });
  });

  it('shows a client their own companies', async () => {
    const { me } = ok(await app.gql<any>(ME, {}, f.companies[0].client.token));
    expect(me.role).toBe('CLIENT');
    expect(me.office).toBeNull();
    expect(me.companies).toEqual([{ id: f.companies[0].company.id }]);
  });

  it('revokes the token on logout, over HTTP, for open sockets and for new ones', async () => {
    const { login } = ok(await app.gql<any>(LOGIN, { email: f.caretaker.user.email, password: PASSWORD }));
    expect(ok(await app.gql<any>(ME, {}, login.token)).me.id).toBe(f.caretaker.user.id);
    const open = subscribe(app.ws(login.token), 'subscription { unreadCountChanged { count } }');
    expect((await open.next()).data?.unreadCountChanged.count).toBe(0);
    expect(ok(await app.gql<any>('mutation { logout }', {}, login.token)).logout).toBe(true);
    expect(ok(await app.gql<any>(ME, {}, login.token)).me).toBeNull();
    expect(codes(await app.gql('mutation { logout }', {}, login.token))).toEqual(['UNAUTHENTICATED']);
    await expect.poll(() => open.done, { timeout: 5000 }).toBe(true);
    expect(open.error).toEqual({ code: 4403, reason: 'Session ended' });
    const sub = subscribe(app.ws(login.token), 'subscription { unreadCountChanged { count } }');
    await expect(sub.next(3000)).rejects.toThrow(/4403|Forbidden|ended/);
  });

  it('accepts the token in graphql-ws connectionParams', async () => {
    const sub = subscribe(app.ws(f.companies[0].client.token), 'subscription { unreadCountChanged { count companyId } }');
    expect((await sub.next()).data?.unreadCountChanged).toEqual({ count: 0, companyId: null });
    const anonymous = subscribe(app.ws(), 'subscription { unreadCountChanged { count } }');
    expect(codes(await anonymous.next())).toEqual(['UNAUTHENTICATED']);
  });
});
