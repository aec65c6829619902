import type { Configuration } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Config } from '../../config.js';
import { transactionDb } from '../email/email.queue.js';

/** A job names the webhook whose pending events are to be sent; the events are its outbox rows. */
export interface WebhookJob {
  webhookId: string;
}

/** The pg-boss queue of webhook sends, next to the deployment's email queue. */
export function webhookQueue(config: Pick<Config, 'emailQueue'>): string {
  return `${config.emailQueue}-webhooks`;
}

/**
 * A job holds a webhook for this long at most (its lease on the webhook's row too); the worker stops
 * taking new events well before, so the POST under way always fits.
 */
export const WEBHOOK_JOB_EXPIRE_SECONDS = 300;

/**
 * `short`: at most one job per webhook waits (created or retrying) at any time, whatever the number of
 * events recorded meanwhile; a second enqueue while one waits is a no-op. One may be active besides.
 */
export async function ensureWebhookQueue(boss: PgBoss, config: Config): Promise<void> {
  const name = webhookQueue(config);
  const options = {
    name,
    policy: 'short' as const,
    retryLimit: 10,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: WEBHOOK_JOB_EXPIRE_SECONDS,
  };
  if (await boss.getQueue(name)) await boss.updateQueue(name, options);
  else await boss.createQueue(name, options).catch(async () => boss.updateQueue(name, options));
}

interface BoundQueue {
  boss: PgBoss;
  queue: string;
}

/**
 * The job queue of each ORM (each app: tests run several in one process), so that recording an
 * event needs only the transaction it runs in: every fork of an ORM shares its configuration.
 */
const queues = new WeakMap<Configuration, BoundQueue>();

export function bindWebhookQueue(orm: MikroORM, boss: PgBoss, queue: string): void {
  queues.set(orm.config, { boss, queue });
}

/**
 * A job for each webhook, through `em` (the caller's transaction: it commits with the events, or
 * neither does), to start at `startAfter` (now when not given). A webhook with a job already
 * waiting gets no second one. A process without a job queue (benchmarks) enqueues nothing; the
 * events wait for the next job of their webhook.
 */
export async function enqueueWebhookJobs(
  em: EntityManager,
  webhookIds: readonly string[],
  startAfter?: Date,
): Promise<void> {
  const bound = queues.get(em.config);
  if (!bound) return;
  for (const webhookId of webhookIds) {
    await bound.boss.send(bound.queue, { webhookId } satisfies WebhookJob, {
      singletonKey: webhookId,
      ...(startAfter ? { startAfter } : {}),
      db: transactionDb(em),
    });
  }
}
