import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import type { SmtpIntegrationInput } from '../../../test/gql/graphql.js';
import { graphql } from '../../../test/gql/index.js';
import { codes, ok, startTestApp, subscribe, type TestApp } from '../../../test/harness.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { Role, User } from '../auth/user.entity.js';
import { seedBookkeeping } from '../bookkeeping/bookkeeping.demo.js';
import { OfficeVerification } from '../office/office.entity.js';

const SEND = graphql(`
  mutation EmailSend($input: SendEmailInput!) {
    sendEmail(input: $input) { id kind recipientCount queuedCount sentCount failedCount }
  }
`);
const PROGRESS = graphql(`
  query EmailProgress($id: ID!) {
    broadcast(id: $id) {
      queuedCount sentCount failedCount
      deliveries(first: 100) {
        totalCount
        edges { node { status attempts lastError toAddress company { id } } }
      }
    }
  }
`);
const SMTP = graphql(`
  mutation EmailSetSmtp($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host port security username fromAddress }
  }
`);
const ARCHIVE = graphql(`
  query EmailArchive($id: ID!) {
    company(id: $id) {
      emails(first: 5) {
        totalCount
        edges {
          node {
            kind subject body html
            delivery { status attempts sentAt toAddress }
            attachments { filename contentType printout period url downloadedAt }
          }
        }
      }
    }
  }
`);
const PROGRESS_LIVE = graphql(`
  subscription EmailProgressLive($id: ID!) {
    broadcastProgress(id: $id) { queuedCount sentCount failedCount }
  }
`);
const PROGRESS_SENT = graphql(`
  subscription EmailProgressSent($id: ID!) {
    broadcastProgress(id: $id) { sentCount }
  }
`);
const OFFICE_STATE = graphql(`
  query EmailOfficeState {
    me { office { verification smtpConfigured canSendEmail } }
  }
`);
const TEST = graphql(`
  mutation EmailTestSmtp {
    testSmtpIntegration
  }
`);
const STATE = graphql(`
  query EmailSmtpState {
    me {
      office {
        smtpConfigured canSendEmail
        smtpIntegration { host username lastTestOk lastTestError lastTestedAt }
      }
    }
  }
`);
const SET_VERIFICATION = graphql(`
  mutation EmailSetVerification($id: ID!, $s: OfficeVerification!) {
    setOfficeVerification(officeId: $id, status: $s) { id verification }
  }
`);
const YEAR = 2025;

async function configureSmtp(
  app: TestApp,
  token: string,
  smtp: TestSmtp,
  credentials = { username: 'biuro', password: 'tajne-hasło' },
) {
  return ok(
    await app.gql(
      SMTP,
      {
        input: {
          host: '127.0.0.1',
          port: smtp.port,
          security: 'NONE',
          ...credentials,
          fromAddress: 'biuro@kancelaria.test',
          fromName: 'Kancelaria Test',
        },
      },
      token,
    ),
  );
}

/** Polls the broadcast until no delivery is queued any more. */
async function settled(app: TestApp, token: string, broadcastId: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const broadcast = ok(await app.gql(PROGRESS, { id: broadcastId }, token)).broadcast!;
    if (broadcast.queuedCount === 0) return broadcast;
    if (Date.now() > deadline) throw new Error(`still queued: ${JSON.stringify(broadcast)}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

describe('email from the company list', () => {
  let app: TestApp;
  let smtp: TestSmtp;
  let f: OfficeFixture;
  let other: OfficeFixture;

  beforeAll(async () => {
    smtp = await startTestSmtp({ users: { biuro: 'tajne-hasło' } });
    app = await startTestApp();
    f = await officeFixture(app, { companies: 6, verification: OfficeVerification.VERIFIED });
    other = await officeFixture(app, { companies: 1, verification: OfficeVerification.VERIFIED });
    await seedBookkeeping(
      app.orm.em.fork(),
      f.companies.map((c) => c.company),
      YEAR,
    );
    await configureSmtp(app, f.head.token, smtp);
  });
  afterAll(async () => {
    await app.stop();
    await smtp.stop();
  });

  it('sends one SMTP transaction per company, to its address alone, with only its own printout links', async () => {
    const targets = f.companies.slice(0, 3); // FULL_ACCOUNTING (VAT), TAX_BOOK, LUMP_SUM (VAT)
    const before = smtp.transactions.length;
    const { sendEmail } = ok(
      await app.gql(
        SEND,
        {
          input: {
            companyIds: targets.map((t) => t.company.id),
            subject: 'Dokumenty za październik',
            html: '<p>Dzień dobry,</p><p>przesyłamy <strong>rozliczenie</strong>.</p><script>alert(1)</script><img src=x onerror=alert(2)>',
            printouts: (['REVENUE_RECORD', 'TAX_BOOK', 'LEDGER', 'VAT_REGISTER'] as const).map(
              (kind) => ({
                kind,
                period: `${YEAR}-10`,
              }),
            ),
          },
        },
        f.head.token,
      ),
    );
    expect(sendEmail).toMatchObject({
      kind: 'EMAIL',
      recipientCount: 3,
      queuedCount: 3,
      sentCount: 0,
    });
    const done = await settled(app, f.head.token, sendEmail.id);
    expect(done).toMatchObject({ queuedCount: 0, sentCount: 3, failedCount: 0 });

    const sent = smtp.transactions.slice(before);
    expect(sent).toHaveLength(3);
    const expected: Record<string, string[]> = {
      [targets[0]!.company.id]: ['Księga handlowa', 'Rejestry VAT'],
      [targets[1]!.company.id]: ['Podatkowa księga przychodów i rozchodów'],
      [targets[2]!.company.id]: ['Ewidencja przychodów', 'Rejestry VAT'],
    };
    for (const target of targets) {
      const mine = sent.filter((t) => t.rcptTo.includes(target.company.email));
      expect(mine).toHaveLength(1);
      const tx = mine[0]!;
      expect(tx.rcptTo).toEqual([target.company.email]);
      expect(tx.mailFrom).toBe('biuro@kancelaria.test');
      expect(
        tx.mail.to && !Array.isArray(tx.mail.to) ? tx.mail.to.value.map((a) => a.address) : [],
      ).toEqual([target.company.email]);
      expect(tx.mail.cc).toBeUndefined();
      expect(tx.mail.bcc).toBeUndefined();
      expect(tx.mail.subject).toBe('Dokumenty za październik');
      expect(tx.mail.attachments).toEqual([]);
      const html = String(tx.mail.html);
      expect(html).not.toMatch(/<script|onerror|alert/);
      expect(html).toContain('<strong>rozliczenie</strong>');
      const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
      expect(links).toHaveLength(expected[target.company.id]!.length);
      for (const link of links)
        expect(link).toMatch(new RegExp(`^${app.url}/files/[0-9a-f-]{36}$`));
      for (const name of expected[target.company.id]!) expect(html).toContain(name);
      expect(tx.mail.text).toContain(links[0]);
      // Nothing of the other recipients: names, NIPs, addresses or links.
      for (const otherTarget of targets.filter((t) => t !== target)) {
        expect(tx.raw).not.toContain(otherTarget.company.nip);
        expect(tx.raw).not.toContain(otherTarget.company.email);
        expect(html).not.toContain(otherTarget.company.name);
        const otherTx = sent.find((t) => t.rcptTo.includes(otherTarget.company.email))!;
        for (const otherLink of [...String(otherTx.mail.html).matchAll(/href="([^"]+)"/g)].map(
          (m) => m[1],
        ))
          expect(html).not.toContain(otherLink);
      }
    }

    // The download matrix of one printout link.
    const lumpSum = targets[2]!;
    const link = [
      ...String(sent.find((t) => t.rcptTo.includes(lumpSum.company.email))!.mail.html).matchAll(
        /href="([^"]+)"/g,
      ),
    ][0]![1]!;
    const get = (token?: string) =>
      fetch(link, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await get()).status).toBe(401);
    expect((await get(targets[0]!.client.token)).status).toBe(404);
    expect((await get(other.head.token)).status).toBe(404);
    // The caretaker looks after company 2 (even positions) but not company 1.
    expect((await get(f.caretaker.token)).status).toBe(200);
    const taxBookLink = [
      ...String(sent.find((t) => t.rcptTo.includes(targets[1]!.company.email))!.mail.html).matchAll(
        /href="([^"]+)"/g,
      ),
    ][0]![1]!;
    expect(
      (await fetch(taxBookLink, { headers: { authorization: `Bearer ${f.caretaker.token}` } }))
        .status,
    ).toBe(404);
    const own = await get(lumpSum.client.token);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(own.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(
      Buffer.from(await own.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await get(f.head.token)).status).toBe(200);

    // The archive under the company: the email, its printouts, delivery and download state.
    const company = ok(await app.gql(ARCHIVE, { id: lumpSum.company.id }, f.head.token)).company!;
    expect(company.emails.totalCount).toBe(1);
    const archived = company.emails.edges[0]!.node;
    expect(archived).toMatchObject({
      kind: 'EMAIL',
      subject: 'Dokumenty za październik',
      delivery: { status: 'SENT', attempts: 1, toAddress: lumpSum.company.email },
    });
    expect(archived.body).toContain('Ewidencja przychodów \u2014 październik 2025');
    expect(archived.body).not.toContain('2025-10');
    expect(archived.html).not.toMatch(/script|onerror/);
    expect(archived.attachments.map((a) => a.printout).sort()).toEqual([
      'REVENUE_RECORD',
      'VAT_REGISTER',
    ]);
    const downloaded = archived.attachments.find((a) => a.url === link);
    expect(downloaded!.downloadedAt).not.toBeNull();
    expect(archived.attachments.find((a) => a.url !== link)!.downloadedAt).toBeNull();
  });

  it('returns the first broadcast for a retried idempotencyKey and sends nothing twice', async () => {
    const input = {
      companyIds: [f.companies[3]!.company.id],
      subject: 'Przypomnienie',
      html: '<p>Termin płatności VAT.</p>',
      idempotencyKey: 'reminder-2025-11',
    };
    const first = ok(await app.gql(SEND, { input }, f.head.token)).sendEmail;
    await settled(app, f.head.token, first.id);
    const count = smtp.transactions.length;
    const again = ok(await app.gql(SEND, { input }, f.head.token)).sendEmail;
    expect(again.id).toBe(first.id);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.transactions.length).toBe(count);
  });

  it('streams progress on broadcastProgress until every delivery is sent', async () => {
    const head = app.ws(f.head.token);
    const { sendEmail } = ok(
      await app.gql(
        SEND,
        {
          input: {
            companyIds: f.companies.slice(3, 6).map((c) => c.company.id),
            subject: 'Postęp',
            html: '<p>Test</p>',
          },
        },
        f.head.token,
      ),
    );
    const progress = subscribe(head, PROGRESS_LIVE, { id: sendEmail.id });
    let last = ok(await progress.next()).broadcastProgress;
    while (last.sentCount < 3) last = ok(await progress.next(10_000)).broadcastProgress;
    expect(last).toEqual({ queuedCount: 0, sentCount: 3, failedCount: 0 });
    const foreign = subscribe(app.ws(other.head.token), PROGRESS_SENT, { id: sendEmail.id });
    expect(codes(await foreign.next())).toEqual(['NOT_FOUND']);
  });

  it('refuses email from an unverified office or one without SMTP, saying which', async () => {
    const unverified = await officeFixture(app, { companies: 1 });
    await configureSmtp(app, unverified.head.token, smtp);
    const input = {
      companyIds: [unverified.companies[0]!.company.id],
      subject: 'X',
      html: '<p>X</p>',
    };
    const refused = await app.gql(SEND, { input }, unverified.head.token);
    expect(codes(refused)).toEqual(['PRECONDITION_FAILED']);
    expect(refused.errors![0]!.extensions?.reasons).toEqual(['OFFICE_NOT_VERIFIED']);
    const noSmtp = await app.gql(
      SEND,
      { input: { ...input, companyIds: [other.companies[0]!.company.id] } },
      other.head.token,
    );
    expect(codes(noSmtp)).toEqual(['PRECONDITION_FAILED']);
    expect(noSmtp.errors![0]!.extensions?.reasons).toEqual(['SMTP_NOT_CONFIGURED']);
    expect(noSmtp.errors![0]!.message).toMatch(/no SMTP integration/);
    const office = ok(await app.gql(OFFICE_STATE, {}, other.head.token));
    expect(office.me?.office).toEqual({
      verification: 'VERIFIED',
      smtpConfigured: false,
      canSendEmail: false,
    });
  });

  it('validates the input and refuses companies the sender may not see', async () => {
    const base = {
      companyIds: [f.companies[0]!.company.id],
      subject: 'Temat',
      html: '<p>Treść</p>',
    };
    expect(codes(await app.gql(SEND, { input: { ...base, subject: ' ' } }, f.head.token))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codes(await app.gql(SEND, { input: { ...base, subject: 'a\nBcc: x@y.pl' } }, f.head.token)),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await app.gql(
          SEND,
          { input: { ...base, html: '<script>only a script</script>' } },
          f.head.token,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await app.gql(
          SEND,
          { input: { ...base, printouts: [{ kind: 'UPO', period: '2025-13' }] } },
          f.head.token,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await app.gql(
          SEND,
          { input: { ...base, companyIds: [other.companies[0]!.company.id] } },
          f.head.token,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await app.gql(
          SEND,
          { input: { ...base, companyIds: [f.companies[1]!.company.id] } },
          f.caretaker.token,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(codes(await app.gql(SEND, { input: base }, f.companies[0]!.client.token))).toEqual([
      'FORBIDDEN',
    ]);
  });
});

describe('SMTP integration settings', () => {
  let app: TestApp;
  let smtp: TestSmtp;
  let f: OfficeFixture;
  const logged: string[] = [];

  beforeAll(async () => {
    smtp = await startTestSmtp({ users: { biuro: 'sekret-123' } });
    app = await startTestApp({ logLevel: 'debug' });
    f = await officeFixture(app, { companies: 1, verification: OfficeVerification.VERIFIED });
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      logged.push(String(chunk));
      return write(chunk, ...rest);
    }) as typeof process.stderr.write;
  });
  afterAll(async () => {
    await app.stop();
    await smtp.stop();
  });

  it('stores the password encrypted, never returns or logs it, and keeps it when omitted', async () => {
    await configureSmtp(app, f.head.token, smtp, { username: 'biuro', password: 'sekret-123' });
    const [row] = await app.orm.em
      .fork()
      .execute<Array<{ password_encrypted: string }>>(
        'select password_encrypted from smtp_integration where office_id = ?',
        [f.office.id],
      );
    expect(row!.password_encrypted).toMatch(/^v1\./);
    expect(row!.password_encrypted).not.toContain('sekret');
    expect(ok(await app.gql(TEST, {}, f.head.token)).testSmtpIntegration).toBe(true);
    // Omitted password: the stored one still works.
    ok(
      await app.gql(
        SMTP,
        {
          input: {
            host: '127.0.0.1',
            port: smtp.port,
            security: 'NONE',
            username: 'biuro',
            fromAddress: 'biuro@kancelaria.test',
          },
        },
        f.head.token,
      ),
    );
    expect(ok(await app.gql(TEST, {}, f.head.token)).testSmtpIntegration).toBe(true);
    const state = ok(await app.gql(STATE, {}, f.head.token)).me?.office;
    expect(state).toMatchObject({
      smtpConfigured: true,
      canSendEmail: true,
      smtpIntegration: {
        host: '127.0.0.1',
        username: 'biuro',
        lastTestOk: true,
        lastTestError: null,
      },
    });
    expect(JSON.stringify(state)).not.toContain('sekret');
    expect(logged.join('')).not.toContain('sekret-123');
    // Only the head sees the settings.
    expect(ok(await app.gql(STATE, {}, f.caretaker.token)).me?.office?.smtpIntegration).toBeNull();
    expect(codes(await app.gql(TEST, {}, f.caretaker.token))).toEqual(['FORBIDDEN']);
  });

  it('reports why a test failed: wrong password, nothing listening', async () => {
    await configureSmtp(app, f.head.token, smtp, { username: 'biuro', password: 'wrong' });
    expect(ok(await app.gql(TEST, {}, f.head.token)).testSmtpIntegration).toBe(false);
    let state = ok(await app.gql(STATE, {}, f.head.token)).me?.office?.smtpIntegration;
    expect(state?.lastTestOk).toBe(false);
    expect(state?.lastTestError).toBe('The SMTP server refused the login.');
    const sentBefore = smtp.transactions.length;

    const closed = await startTestSmtp();
    const deadPort = closed.port;
    await closed.stop();
    ok(
      await app.gql(
        SMTP,
        {
          input: {
            host: '127.0.0.1',
            port: deadPort,
            security: 'NONE',
            fromAddress: 'biuro@kancelaria.test',
          },
        },
        f.head.token,
      ),
    );
    expect(ok(await app.gql(TEST, {}, f.head.token)).testSmtpIntegration).toBe(false);
    state = ok(await app.gql(STATE, {}, f.head.token)).me?.office?.smtpIntegration;
    expect(state?.lastTestError).toBe('Could not connect to the SMTP server.');
    expect(smtp.transactions.length).toBe(sentBefore);
  });

  it('validates the settings', async () => {
    const input: SmtpIntegrationInput = {
      host: 'smtp.example.pl',
      port: 587,
      security: 'STARTTLS',
      fromAddress: 'biuro@example.pl',
    };
    expect(
      codes(await app.gql(SMTP, { input: { ...input, host: 'bad host!' } }, f.head.token)),
    ).toEqual(['BAD_USER_INPUT']);
    expect(codes(await app.gql(SMTP, { input: { ...input, port: 70000 } }, f.head.token))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codes(await app.gql(SMTP, { input: { ...input, fromAddress: 'nope' } }, f.head.token)),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await app.gql(SMTP, { input: { ...input, fromName: 'A\r\nBcc: x@y.pl' } }, f.head.token),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('lets only platform admins set an office verification', async () => {
    const em = app.orm.em.fork();
    const admin = em.create(User, {
      email: `admin-${f.office.id}@test.local`,
      name: 'Admin',
      role: Role.PLATFORM_ADMIN,
      passwordHash: 'x',
    });
    await em.flush();
    const token = await app.services.auth.createSession(em, admin);
    expect(
      ok(await app.gql(SET_VERIFICATION, { id: f.office.id, s: 'PENDING' }, token))
        .setOfficeVerification.verification,
    ).toBe('PENDING');
    expect(
      codes(await app.gql(SET_VERIFICATION, { id: f.office.id, s: 'VERIFIED' }, f.head.token)),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await app.gql(
          SET_VERIFICATION,
          { id: '00000000-0000-4000-8000-000000000000', s: 'VERIFIED' },
          token,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      ok(await app.gql(SET_VERIFICATION, { id: f.office.id, s: 'VERIFIED' }, token))
        .setOfficeVerification.verification,
    ).toBe('VERIFIED');
  });
});
