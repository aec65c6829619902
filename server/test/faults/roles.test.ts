import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChildApp, emailOffice, isRunning, perRecipient, sleep, until } from '../child-app.js';
import { graphql } from '../gql/index.js';
import { startTestSmtp, type TestSmtp } from '../smtp.js';

const SEND_EMAIL = graphql(`
  mutation FaultsRolesSendEmail($i: SendEmailInput!) {
    sendEmail(input: $i) { id }
  }
`);

describe('ROLE=api beside `npm run worker` (ROLE=worker)', () => {
  let api: ChildApp;
  let worker: ChildApp;
  let smtp: TestSmtp;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    api = await ChildApp.create({ env: { ROLE: 'api' } });
    await api.start();
    worker = await ChildApp.beside(api, { entry: 'worker.js' });
  });
  afterAll(async () => {
    await worker?.dispose();
    await api?.dispose();
    await smtp?.stop();
  });

  it('the API process queues and sends nothing; the worker, sharing its embedded PostgreSQL, sends each email once and serves /healthz only', async () => {
    const f = await emailOffice(api, smtp.port, 4);
    const email = await api.gql(
      SEND_EMAIL,
      {
        i: {
          companyIds: f.companies.map((c) => c.company.id),
          subject: 'Przypomnienie',
          html: '<p>Termin</p>',
        },
      },
      f.head.token,
    );
    expect(email.errors).toBeUndefined();
    const broadcastId = email.data!.sendEmail.id;
    const deliveries = () =>
      api.sql<{ status: string }>('select status from email_delivery where broadcast_id = ?', [
        broadcastId,
      ]);
    await sleep(1500);
    expect(smtp.transactions).toHaveLength(0);
    expect((await deliveries()).map((d) => d.status)).toEqual([
      'QUEUED',
      'QUEUED',
      'QUEUED',
      'QUEUED',
    ]);

    await worker.start();
    expect(worker.output).toContain('sharing the embedded PostgreSQL of another process');
    await until(deliveries, (rows) => rows.every((d) => d.status === 'SENT'), 30_000, 200);
    expect([...perRecipient(smtp.transactions).values()]).toEqual([1, 1, 1, 1]);
    expect((await fetch(`${worker.url}/graphql`, { method: 'POST' })).status).toBe(404);

    // The worker stops without taking the API's database down with it.
    const postmaster = api.postmasterPid()!;
    worker.signal('SIGTERM');
    expect(await worker.exited).toEqual({ code: 0, signal: null });
    expect(isRunning(postmaster)).toBe(true);
    expect(await api.health()).toBe(200);
  });

  it('started at the same moment on one data directory: one runs the embedded PostgreSQL, the other shares it', async () => {
    api.signal('SIGTERM');
    expect(await api.exited).toEqual({ code: 0, signal: null });
    const since = [api.output.length, worker.output.length];
    await Promise.all([api.start(), worker.start()]);
    const shared = [api.output.slice(since[0]), worker.output.slice(since[1])].filter((out) =>
      out.includes('sharing the embedded PostgreSQL'),
    );
    expect(shared).toHaveLength(1);
    expect([await api.health(), await worker.health()]).toEqual([200, 200]);
  });
});
