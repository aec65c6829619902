import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCompanies, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { countStatements, ok, oneRow, startTestApp, type TestApp } from '../../../test/harness.js';
import { createPrivateDatabase, type PrivateDatabase } from '../../../test/private-database.js';
import { SecretBox } from '../../core/secret-box.js';
import { systemMailQueue } from '../system-mail/system-mail.service.js';
import { AlertService } from './alert.service.js';

const NOTIFY = graphql(`
  mutation AlertsScaleNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id recipientCount }
  }
`);

const N = 10_000;

/*
 * A bulk send to 10,000 companies, then the sweep: the same few statements as for one user, one
 * system mail and one job per user, none per message. On a database of its own, with no workers,
 * so the 10,000 mails wait in their queue instead of keeping the machine busy.
 */
describe('alert sweep at 10,000 recipients', () => {
  let db: PrivateDatabase;
  const secretKey = randomBytes(32);
  let app: TestApp;
  let now = new Date();
  let alerts: AlertService;

  beforeAll(async () => {
    db = await createPrivateDatabase('alerts_scale');
    app = await startTestApp({ databaseUrl: db.url, secretKey, workers: 0 });
    alerts = new AlertService({
      config: app.config,
      secretBox: new SecretBox(secretKey),
      systemMail: app.services.systemMail,
      clock: () => now,
    });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await db?.drop();
  });

  async function queued(): Promise<{ mails: number; jobs: number }> {
    return oneRow(
      app.orm.em.fork(),
      `select (select count(*)::int from system_mail where template = 'new-messages') as mails,
              (select count(*)::int from pgboss.job where name = ?) as jobs`,
      [systemMailQueue(app.config)],
    );
  }

  it('costs the same statements for 1 user and for 10,000, with one mail and job per user', async () => {
    // One recipient first.
    const small = await officeFixture(app, { companies: 1 });
    const first = new Date();
    ok(
      await app.gql(
        NOTIFY,
        { input: { companyIds: [small.companies[0].company.id], body: 'Jedna' } },
        small.head.token,
      ),
    );
    now = new Date(first.getTime() + 61_000);
    const one = await countStatements(() => alerts.sweep(app.orm.em));
    expect(one.result).toBe(1);
    expect(await queued()).toEqual({ mails: 1, jobs: 1 });

    // Then 10,000 companies, each with its client, in one bulk notification.
    const big = await officeFixture(app, { companies: 1 });
    const rows = await insertCompanies(app.orm.em.fork(), big.office.id, N - 1);
    const companyIds = [big.companies[0].company.id, ...rows.map((r) => r.companyId)];
    const sent = new Date();
    expect(
      ok(await app.gql(NOTIFY, { input: { companyIds, body: 'Do wszystkich' } }, big.head.token))
        .sendBulkNotification.recipientCount,
    ).toBe(N);
    // The send queued no job of any kind.
    expect(await queued()).toEqual({ mails: 1, jobs: 1 });

    now = new Date(sent.getTime() + 61_000);
    const started = performance.now();
    const many = await countStatements(() => alerts.sweep(app.orm.em));
    const ms = Math.round(performance.now() - started);
    console.log(
      `alert sweep: 1 user ${one.statements} statements; ${N} users ${many.statements} statements, ${ms} ms`,
    );
    expect(many.result).toBe(N);
    expect(many.statements).toBe(one.statements);
    // begin, the unread scan with its marks, the mails, their jobs, commit.
    expect(many.statements).toBeLessThanOrEqual(5);
    expect(await queued()).toEqual({ mails: N + 1, jobs: N + 1 });
    expect(
      await oneRow<{ users: number; counts: number }>(
        app.orm.em.fork(),
        `select count(distinct to_address)::int as users,
                count(*) filter (where vars->'companies'->0->>'count' = '1')::int as counts
           from system_mail where template = 'new-messages'`,
      ),
    ).toEqual({ users: N + 1, counts: N + 1 });

    // Nothing is due any more: the next sweep finds it in the same statements, queuing nothing.
    now = new Date(now.getTime() + 15_000);
    const again = await countStatements(() => alerts.sweep(app.orm.em));
    expect(again.result).toBe(0);
    expect(again.statements).toBeLessThanOrEqual(4);
    expect(await queued()).toEqual({ mails: N + 1, jobs: N + 1 });
  }, 180_000);
});
