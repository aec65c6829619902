import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixtureOf, officeFixture, uniqueNip } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { until } from '../../../test/wait.js';

/*
 * Each person has a language (PL unless chosen); the platform's own emails to them are written in
 * it: password resets and notices in the account's, invitations in the one the inviter chose (or
 * the invited account's), which a new account then keeps unless its owner picks another.
 */

const SIGN_UP = graphql(`
  mutation LanguageSignUp($input: SignUpOfficeInput!) {
    signUpOffice(input: $input) { token user { id email language } }
  }
`);
const UPDATE_ME = graphql(`
  mutation LanguageUpdateMe($input: UpdateMyAccountInput!) {
    updateMyAccount(input: $input) { id name language }
  }
`);
const ME = graphql(`
  query LanguageMe {
    me { id name language }
  }
`);
const REQUEST_RESET = graphql(`
  mutation LanguageRequestReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);
const INVITE_STAFF = graphql(`
  mutation LanguageInviteStaff($input: InviteStaffInput!) {
    inviteStaff(input: $input) { id language }
  }
`);
const INVITE_CLIENT = graphql(`
  mutation LanguageInviteClient($input: InviteClientInput!) {
    inviteClient(input: $input) { id language }
  }
`);
const ACCEPT = graphql(`
  mutation LanguageAccept($token: String!, $password: String, $language: Language) {
    acceptInvitation(token: $token, password: $password, language: $language) {
      user { id language }
    }
  }
`);

const PREVIEW = graphql(`
  query LanguagePreview($token: String!) {
    invitation(token: $token) { language }
  }
`);

const PASSWORD = 'Zielony-Kalkulator-2026';
const emailOf = (who: string) => `${who}-${randomUUID().slice(0, 8)}@jezyk.test`;

describe('the language of system mail', () => {
  let smtp: TestSmtp;
  let app: TestApp;
  let f: OfficeFixtureOf<2>;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    app = await startTestApp({ systemSmtpUrl: `smtp://127.0.0.1:${smtp.port}` });
    f = await officeFixture(app, { companies: 2 });
  });
  afterAll(async () => {
    await app?.stop();
    await smtp?.stop();
  });

  /** The subjects mailed to `email`, once `count` have arrived. */
  async function subjectsTo(email: string, count = 1): Promise<string[]> {
    const mails = await until(
      () => smtp.transactions.filter((t) => t.rcptTo.includes(email)),
      (found) => found.length >= count,
      20_000,
    );
    return mails.map((t) => t.mail.subject ?? '');
  }
  async function tokenMailedTo(email: string): Promise<string> {
    const [mail] = await until(
      () => smtp.transactions.filter((t) => t.rcptTo.includes(email)),
      (found) => found.length >= 1,
      20_000,
    );
    return decodeURIComponent(/invitation\?token=([\w%-]+)/.exec(mail!.mail.text ?? '')![1]!);
  }

  it('keeps the language chosen at sign-up and writes the reset email in it; PL by default', async () => {
    const english = emailOf('head-en');
    const polish = emailOf('head-pl');
    const signUp = (email: string, language?: 'EN' | 'PL') =>
      app.gql(SIGN_UP, {
        input: {
          officeName: `Biuro ${randomUUID().slice(0, 6)}`,
          nip: uniqueNip(),
          headName: 'Anna Nowak',
          email,
          password: PASSWORD,
          ...(language ? { language } : {}),
        },
      });
    expect(ok(await signUp(english, 'EN')).signUpOffice.user.language).toBe('EN');
    expect(ok(await signUp(polish)).signUpOffice.user.language).toBe('PL');

    ok(await app.gql(REQUEST_RESET, { email: english }));
    ok(await app.gql(REQUEST_RESET, { email: polish }));
    expect(await subjectsTo(english)).toEqual(['Set a new Ledgerpost password']);
    expect(await subjectsTo(polish)).toEqual(['Ustawienie nowego hasła w Ledgerpost']);
  });

  it('lets anyone change their own name and language in updateMyAccount, and mails follow it', async () => {
    const client = f.companies[1].client;
    const changed = ok(
      await app.gql(
        UPDATE_ME,
        { input: { language: 'EN', name: '  Jan Kowalski ' } },
        client.token,
      ),
    ).updateMyAccount;
    expect(changed).toEqual({ id: client.user.id, name: 'Jan Kowalski', language: 'EN' });
    // A field left out stays as it is.
    ok(await app.gql(UPDATE_ME, { input: { name: 'Jan K.' } }, client.token));
    expect(ok(await app.gql(ME, {}, client.token)).me).toEqual({
      id: client.user.id,
      name: 'Jan K.',
      language: 'EN',
    });

    ok(await app.gql(REQUEST_RESET, { email: client.user.email }));
    expect(await subjectsTo(client.user.email)).toEqual(['Set a new Ledgerpost password']);
  });

  it('refuses a blank or overlong name and an unknown language, changing nothing', async () => {
    const head = f.head;
    const blank = await app.gql(UPDATE_ME, { input: { name: '   ' } }, head.token);
    expect(codes(blank)).toEqual(['BAD_USER_INPUT']);
    expect(blank.errors![0]!.extensions).toMatchObject({ field: 'name' });
    expect(
      codes(await app.gql(UPDATE_ME, { input: { name: 'x'.repeat(201) } }, head.token)),
    ).toEqual(['BAD_USER_INPUT']);
    // Not a language of ours: the typed document would not take it.
    const unknown = await app.gql(UPDATE_ME, { input: { language: 'DE' as 'EN' } }, head.token);
    expect(unknown.errors).toHaveLength(1);
    expect(ok(await app.gql(ME, {}, head.token)).me).toMatchObject({
      name: head.user.name,
      language: 'PL',
    });
    expect(codes(await app.gql(UPDATE_ME, { input: { language: 'EN' } }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('writes an invitation in the chosen language, and the new account keeps it unless told', async () => {
    const en = emailOf('caretaker-en');
    const pl = emailOf('caretaker-pl');
    const invited = ok(
      await app.gql(
        INVITE_STAFF,
        { input: { email: en, name: 'Emma Smith', role: 'CARETAKER', language: 'EN' } },
        f.head.token,
      ),
    ).inviteStaff;
    expect(invited.language).toBe('EN');
    ok(
      await app.gql(
        INVITE_STAFF,
        { input: { email: pl, name: 'Ewa Nowak', role: 'CARETAKER' } },
        f.head.token,
      ),
    );
    expect(await subjectsTo(en)).toEqual([`Invitation to ${f.office.name} on Ledgerpost`]);
    expect(await subjectsTo(pl)).toEqual([`Zaproszenie do biura ${f.office.name} w Ledgerpost`]);

    const enToken = await tokenMailedTo(en);
    // The link's page is shown in the invitation's language.
    expect(ok(await app.gql(PREVIEW, { token: enToken })).invitation).toEqual({ language: 'EN' });
    const kept = ok(await app.gql(ACCEPT, { token: enToken, password: PASSWORD })).acceptInvitation
      .user;
    expect(kept.language).toBe('EN');
    const chosen = ok(
      await app.gql(ACCEPT, { token: await tokenMailedTo(pl), password: PASSWORD, language: 'EN' }),
    ).acceptInvitation.user;
    expect(chosen.language).toBe('EN');
  });

  it('invites an existing account in its own language when the inviter does not choose', async () => {
    // The client of company 1 chose English above; company 0's staff invite them there too.
    const client = f.companies[1].client;
    const invited = ok(
      await app.gql(
        INVITE_CLIENT,
        { input: { companyId: f.companies[0].company.id, email: client.user.email, name: 'Jan' } },
        f.head.token,
      ),
    ).inviteClient;
    expect(invited.language).toBe('EN');
    const subjects = await subjectsTo(client.user.email, 2);
    expect(subjects.at(-1)).toBe(`${f.office.name} invites you to Ledgerpost`);
  });
});
