import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeFixture } from '../../../test/factories.js';
import { graphql } from '../../../test/gql/index.js';
import { ok, startTestApp, type TestApp } from '../../../test/harness.js';
import { until } from '../../../test/wait.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/webhook-receiver.js';

const CREATE = graphql(`
  mutation HookRestartCreate($input: CreateWebhookInput!) {
    createWebhook(input: $input) { id }
  }
`);
const NOTIFY = graphql(`
  mutation HookRestartNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id }
  }
`);

describe('webhooks across a restart', () => {
  let receiver: WebhookReceiver;
  const apps: TestApp[] = [];
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    for (const app of apps) await app.stop().catch(() => undefined);
    await receiver.stop();
  });

  it('events recorded by a process that sends nothing are sent by the next one on the same queue', async () => {
    // Both processes share the deployment's queues, as after a restart (or an API and a worker).
    const emailQueue = `test-restart-${randomUUID().slice(0, 8)}`;
    const api = await startTestApp({ emailQueue, workers: 0 });
    apps.push(api);
    const fixture = await officeFixture(api, { companies: 3 });
    const { createWebhook } = ok(
      await api.gql(
        CREATE,
        { input: { url: receiver.url, events: ['MESSAGE_CREATED'] } },
        fixture.head.token,
      ),
    );
    const ids = fixture.companies.map((c) => c.company.id);
    ok(
      await api.gql(
        NOTIFY,
        { input: { companyIds: ids, body: 'Po restarcie' } },
        fixture.head.token,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Nothing was sent: this process works no queue.
    expect(receiver.received).toEqual([]);
    await api.stop();

    const worker = await startTestApp({ emailQueue });
    apps.push(worker);
    const events = await until(
      () => receiver.received,
      (list) => list.length === 3,
    );
    expect(events.map((e) => e.body.data.companyId).sort()).toEqual([...ids].sort());
    const [row] = await worker.orm.em
      .fork()
      .execute<Array<{ delivered: number }>>(
        `select count(*)::int as delivered from webhook_delivery where webhook_id = ? and status = 'DELIVERED'`,
        [createWebhook.id],
      );
    expect(row?.delivered).toBe(3);
  });
});
