import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCompany, type OfficeFixtureOf, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import {
  codes,
  countStatements,
  type GraphQLResponse,
  ok,
  oneRow,
  startTestApp,
  type TestApp,
} from '../../../test/harness.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { gqlFrom, source } from '../../../test/sources.js';
import { until } from '../../../test/wait.js';
import { itemAt } from '../../core/lists.js';

const INVITE_STAFF = graphql(`
  mutation InvitationInviteStaff($input: InviteStaffInput!) {
    inviteStaff(input: $input) {
      id email name role status expiresAt createdAt
      invitedBy { id } office { id } company { id }
    }
  }
`);
const INVITE_CLIENT = graphql(`
  mutation InvitationInviteClient($input: InviteClientInput!) {
    inviteClient(input: $input) { id email role status expiresAt office { id } company { id name } }
  }
`);
const RESEND = graphql(`
  mutation InvitationResend($id: ID!) {
    resendInvitation(id: $id) { id status expiresAt }
  }
`);
const REVOKE = graphql(`
  mutation InvitationRevoke($id: ID!) {
    revokeInvitation(id: $id) { id status }
  }
`);
const PREVIEW = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) { officeName companyName role email expiresAt }
  }
`);
const ACCEPT = graphql(`
  mutation InvitationAccept($token: String!, $password: String, $name: String) {
    acceptInvitation(token: $token, password: $password, name: $name) {
      token
      user { id email name role office { id } companies { id } }
    }
  }
`);
const LOGIN = graphql(`
  mutation InvitationLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) { token }
  }
`);
const SESSIONS = graphql(`
  query InvitationSessions {
    mySessions { userAgent current }
  }
`);
const VISIBLE_COMPANIES = graphql(`
  query InvitationVisibleCompanies {
    companies(first: 100) { totalCount edges { node { id } } }
  }
`);
const COMPANY = graphql(`
  query InvitationCompany($id: ID!) {
    company(id: $id) { id }
  }
`);
const OFFICE_INVITATIONS = graphql(`
  query InvitationOfficeInvitations($status: InvitationStatus) {
    me { office { invitations(status: $status) { id email status role company { id } } } }
  }
`);

const INVITATIONS_IN_FULL = graphql(`
  query InvitationInvitationsInFull {
    me {
      office {
        invitations { id status invitedBy { id name } office { id name } company { id name } }
      }
    }
  }
`);

const PASSWORD = 'Zielony-Kalkulator-2026';
const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
const emailOf = (who: string) => `${who}-${randomUUID().slice(0, 8)}@zaproszeni.test`;

describe('invitations', () => {
  let smtp: TestSmtp;
  let app: TestApp;
  let a: OfficeFixtureOf<3>;
  let b: OfficeFixtureOf<3>;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    app = await startTestApp({
      systemSmtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      systemMailFrom: 'Ledgerpost <no-reply@ledgerpost.test>',
    });
    [a, b] = await Promise.all([officeFixture(app), officeFixture(app)]);
  });
  afterAll(async () => {
    await app?.stop();
    await smtp?.stop();
  });

  /** The links mailed to `email` so far, once `count` have arrived. */
  async function linksTo(email: string, count = 1): Promise<string[]> {
    const mails = await until(
      () => smtp.transactions.filter((t) => t.rcptTo.includes(email)),
      (found) => found.length >= count,
      20_000,
    );
    return mails.map((t) => {
      const link = /(https?:\/\/\S+\/invitation\?token=[\w%-]+)/.exec(t.mail.text ?? '')?.[1];
      if (!link) throw new Error(`no invitation link in: ${t.mail.text}`);
      return link;
    });
  }
  const tokenOf = (link: string) =>
    decodeURIComponent(new URL(link).searchParams.get('token') ?? '');
  async function latestToken(email: string, count = 1): Promise<string> {
    const links = await linksTo(email, count);
    return tokenOf(links.at(-1) ?? '');
  }

  /** Refused with `code`, a message for people and no trace of the server's insides. */
  function expectRefused(response: GraphQLResponse<unknown>, code: string, message?: RegExp) {
    expect(codes(response)).toEqual([code]);
    // No partial data: the refused field is null.
    for (const value of Object.values(response.data ?? {})) expect(value).toBeNull();
    const error = response.errors?.[0];
    if (message) expect(error?.message).toMatch(message);
    expect(JSON.stringify(response.errors)).not.toMatch(/\bat .*\.(ts|js)|select |insert /i);
    expect(error?.extensions?.stacktrace).toBeUndefined();
  }

  it('mails a caretaker a link that makes their account; they see exactly the companies assigned to them', async () => {
    const email = emailOf('opiekun');
    const { inviteStaff } = ok(
      await app.gql(
        INVITE_STAFF,
        { input: { email: `  ${email.toUpperCase()} `, name: 'Jan Opiekun', role: 'CARETAKER' } },
        a.head.token,
      ),
    );
    expect(inviteStaff).toMatchObject({
      email,
      name: 'Jan Opiekun',
      role: 'CARETAKER',
      status: 'PENDING',
      invitedBy: { id: a.head.user.id },
      office: { id: a.office.id },
      company: null,
    });
    const hours = (Date.parse(inviteStaff.expiresAt) - Date.parse(inviteStaff.createdAt)) / 3.6e6;
    expect(hours).toBeCloseTo(168, 1);

    const [link = ''] = await linksTo(email);
    expect(link.startsWith(`${app.config.publicUrl}/invitation?token=`)).toBe(true);
    const token = tokenOf(link);
    // Only the hash is kept.
    const row = await oneRow<{ token_hash: string }>(
      app.orm.em.fork(),
      'select token_hash from invitation where id = ?',
      [inviteStaff.id],
    );
    expect(row.token_hash).toBe(sha256(token));

    expect(ok(await app.gql(PREVIEW, { token })).invitation).toEqual({
      officeName: a.office.name,
      companyName: null,
      role: 'CARETAKER',
      email,
      expiresAt: inviteStaff.expiresAt,
    });

    const { acceptInvitation } = ok(await app.gql(ACCEPT, { token, password: PASSWORD }));
    expect(acceptInvitation.user).toMatchObject({
      email,
      name: 'Jan Opiekun',
      role: 'CARETAKER',
      office: { id: a.office.id },
    });
    const caretakerId = acceptInvitation.user.id;
    // Nothing assigned yet: nothing visible.
    expect(
      ok(await app.gql(VISIBLE_COMPANIES, {}, acceptInvitation.token)).companies.totalCount,
    ).toBe(0);

    // Two companies of their own (the fixture's keep their caretakers), assigned in SQL.
    const em = app.orm.em.fork();
    const [c0, c2] = [await buildCompany(em, a.office), await buildCompany(em, a.office)];
    await em.flush();
    const c1 = a.companies[1];
    await em.execute('update company set caretaker_id = ? where id = any(?::uuid[])', [
      caretakerId,
      `{${c0.company.id},${c2.company.id}}`,
    ]);
    const { token: loggedIn } = ok(await app.gql(LOGIN, { email, password: PASSWORD })).login;
    const visible = ok(await app.gql(VISIBLE_COMPANIES, {}, loggedIn)).companies;
    expect(visible.edges.map((e) => e.node.id).sort()).toEqual(
      [c0.company.id, c2.company.id].sort(),
    );
    expectRefused(await app.gql(COMPANY, { id: c1.company.id }, loggedIn), 'NOT_FOUND');

    const accepted = ok(await app.gql(OFFICE_INVITATIONS, { status: 'ACCEPTED' }, a.head.token));
    expect(accepted.me?.office?.invitations.map((i) => i.id)).toContain(inviteStaff.id);
    // Used: the link is done, and says so.
    expect(ok(await app.gql(PREVIEW, { token })).invitation).toBeNull();
    expectRefused(
      await app.gql(ACCEPT, { token, password: PASSWORD }),
      'PRECONDITION_FAILED',
      /already been used/,
    );
  });

  it('lets one client user join companies of two offices, and shows them both and nothing else', async () => {
    const email = emailOf('klient');
    const [a1, b0] = [a.companies[1], b.companies[0]];
    ok(
      await app.gql(
        INVITE_CLIENT,
        { input: { companyId: a1.company.id, email, name: 'Ewa Klient' } },
        a.head.token,
      ),
    );
    const first = await latestToken(email, 1);
    const { inviteClient } = ok(
      await app.gql(
        INVITE_CLIENT,
        { input: { companyId: b0.company.id, email, name: 'Ewa Klient' } },
        b.head.token,
      ),
    );
    expect(inviteClient).toMatchObject({
      role: 'CLIENT',
      office: { id: b.office.id },
      company: { id: b0.company.id, name: b0.company.name },
    });
    const second = await latestToken(email, 2);
    expect(ok(await app.gql(PREVIEW, { token: second })).invitation).toMatchObject({
      officeName: b.office.name,
      companyName: b0.company.name,
      role: 'CLIENT',
    });

    const made = ok(await app.gql(ACCEPT, { token: first, password: PASSWORD, name: 'Ewa K.' }));
    expect(made.acceptInvitation.user).toMatchObject({
      email,
      name: 'Ewa K.',
      role: 'CLIENT',
      office: null,
      companies: [{ id: a1.company.id }],
    });

    // The email has an account now: the second link asks to log in first.
    const anonymous = await app.gql(ACCEPT, { token: second, password: PASSWORD });
    expectRefused(anonymous, 'UNAUTHENTICATED', /log in/);
    expect(anonymous.errors?.[0]?.extensions?.reasons).toEqual(['LOGIN_REQUIRED']);
    // Someone else's session does not take it either.
    expectRefused(
      await app.gql(ACCEPT, { token: second }, a.companies[2].client.token),
      'PRECONDITION_FAILED',
      /log in to that account/,
    );

    const { token } = ok(await app.gql(LOGIN, { email, password: PASSWORD })).login;
    const attached = ok(await app.gql(ACCEPT, { token: second }, token));
    expect(attached.acceptInvitation.user.id).toBe(made.acceptInvitation.user.id);
    expect(attached.acceptInvitation.user.companies.map((c) => c.id).sort()).toEqual(
      [a1.company.id, b0.company.id].sort(),
    );
    const visible = ok(await app.gql(VISIBLE_COMPANIES, {}, attached.acceptInvitation.token));
    expect(visible.companies.edges.map((e) => e.node.id).sort()).toEqual(
      [a1.company.id, b0.company.id].sort(),
    );
    for (const other of [a.companies[0], a.companies[2], b.companies[1]])
      expectRefused(
        await app.gql(COMPANY, { id: other.company.id }, attached.acceptInvitation.token),
        'NOT_FOUND',
      );
    // The password was not changed by attaching.
    ok(await app.gql(LOGIN, { email, password: PASSWORD }));
  });

  it('refuses an expired link clearly, lists it as EXPIRED, and a resend revives it', async () => {
    const email = emailOf('spozniony');
    const { inviteClient } = ok(
      await app.gql(
        INVITE_CLIENT,
        { input: { companyId: a.companies[0].company.id, email, name: 'Spóźniony' } },
        a.head.token,
      ),
    );
    const token = await latestToken(email);
    await app.orm.em
      .fork()
      .execute(`update invitation set expires_at = now() - interval '1 minute' where id = ?`, [
        inviteClient.id,
      ]);
    expect(ok(await app.gql(PREVIEW, { token })).invitation).toBeNull();
    const refused = await app.gql(ACCEPT, { token, password: PASSWORD });
    expectRefused(refused, 'PRECONDITION_FAILED', /expired/);
    expect(refused.errors?.[0]?.extensions?.reasons).toEqual(['EXPIRED']);
    const listed = async (status: 'EXPIRED' | 'PENDING') =>
      ok(await app.gql(OFFICE_INVITATIONS, { status }, a.head.token)).me?.office?.invitations.map(
        (i) => i.id,
      );
    expect(await listed('EXPIRED')).toContain(inviteClient.id);
    expect(await listed('PENDING')).not.toContain(inviteClient.id);

    expect(
      ok(await app.gql(RESEND, { id: inviteClient.id }, a.head.token)).resendInvitation.status,
    ).toBe('PENDING');
    const renewed = await latestToken(email, 2);
    ok(await app.gql(ACCEPT, { token: renewed, password: PASSWORD }));
  });

  it('kills the old link on resend and mails a new one', async () => {
    const email = emailOf('ponowny');
    const { inviteStaff } = ok(
      await app.gql(
        INVITE_STAFF,
        { input: { email, name: 'Ponowny', role: 'OFFICE_HEAD' } },
        a.head.token,
      ),
    );
    const old = await latestToken(email, 1);
    const { resendInvitation } = ok(await app.gql(RESEND, { id: inviteStaff.id }, a.head.token));
    expect(Date.parse(resendInvitation.expiresAt)).toBeGreaterThanOrEqual(
      Date.parse(inviteStaff.expiresAt),
    );
    const fresh = await latestToken(email, 2);
    expect(fresh).not.toBe(old);
    expect(ok(await app.gql(PREVIEW, { token: old })).invitation).toBeNull();
    const dead = await app.gql(ACCEPT, { token: old, password: PASSWORD });
    expectRefused(dead, 'BAD_USER_INPUT', /not valid/);
    expect(dead.errors?.[0]?.extensions?.field).toBe('token');
    const { acceptInvitation } = ok(await app.gql(ACCEPT, { token: fresh, password: PASSWORD }));
    expect(acceptInvitation.user).toMatchObject({
      role: 'OFFICE_HEAD',
      office: { id: a.office.id },
    });
  });

  it('refuses a revoked link, and resending or revoking what is settled', async () => {
    const email = emailOf('odwolany');
    const { inviteStaff } = ok(
      await app.gql(
        INVITE_STAFF,
        { input: { email, name: 'Odwołany', role: 'CARETAKER' } },
        a.head.token,
      ),
    );
    const token = await latestToken(email);
    expect(
      ok(await app.gql(REVOKE, { id: inviteStaff.id }, a.head.token)).revokeInvitation,
    ).toEqual({
      id: inviteStaff.id,
      status: 'REVOKED',
    });
    // Revoking again answers the same.
    ok(await app.gql(REVOKE, { id: inviteStaff.id }, a.head.token));
    expect(ok(await app.gql(PREVIEW, { token })).invitation).toBeNull();
    expectRefused(
      await app.gql(ACCEPT, { token, password: PASSWORD }),
      'PRECONDITION_FAILED',
      /withdrawn/,
    );
    expectRefused(
      await app.gql(RESEND, { id: inviteStaff.id }, a.head.token),
      'PRECONDITION_FAILED',
    );
    const userRow = await oneRow<{ n: number }>(
      app.orm.em.fork(),
      'select count(*)::int as n from app_user where email = ?',
      [email],
    );
    expect(userRow.n).toBe(0);
  });

  it('takes two accepts of one link at once as one', async () => {
    const email = emailOf('dwa-razy');
    ok(
      await app.gql(
        INVITE_STAFF,
        { input: { email, name: 'Dwa Razy', role: 'CARETAKER' } },
        a.head.token,
      ),
    );
    const token = await latestToken(email);
    const responses = await Promise.all(
      [0, 1].map(() => app.gql(ACCEPT, { token, password: PASSWORD })),
    );
    expect(responses.map((r) => codes(r).join() || 'data').sort()).toEqual([
      'PRECONDITION_FAILED',
      'data',
    ]);
    const userRow = await oneRow<{ n: number }>(
      app.orm.em.fork(),
      'select count(*)::int as n from app_user where email = ?',
      [email],
    );
    expect(userRow.n).toBe(1);
  });

  it('checks the password rules and the name, leaving the link usable; the session it opens keeps the user agent', async () => {
    const email = emailOf('haslo');
    ok(
      await app.gql(
        INVITE_STAFF,
        { input: { email, name: 'Hasło', role: 'CARETAKER' } },
        a.head.token,
      ),
    );
    const token = await latestToken(email);
    for (const [password, reasons] of [
      [undefined, undefined],
      ['krotkie', ['PASSWORD_TOO_SHORT']],
      ['qwertyuiop', ['PASSWORD_COMMON']],
      [email, ['PASSWORD_CONTAINS_EMAIL']],
    ] as const) {
      const response = await app.gql(ACCEPT, { token, password });
      expectRefused(response, 'BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.field).toBe('password');
      expect(response.errors?.[0]?.extensions?.reasons).toEqual(reasons);
    }
    expectRefused(
      await app.gql(ACCEPT, { token, password: PASSWORD, name: '  ' }),
      'BAD_USER_INPUT',
    );
    expect(ok(await app.gql(PREVIEW, { token })).invitation?.email).toBe(email);
    const agent = 'Mozilla/5.0 (Macintosh) Safari/18';
    const accepted = await gqlFrom(
      app,
      source(51),
      ACCEPT,
      { token, password: PASSWORD },
      {
        'user-agent': agent,
      },
    );
    const session = accepted.body.data!.acceptInvitation.token;
    expect(ok(await app.gql(SESSIONS, {}, session)).mySessions).toEqual([
      { userAgent: agent, current: true },
    ]);
  });

  it('answers hostile and unknown tokens with null previews and BAD_USER_INPUT', async () => {
    for (const token of ['', 'x', 'a'.repeat(5000), "' or 1=1 --", randomUUID()]) {
      expect(ok(await app.gql(PREVIEW, { token })).invitation).toBeNull();
      expectRefused(await app.gql(ACCEPT, { token, password: PASSWORD }), 'BAD_USER_INPUT');
    }
  });

  it('refuses bad staff invitations: other roles, taken emails, a second open invitation', async () => {
    for (const role of ['CLIENT', 'PLATFORM_ADMIN'] as const) {
      const response = await app.gql(
        INVITE_STAFF,
        { input: { email: emailOf('rola'), name: 'Rola', role } },
        a.head.token,
      );
      expectRefused(response, 'BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.field).toBe('role');
    }
    const bad = await app.gql(
      INVITE_STAFF,
      { input: { email: 'nie-email', name: 'X', role: 'CARETAKER' } },
      a.head.token,
    );
    expect(bad.errors?.[0]?.extensions?.field).toBe('email');
    for (const taken of [
      a.caretaker.user.email,
      b.head.user.email,
      a.companies[0].client.user.email,
    ])
      expectRefused(
        await app.gql(
          INVITE_STAFF,
          { input: { email: taken, name: 'Zajęty', role: 'CARETAKER' } },
          a.head.token,
        ),
        'CONFLICT',
      );
    const email = emailOf('drugi');
    ok(
      await app.gql(
        INVITE_STAFF,
        { input: { email, name: 'Drugi', role: 'CARETAKER' } },
        a.head.token,
      ),
    );
    expectRefused(
      await app.gql(
        INVITE_STAFF,
        { input: { email, name: 'Drugi', role: 'CARETAKER' } },
        a.head.token,
      ),
      'CONFLICT',
      /resend/,
    );
  });

  it('keeps invitations to the staff who manage them: other offices and companies are NOT_FOUND', async () => {
    // The fixture's caretaker looks after companies 0 and 2.
    const [mine, notMine] = [a.companies[0], a.companies[1]];
    expectRefused(
      await app.gql(
        INVITE_CLIENT,
        { input: { companyId: notMine.company.id, email: emailOf('obcy'), name: 'X' } },
        a.caretaker.token,
      ),
      'NOT_FOUND',
    );
    for (const companyId of ['nie-id', randomUUID(), notMine.company.id])
      expectRefused(
        await app.gql(
          INVITE_CLIENT,
          { input: { companyId, email: emailOf('obcy'), name: 'X' } },
          b.head.token,
        ),
        'NOT_FOUND',
      );
    const { inviteClient: ofCaretaker } = ok(
      await app.gql(
        INVITE_CLIENT,
        {
          input: { companyId: mine.company.id, email: emailOf('od-opiekuna'), name: 'Od Opiekuna' },
        },
        a.caretaker.token,
      ),
    );
    const { inviteClient: ofHead } = ok(
      await app.gql(
        INVITE_CLIENT,
        { input: { companyId: notMine.company.id, email: emailOf('od-szefa'), name: 'Od Szefa' } },
        a.head.token,
      ),
    );
    const { inviteStaff } = ok(
      await app.gql(
        INVITE_STAFF,
        { input: { email: emailOf('kadra'), name: 'Kadra', role: 'CARETAKER' } },
        a.head.token,
      ),
    );
    // The caretaker manages the client invitations of their companies only.
    const seen =
      ok(await app.gql(OFFICE_INVITATIONS, {}, a.caretaker.token)).me?.office?.invitations ?? [];
    const seenIds = seen.map((i) => i.id);
    expect(seenIds).toContain(ofCaretaker.id);
    expect(seenIds).not.toContain(ofHead.id);
    expect(seenIds).not.toContain(inviteStaff.id);
    for (const invitation of seen) expect(invitation.company?.id).toBe(mine.company.id);
    for (const id of [ofHead.id, inviteStaff.id]) {
      expectRefused(await app.gql(RESEND, { id }, a.caretaker.token), 'NOT_FOUND');
      expectRefused(await app.gql(REVOKE, { id }, a.caretaker.token), 'NOT_FOUND');
    }
    for (const id of [ofCaretaker.id, ofHead.id, inviteStaff.id, 'nie-id', randomUUID()]) {
      expectRefused(await app.gql(RESEND, { id }, b.head.token), 'NOT_FOUND');
      expectRefused(await app.gql(REVOKE, { id }, b.head.token), 'NOT_FOUND');
    }
    // Office B's head sees none of office A's.
    const ofB =
      ok(await app.gql(OFFICE_INVITATIONS, {}, b.head.token)).me?.office?.invitations ?? [];
    expect(ofB.map((i) => i.id)).not.toContain(ofHead.id);
    // The head may resend the caretaker's invitation.
    ok(await app.gql(RESEND, { id: ofCaretaker.id }, a.head.token));
  });

  it('refuses a client invitation to staff emails and to people already in the company', async () => {
    const company = a.companies[0];
    for (const email of [a.caretaker.user.email, b.head.user.email, company.client.user.email])
      expectRefused(
        await app.gql(
          INVITE_CLIENT,
          { input: { companyId: company.company.id, email, name: 'X' } },
          a.head.token,
        ),
        'CONFLICT',
      );
    // A client of another company may be invited to this one too.
    ok(
      await app.gql(
        INVITE_CLIENT,
        {
          input: {
            companyId: company.company.id,
            email: a.companies[1].client.user.email,
            name: 'Y',
          },
        },
        a.head.token,
      ),
    );
  });

  it('takes no new users into an archived company: neither invitations nor accepts', async () => {
    const em = app.orm.em.fork();
    const { company } = await buildCompany(em, a.office);
    await em.flush();
    const email = emailOf('archiwum');
    ok(
      await app.gql(
        INVITE_CLIENT,
        { input: { companyId: company.id, email, name: 'Archiwum' } },
        a.head.token,
      ),
    );
    const token = await latestToken(email);
    await em.execute('update company set archived_at = now() where id = ?', [company.id]);
    const refused = await app.gql(
      INVITE_CLIENT,
      { input: { companyId: company.id, email: emailOf('archiwum'), name: 'X' } },
      a.head.token,
    );
    expectRefused(refused, 'PRECONDITION_FAILED', /archived/);
    expect(refused.errors?.[0]?.extensions?.reasons).toEqual(['COMPANY_ARCHIVED']);
    expectRefused(
      await app.gql(ACCEPT, { token, password: PASSWORD }),
      'PRECONDITION_FAILED',
      /archived/,
    );
    const members = await oneRow<{ n: number }>(
      em,
      'select count(*)::int as n from company_member where company_id = ?',
      [company.id],
    );
    expect(members.n).toBe(1);
  });

  it('lists an office’s invitations in the same few statements however many there are', async () => {
    const office = await officeFixture(app);
    const invited: string[] = [];
    const invite = async (n: number) => {
      for (let i = 0; i < n; i += 1) {
        const email = emailOf('lista');
        invited.push(email);
        if (i % 2 === 0) {
          const { company } = itemAt(office.companies, i % 3);
          ok(
            await app.gql(
              INVITE_CLIENT,
              { input: { companyId: company.id, email, name: 'L' } },
              office.head.token,
            ),
          );
        } else {
          ok(
            await app.gql(
              INVITE_STAFF,
              { input: { email, name: 'L', role: 'CARETAKER' } },
              office.head.token,
            ),
          );
        }
      }
      // Statements are counted process-wide: the mail worker's are over before the listing.
      await until(
        () =>
          oneRow<{ n: number }>(
            app.orm.em.fork(),
            `select count(*)::int as n from system_mail where to_address = any(?::text[]) and status = 'QUEUED'`,
            [`{${invited.join(',')}}`],
          ),
        (row) => row.n === 0,
        20_000,
      );
    };
    const list = () =>
      countStatements(
        async () =>
          ok(await app.gql(INVITATIONS_IN_FULL, {}, office.head.token)).me?.office?.invitations ??
          [],
      );
    await invite(2);
    const few = await list();
    await invite(8);
    const more = await list();
    expect(few.result).toHaveLength(2);
    expect(more.result).toHaveLength(10);
    for (const invitation of more.result) {
      expect(invitation.invitedBy?.id).toBe(office.head.user.id);
      expect(invitation.office.id).toBe(office.office.id);
    }
    expect(more.statements).toBe(few.statements);
  });

  it('sends one of two identical invitations made at once; the other gets CONFLICT', async () => {
    const email = emailOf('blizniak');
    const companyId = a.companies[0].company.id;
    for (const call of [
      () =>
        app.gql(
          INVITE_STAFF,
          { input: { email, name: 'Bliźniak', role: 'CARETAKER' } },
          a.head.token,
        ),
      () => app.gql(INVITE_CLIENT, { input: { companyId, email, name: 'Bliźniak' } }, a.head.token),
    ]) {
      const responses = await Promise.all([call(), call()]);
      expect(responses.map((r) => codes(r).join() || 'data').sort()).toEqual(['CONFLICT', 'data']);
    }
    const row = await oneRow<{ n: number }>(
      app.orm.em.fork(),
      'select count(*)::int as n from invitation where email = ?',
      [email],
    );
    expect(row.n).toBe(2);
  });
});
