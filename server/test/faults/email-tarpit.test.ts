import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveriesHeldAtOnce } from '../../src/modules/email/email.worker.js';
import { OfficeVerification } from '../../src/modules/office/office.entity.js';
import { type OfficeFixture, officeFixture } from '../factories.js';
import { graphql } from '../gql/index.js';
import { ok, startTestApp, type TestApp } from '../harness.js';
import { startTestSmtp, type TestSmtp } from '../smtp.js';

const TARPIT_MS = 10_000;
const COMPANIES = 20;

const SET_SMTP = graphql(`
  mutation TarpitSetSmtp($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host }
  }
`);
const SEND_EMAIL = graphql(`
  mutation TarpitSendEmail($input: SendEmailInput!) {
    sendEmail(input: $input) { id }
  }
`);
const COUNTS = graphql(`
  query TarpitCounts($id: ID!) {
    broadcast(id: $id) { queuedCount sentCount failedCount }
  }
`);

/**
 * A server that takes 10 s to answer each DATA (busy, or greylisting by delay), two worker
 * processes on one queue, and a lease shorter than the batch takes: before leases, jobs waiting
 * for one of the pool's connections outlived their expiry, were handed out again and sent twice.
 */
describe('a tarpitting SMTP server with a short lease', () => {
  let smtp: TestSmtp;
  let first: TestApp;
  let second: TestApp;
  let f: OfficeFixture;

  // Above the tarpit, so a slow answer is waited for; the lease is the shortest these allow.
  const timing = {
    smtpTimeoutMs: TARPIT_MS + 1000,
    emailJobExpireSeconds: 35,
    workers: 4,
    smtpPoolSize: 3,
  };

  beforeAll(async () => {
    smtp = await startTestSmtp({ users: { biuro: 'haslo-123' }, faults: { tarpitMs: TARPIT_MS } });
    first = await startTestApp(timing);
    second = await startTestApp({ ...timing, emailQueue: first.config.emailQueue });
    f = await officeFixture(first, {
      companies: COMPANIES,
      verification: OfficeVerification.VERIFIED,
    });
    ok(
      await first.gql(
        SET_SMTP,
        {
          input: {
            host: '127.0.0.1',
            port: smtp.port,
            security: 'NONE',
            username: 'biuro',
            password: 'haslo-123',
            fromAddress: 'biuro@kancelaria.test',
          },
        },
        f.head.token,
      ),
    );
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
    await smtp?.stop();
  });

  it('sends exactly one email per recipient, each on its first attempt, and the counts match', async () => {
    // Each process holds only what its connections send within a lease: 3 of them, not 4 × 5.
    expect(deliveriesHeldAtOnce(first.config)).toBe(3);
    const started = Date.now();
    const { sendEmail } = ok(
      await first.gql(
        SEND_EMAIL,
        {
          input: {
            companyIds: f.companies.map((c) => c.company.id),
            subject: 'Rozliczenie',
            html: '<p>Rozliczenie</p>',
          },
        },
        f.head.token,
      ),
    );
    const countsOf = async () =>
      ok(await first.gql(COUNTS, { id: sendEmail.id }, f.head.token)).broadcast!;
    let counts = await countsOf();
    for (
      const deadline = Date.now() + 100_000;
      counts.queuedCount > 0 && Date.now() < deadline;
      counts = await countsOf()
    ) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    console.info(
      `${COMPANIES} emails at ${TARPIT_MS / 1000} s each took ${Math.round((Date.now() - started) / 1000)} s against a lease of ${timing.emailJobExpireSeconds} s`,
    );

    expect(counts).toEqual({ queuedCount: 0, sentCount: COMPANIES, failedCount: 0 });
    expect(smtp.perRecipient()).toEqual(
      Object.fromEntries(f.companies.map((c) => [c.company.email, 1])),
    );
    const rows = await first.orm.em
      .fork()
      .execute<Array<{ status: string; attempts: number }>>(
        'select status, attempts from email_delivery where broadcast_id = ?',
        [sendEmail.id],
      );
    expect(rows).toEqual(rows.map(() => ({ status: 'SENT', attempts: 1 })));
    // No job outlived its lease: none was handed out a second time.
    const jobs = await first.orm.em
      .fork()
      .execute<Array<{ state: string; retry_count: number }>>(
        'select state, retry_count from pgboss.job where name = ?',
        [first.config.emailQueue],
      );
    expect(jobs).toEqual(rows.map(() => ({ state: 'completed', retry_count: 0 })));
    // Both processes sent, neither past its pool.
    expect(smtp.peakSessions).toBeLessThanOrEqual(2 * timing.smtpPoolSize);
  }, 120_000);
});
