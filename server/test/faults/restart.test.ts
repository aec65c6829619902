import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChildApp, emailOffice, isRunning, perRecipient, sleep, until } from '../child-app.js';
import { insertCompanies, officeFixture } from '../factories.js';
import { graphql } from '../gql/index.js';
import { startTestSmtp } from '../smtp.js';

const NOTIFY = graphql(`
  mutation RestartNotify($i: SendBulkNotificationInput!) {
    sendBulkNotification(input: $i) { id recipientCount }
  }
`);
const SEND_EMAIL = graphql(`
  mutation RestartSendEmail($i: SendEmailInput!) {
    sendEmail(input: $i) { id }
  }
`);
const THREAD = graphql(`
  query RestartThread($c: ID!) {
    messages(companyId: $c, first: 10) { totalCount edges { node { body } } }
  }
`);

/** What a crash must not lose: the office's messages and broadcasts, counted in the database. */
async function officeData(app: ChildApp, officeId: string) {
  const [row] = await app.sql<{ broadcasts: number; messages: number; companies: number }>(
    `select (select count(*)::int from broadcast where office_id = ?) as broadcasts,
            (select count(*)::int from message m join company c on c.id = m.company_id where c.office_id = ?) as messages,
            (select count(*)::int from company where office_id = ?) as companies`,
    [officeId, officeId, officeId],
  );
  return row;
}

describe('start-up after a crash of any part', () => {
  let app: ChildApp;

  beforeAll(async () => {
    // A short lease so that deliveries of a killed process are taken over within the test.
    app = await ChildApp.create({
      env: {
        SMTP_TIMEOUT_MS: '2500',
        EMAIL_JOB_EXPIRE_SECONDS: '10',
        EMAIL_RETRY_DELAY_SECONDS: '1',
      },
    });
    await app.start();
  });
  afterAll(() => app?.dispose());

  it('kill -9 of the node process only: the database left running is stopped properly, the next start is healthy at once, data intact', async () => {
    const f = await officeFixture(await app.fixtureHost(), { companies: 3 });
    await insertCompanies((await app.orm()).em.fork(), f.office.id, 500);
    const ids = (
      await app.sql<{ id: string }>('select id from company where office_id = ?', [f.office.id])
    ).map((c) => c.id);
    const sent = await app.gql(
      NOTIFY,
      { i: { companyIds: ids, body: 'Przed awarią' } },
      f.head.token,
    );
    expect(sent.data?.sendBulkNotification.recipientCount).toBe(503);
    const before = await officeData(app, f.office.id);

    const postmaster = app.postmasterPid()!;
    await app.closeOrm();
    app.signal('SIGKILL');
    expect((await app.exited).signal).toBe('SIGKILL');
    expect(isRunning(postmaster)).toBe(true); // orphaned, still holding the data directory

    await app.start(); // fails the test if this first start does not come up
    expect(isRunning(postmaster)).toBe(false);
    expect(app.postmasterPid()).not.toBe(postmaster);
    expect(app.output).toContain(
      'stopping an embedded PostgreSQL left running by a process that ended',
    );
    expect(await officeData(app, f.office.id)).toEqual(before);
    expect(before).toEqual({ broadcasts: 1, messages: 503, companies: 503 });
    const thread = await app.gql(
      THREAD,
      { c: f.companies[0]!.company.id },
      f.companies[0]!.client.token,
    );
    expect(thread.data?.messages).toEqual({
      totalCount: 1,
      edges: [{ node: { body: 'Przed awarią' } }],
    });
  });

  it('kill -9 of everything (node, postmaster and backends at once): the next start recovers and is healthy at once, data intact', async () => {
    const f = await officeFixture(await app.fixtureHost(), { companies: 5 });
    const sent = await app.gql(
      NOTIFY,
      { i: { companyIds: f.companies.map((c) => c.company.id), body: 'Przed odcięciem prądu' } },
      f.head.token,
    );
    expect(sent.errors).toBeUndefined();
    const before = await officeData(app, f.office.id);
    await app.closeOrm();

    app.killAll();
    await app.exited;

    await app.start();
    expect(await officeData(app, f.office.id)).toEqual(before);
    expect(before).toMatchObject({ broadcasts: 1, messages: 5 });
  });

  it('a start-up that fails says why (here: the embedded PostgreSQL port is taken), and the next start works', async () => {
    app.signal('SIGTERM');
    await app.exited;
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(app.pgPort, '127.0.0.1', resolve));
    try {
      const failed = await app.start().then(
        () => undefined,
        (error: Error) => error.message,
      );
      expect((await app.exited).code).toBe(1);
      console.info(failed?.split('\n').find((line) => line.startsWith('Start-up failed')));
      // PostgreSQL's own lines follow the reason, on one line or several depending on its log format.
      expect(failed).toMatch(
        /Start-up failed: The embedded PostgreSQL in \S+ did not start: [\s\S]*(could not bind|could not create)/,
      );
      expect(failed).not.toContain('undefined');
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
    await app.start();
  });

  it('kill -9 mid email batch: after a restart none is lost, and duplicates only within the window SMTP cannot close', async () => {
    let inData = 0;
    const smtp = await startTestSmtp({
      // A slow server: each DATA answered after 1.5 s.
      onData: async () => {
        inData += 1;
        await sleep(1500);
        inData -= 1;
      },
    });
    try {
      const f = await emailOffice(app, smtp.port, 12);
      const email = await app.gql(
        SEND_EMAIL,
        {
          i: {
            companyIds: f.companies.map((c) => c.company.id),
            subject: 'Rozliczenie',
            html: '<p>Dzień dobry</p>',
          },
        },
        f.head.token,
      );
      expect(email.errors).toBeUndefined();
      const broadcastId = email.data!.sendEmail.id;

      await until(
        async () => ({ accepted: smtp.transactions.length, inData }),
        (s) => s.accepted >= 3 && s.inData > 0,
        30_000,
        20,
      );
      app.signal('SIGKILL');
      await app.exited;
      await sleep(300); // the server notices the dead connections: their DATA is never accepted
      const acceptedAtKill = new Set(smtp.transactions.flatMap((t) => t.rcptTo));
      const rows = await app.sql<{ to_address: string; status: string }>(
        'select to_address, status from email_delivery where broadcast_id = ?',
        [broadcastId],
      );
      const recorded = new Set(rows.filter((r) => r.status === 'SENT').map((r) => r.to_address));
      const inFlight = rows.filter((r) => r.status === 'SENDING').length;
      // Accepted by the server, not yet recorded as SENT: the one window a resend cannot be avoided in.
      const window = [...acceptedAtKill].filter((to) => !recorded.has(to));

      await app.start();
      const final = await until(
        () =>
          app.sql<{ status: string; n: number }>(
            'select status, count(*)::int as n from email_delivery where broadcast_id = ? group by status',
            [broadcastId],
          ),
        (counts) => counts.length === 1 && counts[0]?.status === 'SENT',
        60_000,
        250,
      );
      expect(final).toEqual([{ status: 'SENT', n: 12 }]);

      const copies = perRecipient(smtp.transactions);
      const duplicates = [...copies].filter(([, n]) => n > 1).map(([to]) => to);
      console.info(
        `kill -9 mid batch: ${acceptedAtKill.size} accepted and ${inFlight} in flight at the kill, ${window.length} in the accepted-but-unrecorded window, ${duplicates.length} sent twice`,
      );
      expect(f.companies.every((c) => (copies.get(c.company.email) ?? 0) >= 1)).toBe(true);
      for (const to of duplicates) expect(window).toContain(to);
      // A resend carries the first attempt's Message-ID, so the receiving side can recognise it.
      for (const to of duplicates)
        expect(
          new Set(
            smtp.transactions.filter((t) => t.rcptTo.includes(to)).map((t) => t.mail.messageId),
          ).size,
        ).toBe(1);
      const [broadcast] = await app.sql<{ sent_count: number; queued_count: number }>(
        'select sent_count, queued_count from broadcast where id = ?',
        [broadcastId],
      );
      expect(broadcast).toEqual({ sent_count: 12, queued_count: 0 });
    } finally {
      await smtp.stop();
    }
  });
});
