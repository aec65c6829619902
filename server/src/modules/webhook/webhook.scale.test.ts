import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCompanies, officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { countStatements, ok, oneRow, startTestApp, type TestApp } from '../../../test/harness.js';
import { until } from '../../../test/wait.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/webhook-receiver.js';
import { webhookQueue } from './webhook.queue.js';

const CREATE = graphql(`
  mutation HookScaleCreate($input: CreateWebhookInput!) {
    createWebhook(input: $input) { id }
  }
`);
const NOTIFY = graphql(`
  mutation HookScaleNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id recipientCount }
  }
`);

describe('webhooks at scale', () => {
  let app: TestApp;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    app = await startTestApp();
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await app?.stop();
    await receiver?.stop();
  });

  it('a 10,000-company send records its events in the statements of a 10-company one, and makes one job, not 10,000', async () => {
    const fixture = await officeFixture(app, { companies: 1 });
    const em = app.orm.em.fork();
    const companyIds = (await insertCompanies(em, fixture.office.id, 10_000)).map(
      (c) => c.companyId,
    );
    const { createWebhook: hook } = ok(
      await app.gql(
        CREATE,
        { input: { url: receiver.url, events: ['MESSAGE_CREATED'] } },
        fixture.head.token,
      ),
    );
    const notify = (ids: string[]) =>
      countStatements(async () =>
        ok(
          await app.gql(
            NOTIFY,
            { input: { companyIds: ids, body: 'Zamknięcie roku' } },
            fixture.head.token,
          ),
        ),
      );
    const jobs = async () =>
      (
        await oneRow<{ n: number }>(
          em,
          'select count(*)::int as n from pgboss.job where name = ? and singleton_key = ?',
          [webhookQueue(app.config), hook.id],
        )
      ).n;
    const outbox = async () =>
      await oneRow<{ n: number; delivered: number }>(
        em,
        `select count(*)::int as n, count(*) filter (where status = 'DELIVERED')::int as delivered
             from webhook_delivery where webhook_id = ?`,
        [hook.id],
      );

    const small = await notify(companyIds.slice(0, 10));
    await until(outbox, (o) => o.delivered === 10);
    const jobsBefore = await jobs();
    const large = await notify(companyIds);
    expect(large.result.sendBulkNotification.recipientCount).toBe(10_000);
    // The outbox: one insert (and one job) whatever the number of messages. The counter is the
    // process's: the webhook's worker may take the committed events (a lease and a fetch) before
    // the answer is back, so up to two of its statements can fall inside the count.
    expect(large.statements).toBeGreaterThanOrEqual(small.statements);
    expect(large.statements).toBeLessThanOrEqual(small.statements + 2);
    console.info(
      `bulk send with a webhook: ${small.statements} statements for 10 companies, ${large.statements} for 10,000`,
    );
    expect((await outbox()).n).toBe(10_010);
    expect(await jobs()).toBeLessThanOrEqual(jobsBefore + 1);

    const started = Date.now();
    const done = await until(outbox, (o) => o.delivered === 10_010, 240_000, 500);
    console.info(
      `10,000 webhook events delivered in ${((Date.now() - started) / 1000).toFixed(1)} s by ${(await jobs()) - jobsBefore} job(s)`,
    );
    expect(done.delivered).toBe(10_010);
    // Every event once, in the order it was recorded, one job (maybe a follow-up) for them all.
    const ids = receiver.received.map((e) => e.body.id);
    expect(new Set(ids).size).toBe(10_010);
    expect(ids).toHaveLength(10_010);
    expect((await jobs()) - jobsBefore).toBeLessThanOrEqual(3);
  }, 300_000);
});
