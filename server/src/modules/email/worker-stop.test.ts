import { afterEach, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { until } from '../../../test/wait.js';
import type { Config } from '../../config.js';
import { OfficeVerification } from '../office/office.entity.js';

const SMTP = graphql(`
  mutation WorkerStopSetSmtp($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host }
  }
`);
const SEND = graphql(`
  mutation WorkerStopSend($input: SendEmailInput!) {
    sendEmail(input: $input) { id }
  }
`);

/*
 * EmailWorker.stop, which the process's shutdown relies on: graceful, it lets the SMTP transactions
 * under way finish and be recorded and hands the rest back to the queue; with a time limit, or not
 * graceful, it cuts them off and leaves them to their leases.
 */

describe('stopping the email worker', () => {
  const apps: TestApp[] = [];
  let smtp: TestSmtp | undefined;
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.stop();
    await smtp?.stop();
  });

  /** An app, an office of `companies` using `smtp`, and a batch to all of them once DATA has begun for `inFlight`. */
  async function batchUnderWay(
    tarpitMs: number,
    config: Partial<Config>,
    companies: number,
    inFlight: number,
  ) {
    let dataStarted = 0;
    smtp = await startTestSmtp({
      users: { biuro: 'haslo-123' },
      faults: { tarpitMs },
      onData: () => {
        dataStarted += 1;
      },
    });
    const app = await startTestApp(config);
    apps.push(app);
    const f: OfficeFixture = await officeFixture(app, {
      companies,
      verification: OfficeVerification.VERIFIED,
    });
    ok(
      await app.gql(
        SMTP,
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
    const { sendEmail } = ok(
      await app.gql(
        SEND,
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
    await until(
      () => dataStarted,
      (n) => n >= inFlight,
    );
    const rows = () =>
      app.orm.em
        .fork()
        .execute<Array<{ status: string; to_address: string }>>(
          'select status, to_address from email_delivery where broadcast_id = ? order by to_address',
          [sendEmail.id],
        );
    return { app, f, rows };
  }

  it('graceful: the transactions under way finish and are recorded, the rest go back to the queue and another process sends them once', async () => {
    const { app, f, rows } = await batchUnderWay(
      1500,
      { smtpTimeoutMs: 3000, emailJobExpireSeconds: 12, workers: 2 },
      6,
      2,
    );
    await app.emailWorker.stop(true);
    const afterStop = await rows();
    const sent = afterStop.filter((d) => d.status === 'SENT');
    // What was in DATA when it stopped went through; nothing is left half-way.
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(sent.length).toBe(smtp!.transactions.length);
    expect(afterStop.filter((d) => d.status !== 'SENT').map((d) => d.status)).toEqual(
      Array(6 - sent.length).fill('QUEUED'),
    );

    const next = await startTestApp({
      smtpTimeoutMs: 3000,
      emailJobExpireSeconds: 12,
      workers: 2,
      emailQueue: app.config.emailQueue,
    });
    apps.push(next);
    await until(rows, (r) => r.every((d) => d.status === 'SENT'));
    expect(smtp!.perRecipient()).toEqual(
      Object.fromEntries(f.companies.map((c) => [c.company.email, 1])),
    );
  });

  it.each([
    ['with a time limit', true, 300],
    ['not graceful', false, undefined],
  ])(
    '%s: cuts the transaction off before the server accepted it, and leaves the delivery to its lease',
    async (_name, graceful, timeoutMs) => {
      // A DATA answer far slower than the time limit; the lease fits three such timeouts.
      const { app, rows } = await batchUnderWay(
        15_000,
        { smtpTimeoutMs: 16_000, emailJobExpireSeconds: 50, workers: 1 },
        2,
        1,
      );
      await app.emailWorker.stop(graceful, timeoutMs);
      expect(smtp!.transactions).toHaveLength(0);
      // The server sees the client hang up in the middle of the transaction: never accepted.
      await until(
        () => smtp!.aborted.length,
        (n) => n === 1,
      );
      expect(smtp!.transactions).toHaveLength(0);
      // Still SENDING under its lease: another worker takes it over once the lease ends.
      expect((await rows()).map((d) => d.status).sort()).toEqual(['QUEUED', 'SENDING']);
    },
  );
});
