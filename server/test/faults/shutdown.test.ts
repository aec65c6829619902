import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChildApp, emailOffice, isRunning, perRecipient, sleep, until } from '../child-app.js';
import { insertCompanies } from '../factories.js';
import { graphql } from '../gql/index.js';
import { startTestSmtp, type TestSmtp } from '../smtp.js';

const NOTIFY = graphql(`
  mutation ShutdownNotify($i: SendBulkNotificationInput!) {
    sendBulkNotification(input: $i) { id }
  }
`);
const SEND_EMAIL = graphql(`
  mutation ShutdownSendEmail($i: SendEmailInput!) {
    sendEmail(input: $i) { id }
  }
`);
const BUDGET_MS = 15_000;

/**
 * A multipart upload that sends `chunkBytes` every `everyMs` (well above the minimum rate) for
 * `totalBytes`; resolves with the answer's status, or the error if the connection was cut.
 */
function slowUpload(
  url: string,
  token: string,
  totalBytes: number,
  chunkBytes: number,
  everyMs: number,
) {
  const boundary = 'ledgerpost-fault-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="raport.txt"\r\nContent-Type: text/plain\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  let sent = 0;
  const result = new Promise<{ status?: number; error?: string }>((resolve) => {
    const req = http.request(`${url}/uploads`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + totalBytes + tail.length),
      },
    });
    req.on('response', (res) => {
      res.resume();
      resolve({ status: res.statusCode });
    });
    req.on('error', (error) => resolve({ error: error.message }));
    req.write(head);
    const timer = setInterval(() => {
      if (req.destroyed) return clearInterval(timer);
      const size = Math.min(chunkBytes, totalBytes - sent);
      req.write(Buffer.alloc(size, 'Zestawienie przelewów za listopad.\n'));
      sent += size;
      if (sent >= totalBytes) {
        clearInterval(timer);
        req.end(tail);
      }
    }, everyMs);
    req.on('close', () => clearInterval(timer));
  });
  return { result, sent: () => sent };
}

async function partialFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((entry) => entry.endsWith('.part')).map((entry) => path.join(dir, entry));
}

describe('SIGTERM with bulk sends, uploads and an email batch in flight', () => {
  let app: ChildApp;
  let smtp: TestSmtp;
  let inData = 0;

  beforeAll(async () => {
    smtp = await startTestSmtp({
      // A slow server: each DATA answered after 2 s, well inside the drain part of the budget.
      onData: async () => {
        inData += 1;
        await sleep(2000);
        inData -= 1;
      },
    });
    app = await ChildApp.create({
      env: {
        SMTP_TIMEOUT_MS: '3000',
        EMAIL_JOB_EXPIRE_SECONDS: '12',
        EMAIL_RETRY_DELAY_SECONDS: '1',
      },
    });
    await app.start();
  });
  afterAll(async () => {
    await app?.dispose();
    await smtp?.stop();
  });

  it(`exits within SHUTDOWN_TIMEOUT_MS (${BUDGET_MS} ms): broadcasts whole, no .part files, no PostgreSQL left, no email twice`, async () => {
    const f = await emailOffice(app, smtp.port, 10);
    await insertCompanies((await app.orm()).em.fork(), f.office.id, 1_990);
    const companyIds = (
      await app.sql<{ id: string }>('select id from company where office_id = ?', [f.office.id])
    ).map((c) => c.id);
    expect(companyIds).toHaveLength(2_000);

    const email = await app.gql(
      SEND_EMAIL,
      {
        i: {
          companyIds: f.companies.map((c) => c.company.id),
          subject: 'Deklaracje',
          html: '<p>W załączeniu</p>',
        },
      },
      f.head.token,
    );
    expect(email.errors).toBeUndefined();
    const broadcastId = email.data!.sendEmail.id;
    await until(
      async () => inData,
      (n) => n > 0,
      30_000,
      20,
    );

    const upload = slowUpload(app.url, f.head.token, 20 * 1024 * 1024, 64 * 1024, 100);
    await until(
      async () => upload.sent(),
      (n) => n >= 512 * 1024,
      10_000,
      50,
    );

    // Two senders, each sending 2,000-company notifications back to back until the server is gone.
    let sigtermAt = 0;
    const answered: string[] = [];
    const cut: string[] = [];
    const senders = [0, 1].map(async (sender) => {
      for (let i = 0; ; i += 1) {
        const startedAt = Date.now();
        try {
          const response = await app.gql(
            NOTIFY,
            { i: { companyIds, body: `Komunikat ${sender}-${i}` } },
            f.head.token,
          );
          if (response.data?.sendBulkNotification)
            answered.push(response.data.sendBulkNotification.id);
          else cut.push(JSON.stringify(response.errors));
        } catch (error) {
          if (sigtermAt && startedAt >= sigtermAt) return; // refused: the server no longer accepts
          cut.push(String(error));
        }
        if (sigtermAt && Date.now() > sigtermAt + BUDGET_MS) return;
      }
    });
    await until(
      async () => answered.length,
      (n) => n >= 2,
      30_000,
      20,
    );

    const postmaster = app.postmasterPid()!;
    const inDataAtSigterm = inData;
    const acceptedAtSigterm = smtp.transactions.length;
    await app.closeOrm();
    sigtermAt = Date.now();
    app.signal('SIGTERM');
    const exit = await app.exited;
    const tookMs = Date.now() - sigtermAt;
    await Promise.all(senders);
    const uploadResult = await upload.result;
    console.info(
      `SIGTERM: exited ${exit.code} after ${tookMs} ms; ${inDataAtSigterm} SMTP transactions in flight (${acceptedAtSigterm} accepted before); ` +
        `${answered.length} bulk sends answered, ${cut.length} cut; the upload ${JSON.stringify(uploadResult)} after ${upload.sent()} bytes`,
    );

    expect(exit).toEqual({ code: 0, signal: null });
    expect(tookMs).toBeLessThan(BUDGET_MS);
    expect(app.output).not.toContain('shutdown over its budget');
    expect(isRunning(postmaster)).toBe(false);
    expect(app.postmasterPid()).toBeUndefined();
    expect(await partialFiles(app.storageDir)).toEqual([]);
    // Refused cleanly: an answer, not a cut connection.
    expect(uploadResult.status).toBe(503);
    // The SMTP transactions in flight were let finish: every one the server took was accepted.
    expect(smtp.aborted).toEqual([]);

    await app.start();
    const broadcasts = await app.sql<{ id: string; recipient_count: number; messages: number }>(
      `select b.id, b.recipient_count, (select count(*)::int from message m where m.broadcast_id = b.id) as messages
         from broadcast b where b.office_id = ? and b.kind = 'NOTIFICATION'`,
      [f.office.id],
    );
    // Every answered send is there, and every broadcast has all its messages (none has some).
    expect(broadcasts.map((b) => b.id)).toEqual(expect.arrayContaining(answered));
    for (const b of broadcasts)
      expect(b).toMatchObject({ recipient_count: 2_000, messages: 2_000 });

    await until(
      () =>
        app.sql<{ status: string }>('select status from email_delivery where broadcast_id = ?', [
          broadcastId,
        ]),
      (rows) => rows.every((r) => r.status === 'SENT'),
      60_000,
      250,
    );
    const copies = perRecipient(smtp.transactions);
    expect(f.companies.map((c) => copies.get(c.company.email))).toEqual(f.companies.map(() => 1));
    expect(await partialFiles(app.storageDir)).toEqual([]);
  });

  it('work that cannot finish (an SMTP server silent after DATA) is left at the budget: exits within it, PostgreSQL stopped; a second SIGTERM forces at once', async () => {
    let dataStarted = 0;
    const silent = await startTestSmtp({
      onData: () => {
        dataStarted += 1;
      },
      hold: () => true,
    });
    try {
      // A budget of 6 s, and an SMTP timeout longer than it, so only the budget ends the wait.
      const env = {
        SHUTDOWN_TIMEOUT_MS: '6000',
        SMTP_TIMEOUT_MS: '10000',
        EMAIL_JOB_EXPIRE_SECONDS: '40',
      };
      if (app.process?.exitCode === null) {
        app.signal('SIGTERM');
        await app.exited;
      }
      await app.start(env);
      const f = await emailOffice(app, silent.port, 2);
      const send = () =>
        app.gql(
          SEND_EMAIL,
          {
            i: {
              companyIds: f.companies.map((c) => c.company.id),
              subject: 'Cisza',
              html: '<p>?</p>',
            },
          },
          f.head.token,
        );
      expect((await send()).errors).toBeUndefined();
      await until(
        async () => dataStarted,
        (n) => n > 0,
        30_000,
        20,
      );

      let postmaster = app.postmasterPid()!;
      await app.closeOrm();
      let sigtermAt = Date.now();
      app.signal('SIGTERM');
      let exit = await app.exited;
      let tookMs = Date.now() - sigtermAt;
      console.info(
        `SIGTERM with an SMTP transaction that never ends: exited ${exit.code} after ${tookMs} ms`,
      );
      expect(exit.code).toBe(0);
      expect(tookMs).toBeLessThan(6000);
      expect(isRunning(postmaster)).toBe(false);
      expect(app.postmasterPid()).toBeUndefined();

      await app.start(env);
      const startedBefore = dataStarted;
      expect((await send()).errors).toBeUndefined();
      await until(
        async () => dataStarted,
        (n) => n > startedBefore,
        60_000,
        20,
      );
      postmaster = app.postmasterPid()!;
      await app.closeOrm();
      sigtermAt = Date.now();
      app.signal('SIGTERM');
      await sleep(200);
      app.signal('SIGTERM');
      exit = await app.exited;
      tookMs = Date.now() - sigtermAt;
      console.info(`two SIGTERMs: exited ${exit.code} after ${tookMs} ms`);
      expect(exit.code).toBe(1);
      expect(tookMs).toBeLessThan(2000);
      expect(isRunning(postmaster)).toBe(false);
    } finally {
      await silent.stop();
    }
  });
});
