import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryFor, PDF, upload } from '../../../test/authz.js';
import {
  buildStaff,
  type OfficeFixtureOf,
  officeFixture,
  sessionFor,
} from '../../../test/factories.js';
import type { ApiScope, CreateApiTokenInput } from '../../../test/gql/graphql.js';
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
import { Role } from '../auth/user.entity.js';
import { OfficeVerification } from '../office/office.entity.js';

const CREATE = graphql(`
  mutation ApiTokenCreate($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken { id name scopes hint createdAt expiresAt lastUsedAt revokedAt createdBy { id } }
    }
  }
`);
const LIST = graphql(`
  query ApiTokenList {
    apiTokens { id name scopes hint createdAt expiresAt lastUsedAt revokedAt createdBy { id name } }
  }
`);
const REVOKE = graphql(`
  mutation ApiTokenRevoke($id: ID!) {
    revokeApiToken(id: $id) { id revokedAt }
  }
`);
const COMPANIES = graphql(`
  query ApiTokenCompanies {
    companies(first: 50) { totalCount edges { node { id name } } }
  }
`);
const NOTIFY = graphql(`
  mutation ApiTokenNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id recipientCount }
  }
`);
const SEND_MESSAGE = graphql(`
  mutation ApiTokenSendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) { id body }
  }
`);
const SMTP = graphql(`
  mutation ApiTokenSmtp($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host }
  }
`);
const EMAIL = graphql(`
  mutation ApiTokenEmail($input: SendEmailInput!) {
    sendEmail(input: $input) { id recipientCount }
  }
`);
const LEDGER = graphql(`
  mutation ApiTokenLedger($companyId: ID!, $entries: [LedgerEntryInput!]!) {
    importLedgerEntries(companyId: $companyId, entries: $entries)
  }
`);
const DEACTIVATE = graphql(`
  mutation ApiTokenDeactivateHead($id: ID!) {
    deactivateUser(id: $id) { id deactivatedAt }
  }
`);
const UNREAD = graphql(`
  subscription ApiTokenUnread {
    unreadCountChanged { count }
  }
`);
const LOGOUT = graphql(`
  mutation ApiTokenLogout {
    logout
  }
`);

/** The codes of the errors a refused subscription was ended with. */
const errorCodes = (error: unknown) =>
  (error as Array<{ extensions?: { code?: string } }>).map((e) => e.extensions?.code);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const RATE = 40;

describe('API tokens', () => {
  let app: TestApp;
  let smtp: TestSmtp;
  let f: OfficeFixtureOf<3>;
  let other: OfficeFixtureOf<1>;

  /** A new token of office f (or another's head token) with these scopes; its secret. */
  async function tokenWith(scopes: ApiScope[], headToken = f.head.token, expiresInMs?: number) {
    const expiresAt = expiresInMs ? new Date(Date.now() + expiresInMs).toISOString() : undefined;
    const { createApiToken } = ok(
      await app.gql(
        CREATE,
        { input: { name: `app ${scopes.join('+')}`, scopes, expiresAt } },
        headToken,
      ),
    );
    return createApiToken;
  }

  beforeAll(async () => {
    smtp = await startTestSmtp({ users: { biuro: 'tajne-hasło' } });
    app = await startTestApp({ apiTokenRequestsPerMinute: RATE });
    f = await officeFixture(app, { verification: OfficeVerification.VERIFIED });
    other = await officeFixture(app, { companies: 1 });
    ok(
      await app.gql(
        SMTP,
        {
          input: {
            host: '127.0.0.1',
            port: smtp.port,
            security: 'NONE',
            username: 'biuro',
            password: 'tajne-hasło',
            fromAddress: 'biuro@kancelaria.test',
            fromName: 'Kancelaria Test',
          },
        },
        f.head.token,
      ),
    );
  });
  afterAll(async () => {
    await app.stop();
    await smtp.stop();
  });

  it('shows the secret once: stored as its sha256, listed with a hint only', async () => {
    const created = await tokenWith(['READ', 'NOTIFY']);
    expect(created.token).toMatch(/^lp_[0-9A-Za-z]{43}$/);
    expect(created.apiToken).toMatchObject({
      name: 'app READ+NOTIFY',
      scopes: ['READ', 'NOTIFY'],
      hint: `lp_…${created.token.slice(-4)}`,
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
      createdBy: { id: f.head.user.id },
    });
    const row = await oneRow<Record<string, unknown>>(
      app.orm.em.fork(),
      'select * from api_token where id = ?',
      [created.apiToken.id],
    );
    expect(row.token_hash).toBe(sha256(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token.slice(3));

    const listing = await app.gql(LIST, {}, f.head.token);
    const { apiTokens } = ok(listing);
    expect(apiTokens.map((t) => t.id)).toContain(created.apiToken.id);
    expect(JSON.stringify(listing)).not.toContain(created.token.slice(3, -4));
    // No field of the schema can give the secret or its hash back.
    const hostile = await app.gql('{ apiTokens { tokenHash token } }', {}, f.head.token);
    expect(hostile.errors?.map((e) => e.message)).toEqual([
      expect.stringMatching(/Cannot query field "tokenHash"/),
      expect.stringMatching(/Cannot query field "token"/),
    ]);
  });

  it('refuses bad names, scopes and expiries with the field', async () => {
    const inOneYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
    const cases: Array<{ input: CreateApiTokenInput; field: string }> = [
      { input: { name: '   ', scopes: ['READ'] }, field: 'name' },
      { input: { name: 'x'.repeat(101), scopes: ['READ'] }, field: 'name' },
      { input: { name: 'ok', scopes: [] }, field: 'scopes' },
      {
        input: {
          name: 'ok',
          scopes: ['READ'],
          expiresAt: new Date(Date.now() - 1000).toISOString(),
        },
        field: 'expiresAt',
      },
      {
        input: {
          name: 'ok',
          scopes: ['READ'],
          expiresAt: new Date(Date.now() + 3 * 365 * 86_400_000).toISOString(),
        },
        field: 'expiresAt',
      },
    ];
    for (const c of cases) {
      const response = await app.gql(CREATE, { input: c.input }, f.head.token);
      expect(codes(response), c.field).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.field).toBe(c.field);
    }
    // Not a date at all: refused by the scalar before the service.
    const notADate = { name: 'ok', scopes: ['READ' as const], expiresAt: 'jutro' };
    expect(codes(await app.gql(CREATE, { input: notADate }, f.head.token))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const { n } = await oneRow<{ n: number }>(
      app.orm.em.fork(),
      "select count(*)::int as n from api_token where name = 'ok'",
    );
    expect(n).toBe(0);
    const { createApiToken } = ok(
      await app.gql(
        CREATE,
        { input: { name: '  Integracja ERP  ', scopes: ['READ', 'READ'], expiresAt: inOneYear } },
        f.head.token,
      ),
    );
    expect(createApiToken.apiToken).toMatchObject({
      name: 'Integracja ERP',
      scopes: ['READ'],
      expiresAt: inOneYear,
    });
  });

  it('READ reads what the head sees and cannot notify, over HTTP', async () => {
    const { token } = await tokenWith(['READ']);
    const asToken = ok(await app.gql(COMPANIES, {}, token)).companies;
    const asHead = ok(await app.gql(COMPANIES, {}, f.head.token)).companies;
    expect(asToken).toEqual(asHead);
    expect(asToken.totalCount).toBe(3);
    const refused = await app.gql(
      NOTIFY,
      { input: { companyIds: [f.companies[0].company.id], body: 'nie wolno' } },
      token,
    );
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.message).toMatch(/NOTIFY/);
    const sent = await oneRow<{ n: number }>(
      app.orm.em.fork(),
      "select count(*)::int as n from message where body = 'nie wolno'",
    );
    expect(sent.n).toBe(0);
  });

  it('NOTIFY sends notifications and messages but reads nothing', async () => {
    const { token } = await tokenWith(['NOTIFY']);
    const { sendBulkNotification } = ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: f.companies.map((c) => c.company.id), body: 'Termin VAT: 25.' } },
        token,
      ),
    );
    expect(sendBulkNotification.recipientCount).toBe(3);
    ok(
      await app.gql(
        SEND_MESSAGE,
        { input: { companyId: f.companies[1].company.id, body: 'Z integracji' } },
        token,
      ),
    );
    // Written in the head's name, for the office.
    const author = await oneRow<{ author_id: string }>(
      app.orm.em.fork(),
      "select author_id from message where body = 'Z integracji'",
    );
    expect(author.author_id).toBe(f.head.user.id);
    expect(codes(await app.gql(COMPANIES, {}, token))).toEqual(['FORBIDDEN']);
    // Another office's company stays NOT_FOUND, as for the head.
    expect(
      codes(
        await app.gql(
          NOTIFY,
          { input: { companyIds: [other.companies[0].company.id], body: 'obce' } },
          token,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('EMAIL sends email; NOTIFY may not', async () => {
    const { token } = await tokenWith(['EMAIL']);
    const { token: notify } = await tokenWith(['NOTIFY']);
    const input = {
      companyIds: [f.companies[0].company.id],
      subject: 'Z integracji',
      html: '<p>Dzień dobry</p>',
    };
    expect(codes(await app.gql(EMAIL, { input }, notify))).toEqual(['FORBIDDEN']);
    const before = smtp.transactions.length;
    const { sendEmail } = ok(await app.gql(EMAIL, { input }, token));
    expect(sendEmail.recipientCount).toBe(1);
    await expect.poll(() => smtp.transactions.length, { timeout: 10_000 }).toBe(before + 1);
  });

  it('BOOKKEEPING imports ledger entries; READ may not', async () => {
    const { token } = await tokenWith(['BOOKKEEPING']);
    const { token: read } = await tokenWith(['READ']);
    const company = f.companies[1].company;
    const entries = [entryFor(company, 'Z integracji księgowej')];
    expect(codes(await app.gql(LEDGER, { companyId: company.id, entries }, read))).toEqual([
      'FORBIDDEN',
    ]);
    expect(ok(await app.gql(LEDGER, { companyId: company.id, entries }, token))).toEqual({
      importLedgerEntries: 1,
    });
  });

  it('never manages tokens, sessions or settings, whatever its scopes', async () => {
    const { token } = await tokenWith(['READ', 'NOTIFY', 'EMAIL', 'BOOKKEEPING', 'WEBHOOKS']);
    expect(codes(await app.gql(CREATE, { input: { name: 'x', scopes: ['READ'] } }, token))).toEqual(
      ['FORBIDDEN'],
    );
    expect(codes(await app.gql(LIST, {}, token))).toEqual(['FORBIDDEN']);
    expect(codes(await app.gql(LOGOUT, {}, token))).toEqual(['FORBIDDEN']);
    // One refused field refuses the whole operation: nothing of it runs.
    const mixed = await app.gql(
      '{ companies(first: 1) { totalCount } apiTokens { id } }',
      {},
      token,
    );
    expect(codes(mixed)).toEqual(['FORBIDDEN']);
    expect(mixed.data ?? null).toBeNull();
  });

  it('answers UNAUTHENTICATED for expired, revoked and made-up tokens', async () => {
    const expired = await tokenWith(['READ']);
    ok(await app.gql(COMPANIES, {}, expired.token));
    await app.orm.em
      .fork()
      .execute("update api_token set expires_at = now() - interval '1 second' where id = ?", [
        expired.apiToken.id,
      ]);
    expect(codes(await app.gql(COMPANIES, {}, expired.token))).toEqual(['UNAUTHENTICATED']);

    const revoked = await tokenWith(['READ']);
    ok(await app.gql(REVOKE, { id: revoked.apiToken.id }, f.head.token));
    expect(codes(await app.gql(COMPANIES, {}, revoked.token))).toEqual(['UNAUTHENTICATED']);

    const madeUp = `lp_${'A'.repeat(43)}`;
    expect(codes(await app.gql(COMPANIES, {}, madeUp))).toEqual(['UNAUTHENTICATED']);
    // A revoked token opens no socket either.
    const sub = subscribe(app.ws(revoked.token), UNREAD);
    await expect(sub.next(3000)).rejects.toThrow(/4403|Forbidden/);
  });

  it('stops working when the head who made it is deactivated or no longer a head', async () => {
    const em = app.orm.em.fork();
    const second = await sessionFor(
      app,
      em,
      await buildStaff(em, f.office, { role: Role.OFFICE_HEAD }),
    );
    const deactivated = await tokenWith(['READ'], second.token);
    const demoted = await tokenWith(['READ'], second.token);
    ok(await app.gql(COMPANIES, {}, deactivated.token));
    await em.execute("update app_user set role = 'CARETAKER' where id = ?", [second.user.id]);
    expect(codes(await app.gql(COMPANIES, {}, demoted.token))).toEqual(['UNAUTHENTICATED']);
    await em.execute("update app_user set role = 'OFFICE_HEAD' where id = ?", [second.user.id]);
    ok(await app.gql(COMPANIES, {}, demoted.token));
    await em.execute('update app_user set deactivated_at = now() where id = ?', [second.user.id]);
    expect(codes(await app.gql(COMPANIES, {}, deactivated.token))).toEqual(['UNAUTHENTICATED']);
  });

  it('closes the sockets of a head’s tokens the moment the head is deactivated', async () => {
    const em = app.orm.em.fork();
    const second = await sessionFor(
      app,
      em,
      await buildStaff(em, f.office, { role: Role.OFFICE_HEAD }),
    );
    const { token } = await tokenWith(['READ'], second.token);
    const { token: kept } = await tokenWith(['READ']);
    const open = subscribe(app.ws(token), UNREAD);
    const stays = subscribe(app.ws(kept), UNREAD);
    expect(ok(await open.next()).unreadCountChanged.count).toBeGreaterThanOrEqual(0);
    expect(ok(await stays.next()).unreadCountChanged.count).toBeGreaterThanOrEqual(0);

    ok(await app.gql(DEACTIVATE, { id: second.user.id }, f.head.token));
    await expect.poll(() => open.done, { timeout: 5000 }).toBe(true);
    expect(open.error).toEqual({ code: 4403, reason: 'Session ended' });
    expect(stays.done).toBe(false);
    stays.dispose();
  });

  it('closes the sockets of a token the moment it is revoked, and only those', async () => {
    const { token, apiToken } = await tokenWith(['READ']);
    const { token: kept } = await tokenWith(['READ']);
    const open = subscribe(app.ws(token), UNREAD);
    const stays = subscribe(app.ws(kept), UNREAD);
    expect(ok(await open.next()).unreadCountChanged.count).toBeGreaterThanOrEqual(0);
    expect(ok(await stays.next()).unreadCountChanged.count).toBeGreaterThanOrEqual(0);

    const { revokeApiToken } = ok(await app.gql(REVOKE, { id: apiToken.id }, f.head.token));
    expect(revokeApiToken.revokedAt).not.toBeNull();
    await expect.poll(() => open.done, { timeout: 5000 }).toBe(true);
    expect(open.error).toEqual({ code: 4403, reason: 'Session ended' });
    expect(stays.done).toBe(false);
    stays.dispose();
  });

  it('closes a token’s sockets when it expires', async () => {
    const { token, apiToken } = await tokenWith(['READ'], f.head.token, 2_500);
    const open = subscribe(app.ws(token), UNREAD);
    ok(await open.next());
    expect(apiToken.expiresAt).not.toBeNull();
    await expect.poll(() => open.done, { timeout: 8000 }).toBe(true);
    expect(open.error).toEqual({ code: 4403, reason: 'Session expired' });
  });

  it('refuses a subscription a token lacks READ for', async () => {
    const { token } = await tokenWith(['NOTIFY']);
    const sub = subscribe(app.ws(token), UNREAD);
    await expect.poll(() => sub.done, { timeout: 5000 }).toBe(true);
    expect(errorCodes(sub.error)).toEqual(['FORBIDDEN']);
  });

  it('revokes only its own office’s tokens: another office’s id is NOT_FOUND', async () => {
    const theirs = await tokenWith(['READ'], other.head.token);
    expect(codes(await app.gql(REVOKE, { id: theirs.apiToken.id }, f.head.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await app.gql(REVOKE, { id: 'not-an-id' }, f.head.token))).toEqual(['NOT_FOUND']);
    ok(await app.gql(COMPANIES, {}, theirs.token));
    const { apiTokens } = ok(await app.gql(LIST, {}, f.head.token));
    expect(apiTokens.map((t) => t.id)).not.toContain(theirs.apiToken.id);
  });

  it('revokes once when revoked twice at the same time', async () => {
    const { apiToken } = await tokenWith(['READ']);
    const [one, two] = await Promise.all([
      app.gql(REVOKE, { id: apiToken.id }, f.head.token),
      app.gql(REVOKE, { id: apiToken.id }, f.head.token),
    ]);
    expect(ok(one).revokeApiToken.revokedAt).not.toBeNull();
    expect(ok(two).revokeApiToken.revokedAt).not.toBeNull();
    const again = ok(await app.gql(REVOKE, { id: apiToken.id }, f.head.token));
    const row = await oneRow<{ revoked_at: Date }>(
      app.orm.em.fork(),
      'select revoked_at from api_token where id = ?',
      [apiToken.id],
    );
    expect(again.revokeApiToken.revokedAt).toBe(new Date(row.revoked_at).toISOString());
  });

  it('records lastUsedAt on first use, then at most once a minute', async () => {
    const { token, apiToken } = await tokenWith(['READ']);
    const lastUsed = async () =>
      (
        await oneRow<{ last_used_at: Date | null }>(
          app.orm.em.fork(),
          'select last_used_at from api_token where id = ?',
          [apiToken.id],
        )
      ).last_used_at;
    expect(await lastUsed()).toBeNull();
    const first = await countStatements(() => app.gql(COMPANIES, {}, token));
    const used = await lastUsed();
    expect(used).not.toBeNull();
    const second = await countStatements(() => app.gql(COMPANIES, {}, token));
    // The second request within the minute writes nothing: one statement fewer.
    expect(second.statements).toBe(first.statements - 1);
    expect(await lastUsed()).toEqual(used);
    const listed = ok(await app.gql(LIST, {}, f.head.token)).apiTokens.find(
      (t) => t.id === apiToken.id,
    );
    expect(listed?.lastUsedAt).toBe(new Date(used!).toISOString());
  });

  it('downloads with READ, uploads with a writing scope', async () => {
    const { token: read } = await tokenWith(['READ']);
    const { token: notify } = await tokenWith(['NOTIFY']);
    const fileId = await upload(app, notify, 'faktura.pdf', PDF('z integracji'));
    ok(
      await app.gql(
        NOTIFY,
        {
          input: {
            companyIds: [f.companies[0].company.id],
            body: 'Faktura',
            attachmentIds: [fileId],
          },
        },
        notify,
      ),
    );
    const download = (token: string) =>
      fetch(`${app.url}/files/${fileId}`, { headers: { authorization: `Bearer ${token}` } });
    expect((await download(read)).status).toBe(200);
    expect((await download(notify)).status).toBe(403);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(PDF('nie'))]), 'nie.pdf');
    const refused = await fetch(`${app.url}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${read}` },
      body: form,
    });
    expect(refused.status).toBe(403);
  });

  it('limits each token to API_TOKEN_REQUESTS_PER_MINUTE, on HTTP and on the socket', async () => {
    const { token } = await tokenWith(['READ']);
    const { token: neighbour } = await tokenWith(['READ']);
    const answers = await Promise.all(
      Array.from({ length: RATE }, () => app.gql(COMPANIES, {}, token)),
    );
    expect(answers.flatMap(codes)).toEqual([]);
    const over = await app.gql(COMPANIES, {}, token);
    expect(codes(over)).toEqual(['TOO_MANY_REQUESTS']);
    expect(over.errors?.[0]?.extensions?.retryAfter).toBeGreaterThanOrEqual(1);
    const sub = subscribe(app.ws(token), UNREAD);
    await expect.poll(() => sub.done, { timeout: 5000 }).toBe(true);
    expect(errorCodes(sub.error)).toEqual(['TOO_MANY_REQUESTS']);
    // The head's own session and another token are not counted with it.
    ok(await app.gql(COMPANIES, {}, neighbour));
    ok(await app.gql(COMPANIES, {}, f.head.token));
  });
});
