import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { officeFixture } from '../factories.js';
import { graphql } from '../gql/index.js';
import { ok, startTestApp, type TestApp } from '../harness.js';
import { sleep, until } from '../wait.js';

const NOTIFY = graphql(`
  mutation SchedRestartNotify($input: SendBulkNotificationInput!) {
    sendBulkNotification(input: $input) { id status sendAt }
  }
`);
const CANCEL = graphql(`
  mutation SchedRestartCancel($id: ID!) {
    cancelBroadcast(id: $id) { id status }
  }
`);
const THREAD = graphql(`
  query SchedRestartThread($id: ID!) {
    messages(companyId: $id) { totalCount edges { node { body createdAt } } }
  }
`);
const BROADCAST = graphql(`
  query SchedRestartBroadcast($id: ID!) {
    broadcast(id: $id) { status }
  }
`);

describe('scheduled sends across a restart', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    for (const app of apps) await app.stop().catch(() => undefined);
  });

  it('a scheduled send survives a stop and arrives from the next process; a cancelled one never does', async () => {
    // Both processes work the same queues, as one deployment's do.
    const emailQueue = `test-restart-${randomUUID().slice(0, 8)}`;
    const first = await startTestApp({ emailQueue, scheduledSendPollMs: 500 });
    apps.push(first);
    const f = await officeFixture(first, { companies: 2 });
    const [kept, dropped] = f.companies as [
      (typeof f.companies)[number],
      (typeof f.companies)[number],
    ];
    const sendAt = new Date(Date.now() + 5000).toISOString();
    const survivor = ok(
      await first.gql(
        NOTIFY,
        { input: { companyIds: [kept.company.id], body: 'Po restarcie', sendAt } },
        f.head.token,
      ),
    ).sendBulkNotification;
    const cancelled = ok(
      await first.gql(
        NOTIFY,
        { input: { companyIds: [dropped.company.id], body: 'Anulowana przed restartem', sendAt } },
        f.head.token,
      ),
    ).sendBulkNotification;
    expect(ok(await first.gql(CANCEL, { id: cancelled.id }, f.head.token)).cancelBroadcast).toEqual(
      { id: cancelled.id, status: 'CANCELLED' },
    );
    await first.stop();

    // Down past sendAt: nothing runs the jobs meanwhile.
    await sleep(Math.max(0, new Date(sendAt).getTime() - Date.now()) + 1000);
    const second = await startTestApp({ emailQueue, scheduledSendPollMs: 500 });
    apps.push(second);
    const thread = await until(
      () => second.gql(THREAD, { id: kept.company.id }, kept.client.token).then(ok),
      (t) => t.messages.totalCount === 1,
      30_000,
      200,
    );
    expect(thread.messages.edges[0]?.node.body).toBe('Po restarcie');
    expect(new Date(thread.messages.edges[0]!.node.createdAt).getTime()).toBeGreaterThanOrEqual(
      new Date(sendAt).getTime(),
    );
    expect(
      ok(await second.gql(BROADCAST, { id: survivor.id }, f.head.token)).broadcast?.status,
    ).toBe('SENT');
    // A few more polls of the queue: the cancelled one stays undelivered.
    await sleep(2000);
    expect(
      ok(await second.gql(THREAD, { id: dropped.company.id }, dropped.client.token)).messages
        .totalCount,
    ).toBe(0);
    expect(
      ok(await second.gql(BROADCAST, { id: cancelled.id }, f.head.token)).broadcast?.status,
    ).toBe('CANCELLED');
  });
});
