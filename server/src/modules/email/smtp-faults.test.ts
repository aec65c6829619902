import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type OfficeFixture, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { until } from '../../../test/wait.js';
import { OfficeVerification } from '../office/office.entity.js';

/*
 * A real SMTP server that misbehaves: each fault ends with every delivery in a final state, one
 * email per recipient at the server (or two inside the documented window, and then recognisably
 * the same email), and broadcast counts that add up.
 */

const SEND = graphql(`
  mutation SmtpFaultsSend($input: SendEmailInput!) {
    sendEmail(input: $input) { id }
  }
`);
const SMTP = graphql(`
  mutation SmtpFaultsSetSmtp($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host }
  }
`);
const COUNTS = graphql(`
  query SmtpFaultsCounts($id: ID!) {
    broadcast(id: $id) { recipientCount queuedCount sentCount failedCount }
  }
`);

interface DeliveryRow {
  id: string;
  to_address: string;
  status: string;
  attempts: number;
  last_error: string | null;
}

describe('email against a misbehaving SMTP server', () => {
  let app: TestApp;
  let f: OfficeFixture;
  let smtp: TestSmtp;

  beforeAll(async () => {
    app = await startTestApp();
    f = await officeFixture(app, { companies: 6, verification: OfficeVerification.VERIFIED });
  });
  afterAll(() => app.stop());
  afterEach(() => smtp?.stop());

  /** A fresh server for each test; new settings also start the office's refused logins from 0. */
  async function setUpServer(
    options: Parameters<typeof startTestSmtp>[0] = {},
    password = 'haslo-123',
  ) {
    smtp = await startTestSmtp({ users: { biuro: 'haslo-123' }, ...options });
    ok(
      await app.gql(
        SMTP,
        {
          input: {
            host: '127.0.0.1',
            port: smtp.port,
            security: 'NONE',
            username: 'biuro',
            password,
            fromAddress: 'biuro@kancelaria.test',
          },
        },
        f.head.token,
      ),
    );
  }

  async function send(companies = f.companies): Promise<string> {
    const { sendEmail } = ok(
      await app.gql(
        SEND,
        {
          input: {
            companyIds: companies.map((c) => c.company.id),
            subject: 'Rozliczenie',
            html: '<p>Rozliczenie</p>',
          },
        },
        f.head.token,
      ),
    );
    return sendEmail.id;
  }

  const deliveries = (broadcastId: string) =>
    app.orm.em
      .fork()
      .execute<DeliveryRow[]>(
        'select id, to_address, status, attempts, last_error from email_delivery where broadcast_id = ? order by to_address',
        [broadcastId],
      );

  const settled = (broadcastId: string) =>
    until(
      () => deliveries(broadcastId),
      (rows) => rows.every((d) => d.status === 'SENT' || d.status === 'FAILED'),
    );

  const counts = async (broadcastId: string) =>
    ok(await app.gql(COUNTS, { id: broadcastId }, f.head.token)).broadcast;

  const everyoneOnce = () => Object.fromEntries(f.companies.map((c) => [c.company.email, 1]));

  /** Every DATA the server saw for a delivery carried the delivery's own Message-ID. */
  function expectStableMessageIds(rows: DeliveryRow[]) {
    for (const row of rows) {
      const seen = smtp.received.filter((r) => r.rcptTo.includes(row.to_address));
      expect(seen.length).toBeGreaterThan(0);
      expect(new Set(seen.map((r) => r.messageId))).toEqual(new Set([`<${row.id}@ledgerpost>`]));
    }
  }

  it('535: after the second refused login every queued delivery of the office fails with the reason, and nothing connects again', async () => {
    await setUpServer({}, 'zle-haslo');
    // Two batches queued together: the office's other email fails too, without a login of its own.
    const first = await send();
    const second = await send(f.companies.slice(0, 3));
    const rows = [...(await settled(first)), ...(await settled(second))];
    expect(rows.map((d) => d.status)).toEqual(rows.map(() => 'FAILED'));
    for (const row of rows)
      expect(row.last_error).toBe('The SMTP server rejected the username or password (535).');
    expect(smtp.logins.length).toBeLessThanOrEqual(2);
    expect(rows.reduce((sum, d) => sum + d.attempts, 0)).toBe(smtp.logins.length);
    expect(smtp.transactions).toHaveLength(0);
    expect(await counts(first)).toEqual({
      recipientCount: 6,
      queuedCount: 0,
      sentCount: 0,
      failedCount: 6,
    });
    expect(await counts(second)).toEqual({
      recipientCount: 3,
      queuedCount: 0,
      sentCount: 0,
      failedCount: 3,
    });

    // The office's next email under the refused settings does not try either.
    const third = await send(f.companies.slice(0, 1));
    expect((await settled(third))[0]).toMatchObject({ status: 'FAILED', attempts: 0 });
    expect(smtp.logins.length).toBeLessThanOrEqual(2);
  });

  it('one refused login that was a hiccup: the next login works and every email goes out once', async () => {
    await setUpServer({ faults: { rejectLogins: 1 } });
    const broadcastId = await send();
    const rows = await settled(broadcastId);
    expect(rows.map((d) => d.status)).toEqual(rows.map(() => 'SENT'));
    expect(smtp.logins.filter((l) => !l.ok)).toHaveLength(1);
    expect(smtp.perRecipient()).toEqual(everyoneOnce());
    expect(await counts(broadcastId)).toEqual({
      recipientCount: 6,
      queuedCount: 0,
      sentCount: 6,
      failedCount: 0,
    });
  });

  it('421 at the greeting: retried, then each email delivered once', async () => {
    await setUpServer({
      faults: { greeting: { code: 421, message: 'Too busy, come back later' } },
    });
    const broadcastId = await send();
    await until(
      () => deliveries(broadcastId),
      (rows) => rows.some((d) => d.last_error?.includes('421')),
    );
    smtp.faults.greeting = undefined;
    const rows = await settled(broadcastId);
    expect(rows.map((d) => d.status)).toEqual(rows.map(() => 'SENT'));
    expect(smtp.perRecipient()).toEqual(everyoneOnce());
    expect(await counts(broadcastId)).toEqual({
      recipientCount: 6,
      queuedCount: 0,
      sentCount: 6,
      failedCount: 0,
    });
  });

  it('451 and 421 answers to DATA: retried with the same Message-ID, delivered once', async () => {
    await setUpServer({
      faults: {
        data: ({ attempt }) =>
          attempt === 1
            ? { answer: 451, message: 'Greylisted, try again later' }
            : attempt === 2
              ? { answer: 421 }
              : undefined,
      },
    });
    const broadcastId = await send();
    const rows = await settled(broadcastId);
    expect(rows.map((d) => d.status)).toEqual(rows.map(() => 'SENT'));
    for (const row of rows) expect(row.attempts).toBe(3);
    expect(smtp.perRecipient()).toEqual(everyoneOnce());
    expectStableMessageIds(rows);
    expect(await counts(broadcastId)).toEqual({
      recipientCount: 6,
      queuedCount: 0,
      sentCount: 6,
      failedCount: 0,
    });
  });

  it('a connection cut in the middle of DATA: never accepted, so sent again once, with the same Message-ID', async () => {
    await setUpServer({
      faults: { data: ({ attempt }) => (attempt === 1 ? { drop: 'mid-data' } : undefined) },
    });
    const broadcastId = await send();
    const rows = await settled(broadcastId);
    expect(rows.map((d) => d.status)).toEqual(rows.map(() => 'SENT'));
    expect(smtp.aborted).toHaveLength(6);
    expect(smtp.perRecipient()).toEqual(everyoneOnce());
    expectStableMessageIds(rows);
    expect(await counts(broadcastId)).toEqual({
      recipientCount: 6,
      queuedCount: 0,
      sentCount: 6,
      failedCount: 0,
    });
  });

  it('accepted but cut off before the answer (the window SMTP leaves open): a second copy, recognisably the same email', async () => {
    await setUpServer({
      faults: { data: ({ attempt }) => (attempt === 1 ? { drop: 'after-accept' } : undefined) },
    });
    const broadcastId = await send(f.companies.slice(0, 2));
    const rows = await settled(broadcastId);
    expect(rows.map((d) => d.status)).toEqual(['SENT', 'SENT']);
    // Each extra copy is one the server accepted without saying so, and carries the same Message-ID.
    expect(smtp.unacknowledged).toHaveLength(2);
    for (const row of rows) {
      const copies = smtp.transactions.filter((t) => t.rcptTo.includes(row.to_address));
      expect(copies).toHaveLength(2);
      expect(copies.map((t) => t.mail.messageId)).toEqual([
        `<${row.id}@ledgerpost>`,
        `<${row.id}@ledgerpost>`,
      ]);
    }
    expect(await counts(broadcastId)).toEqual({
      recipientCount: 2,
      queuedCount: 0,
      sentCount: 2,
      failedCount: 0,
    });
  });

  it('connections refused, then accepted again: each email delivered once', async () => {
    await setUpServer();
    await smtp.refuseConnections(true);
    const broadcastId = await send();
    await until(
      () => deliveries(broadcastId),
      (rows) => rows.some((d) => d.last_error?.includes('Could not connect')),
    );
    await smtp.refuseConnections(false);
    const rows = await settled(broadcastId);
    expect(rows.map((d) => d.status)).toEqual(rows.map(() => 'SENT'));
    expect(smtp.perRecipient()).toEqual(everyoneOnce());
    expect(await counts(broadcastId)).toEqual({
      recipientCount: 6,
      queuedCount: 0,
      sentCount: 6,
      failedCount: 0,
    });
  });
});
