import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { until } from '../../../test/wait.js';
import { OfficeVerification } from '../office/office.entity.js';

const SEND = graphql(`
  mutation DeliverySend($input: SendEmailInput!) {
    sendEmail(input: $input) { id }
  }
`);
const SMTP = graphql(`
  mutation DeliverySetSmtp($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host }
  }
`);
const COUNTS = graphql(`
  query DeliveryCounts($id: ID!) {
    broadcast(id: $id) {
      queuedCount sentCount failedCount
      failed: deliveries(status: FAILED) { totalCount }
      sent: deliveries(status: SENT) { totalCount }
    }
  }
`);

interface DeliveryRow {
  company_id: string;
  status: string;
  attempts: number;
  last_error: string | null;
}

async function deliveries(app: TestApp, broadcastId: string): Promise<DeliveryRow[]> {
  return app.orm.em
    .fork()
    .execute<DeliveryRow[]>(
      'select company_id, status, attempts, last_error from email_delivery where broadcast_id = ? order by company_id',
      [broadcastId],
    );
}

const configureSmtp = (app: TestApp, token: string, port: number, password = 'haslo-123') =>
  app
    .gql(
      SMTP,
      {
        input: {
          host: '127.0.0.1',
          port,
          security: 'NONE',
          username: 'biuro',
          password,
          fromAddress: 'biuro@kancelaria.test',
        },
      },
      token,
    )
    .then(ok);

/** Emails per recipient address among the server's accepted transactions. */
const perRecipient = (smtp: TestSmtp) =>
  smtp.transactions.reduce<Record<string, number>>((counts, t) => {
    for (const r of t.rcptTo) counts[r] = (counts[r] ?? 0) + 1;
    return counts;
  }, {});

describe('durable email delivery', () => {
  let app: TestApp;
  let f: OfficeFixture;

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 5, verification: OfficeVerification.VERIFIED });
  });
  afterAll(() => app.stop());

  it('fails every delivery, with the reason, after the SMTP server refused the credentials twice (no login per company)', async () => {
    const smtp = await startTestSmtp({ users: { biuro: 'haslo-123' } });
    try {
      await configureSmtp(app, f.head.token, smtp.port, 'zle-haslo');
      const { sendEmail } = ok(
        await app.gql(
          SEND,
          {
            input: {
              companyIds: f.companies.slice(0, 3).map((c) => c.company.id),
              subject: 'A',
              html: '<p>A</p>',
            },
          },
          f.head.token,
        ),
      );
      const rows = await until(
        () => deliveries(app, sendEmail.id),
        (r) => r.every((d) => d.status === 'FAILED'),
      );
      for (const row of rows) {
        expect(row.attempts).toBeLessThanOrEqual(1);
        expect(row.last_error).toMatch(/rejected the username or password/);
        expect(row.last_error).not.toContain('zle-haslo');
      }
      // The first refusal may be a hiccup, so one more login; after the second, no one connects.
      const logins = smtp.logins.length;
      expect(logins).toBe(2);
      expect(rows.reduce((sum, d) => sum + d.attempts, 0)).toBe(logins);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(smtp.logins.length).toBe(logins);
      expect(smtp.transactions).toHaveLength(0);
      const { broadcast } = ok(await app.gql(COUNTS, { id: sendEmail.id }, f.head.token));
      expect(broadcast).toEqual({
        queuedCount: 0,
        sentCount: 0,
        failedCount: 3,
        failed: { totalCount: 3 },
        sent: { totalCount: 0 },
      });
    } finally {
      await smtp.stop();
    }
  });

  it('retries with backoff while the SMTP server is down and delivers each email once when it is back', async () => {
    const probe = await startTestSmtp();
    const port = probe.port;
    await probe.stop();
    await configureSmtp(app, f.head.token, port);
    const targets = f.companies.slice(0, 4);
    const { sendEmail } = ok(
      await app.gql(
        SEND,
        { input: { companyIds: targets.map((c) => c.company.id), subject: 'B', html: '<p>B</p>' } },
        f.head.token,
      ),
    );
    const waiting = await until(
      () => deliveries(app, sendEmail.id),
      (r) => r.every((d) => d.attempts >= 1 && d.status === 'QUEUED'),
    );
    for (const row of waiting) {
      expect(row.last_error).toMatch(/Could not connect to the SMTP server/);
      // Never the address connected to, nor the system error behind it.
      expect(row.last_error).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|\d+\.\d+\.\d+\.\d+/);
    }

    const smtp = await startTestSmtp({ users: { biuro: 'haslo-123' }, port });
    try {
      const rows = await until(
        () => deliveries(app, sendEmail.id),
        (r) => r.every((d) => d.status === 'SENT'),
      );
      expect(rows.every((d) => d.attempts >= 2)).toBe(true);
      expect(perRecipient(smtp)).toEqual(
        Object.fromEntries(targets.map((t) => [t.company.email, 1])),
      );
    } finally {
      await smtp.stop();
    }
  });
});

describe('a worker killed in the middle of a batch', () => {
  it('resumes on restart: nothing lost, nothing the SMTP server accepted is sent again', async () => {
    let holding = true;
    let answered = 0;
    const smtp = await startTestSmtp({
      users: { biuro: 'haslo-123' },
      // The first two emails go through; after them the server stops answering DATA.
      hold: () => holding && answered > 2,
      onData: () => {
        answered += 1;
      },
    });
    const first = await startTestApp({ workers: 2 });
    const f = await officeFixture(first, {
      companies: 8,
      verification: OfficeVerification.VERIFIED,
    });
    await configureSmtp(first, f.head.token, smtp.port);
    const { sendEmail } = ok(
      await first.gql(
        SEND,
        {
          input: {
            companyIds: f.companies.map((c) => c.company.id),
            subject: 'C',
            html: '<p>C</p>',
          },
        },
        f.head.token,
      ),
    );

    await until(
      async () => smtp.transactions.length,
      (n) => n >= 2,
    );
    await until(
      async () => answered,
      (n) => n >= 3,
    ); // at least one email is stuck in DATA
    await first.kill();
    await until(
      async () => smtp.aborted.length,
      (n) => n >= 1,
      5000,
    );
    holding = false;
    const beforeRestart = (
      await deliveriesAfterKill(first.config.databaseUrl!, sendEmail.id)
    ).filter((d) => d.status === 'SENT').length;
    expect(beforeRestart).toBeLessThan(8);

    const second = await startTestApp({ workers: 2, emailQueue: first.config.emailQueue });
    try {
      const rows = await until(
        () => deliveries(second, sendEmail.id),
        (r) => r.every((d) => d.status === 'SENT'),
        40_000,
      );
      expect(rows).toHaveLength(8);
      expect(perRecipient(smtp)).toEqual(
        Object.fromEntries(f.companies.map((c) => [c.company.email, 1])),
      );
    } finally {
      await second.stop();
      await smtp.stop();
    }
  });
});

async function deliveriesAfterKill(
  databaseUrl: string,
  broadcastId: string,
): Promise<DeliveryRow[]> {
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (
      await client.query(
        'select company_id, status, attempts, last_error from email_delivery where broadcast_id = $1',
        [broadcastId],
      )
    ).rows;
  } finally {
    await client.end();
  }
}
