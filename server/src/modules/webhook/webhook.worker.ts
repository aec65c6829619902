import http from 'node:http';
import https from 'node:https';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Config } from '../../config.js';
import type { Logger } from '../../core/logger.js';
import type { SecretBox } from '../../core/secret-box.js';
import type { SystemMailService } from '../system-mail/system-mail.service.js';
import { mailLanguage } from '../system-mail/system-mail.templates.js';
import type { WebhookDestinations } from './webhook.destination.js';
import { eventType } from './webhook.entity.js';
import {
  type ClaimedWebhook,
  claimWebhook,
  hasPendingDeliveries,
  officeHeads,
  type PendingDelivery,
  pendingDeliveries,
  type RecordedFailure,
  recordDelivered,
  recordFailure,
  releaseWebhook,
} from './webhook.queries.js';
import {
  bindWebhookQueue,
  enqueueWebhookJobs,
  ensureWebhookQueue,
  WEBHOOK_JOB_EXPIRE_SECONDS,
  type WebhookJob,
  webhookQueue,
} from './webhook.queue.js';
import { type PostOutcome, postEvent } from './webhook.sender.js';
import { signatureHeader } from './webhook.signature.js';

/** Events read per statement while a webhook is sent to. */
const BATCH = 100;
/**
 * Delivered events recorded per statement: a deleted webhook gets at most this many more POSTs
 * (the sender learns of the deletion when it records them).
 */
const RECORD_EVERY = 20;

export interface WebhookWorkerDeps {
  config: Config;
  logger: Logger;
  secretBox: SecretBox;
  destinations: WebhookDestinations;
  systemMail: SystemMailService;
}

/** The JSON body of one event, as documented in the README. */
export function eventBody(delivery: PendingDelivery): string {
  return JSON.stringify({
    id: delivery.id,
    type: eventType(delivery.event),
    createdAt: new Date(delivery.created_at).toISOString(),
    data: delivery.data,
  });
}

/**
 * Sends webhooks' events. A job names a webhook; its handler holds the webhook (a lease on its
 * row, so one sender at a time, whatever pg-boss hands out twice) and POSTs its pending events one
 * by one, oldest first, until none is left, one fails, or its time is up (then it queues a job to
 * go on). A failure pauses the whole webhook until its retry (WEBHOOK_RETRY_DELAY_SECONDS, doubling),
 * so events arrive in order and a receiver that is down is not hammered; the
 * WEBHOOK_MAX_FAILURES-th failure in a row disables it and tells the office's heads. So one bulk
 * send of 10,000 messages makes one job per webhook, not 10,000.
 */
export class WebhookWorker {
  private readonly queue: string;
  /** Taking no new events after this long, so the POST under way ends within the lease. */
  private readonly budgetMs: number;
  /** Set when the process stops: sends end after the POST under way and hand on to a new job. */
  private stopping = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly deps: WebhookWorkerDeps,
  ) {
    this.queue = webhookQueue(deps.config);
    this.budgetMs = WEBHOOK_JOB_EXPIRE_SECONDS * 1000 - 3 * deps.config.webhookTimeoutMs;
  }

  /** Registers `concurrency` handlers of the queue in this process. */
  async start(boss: PgBoss, concurrency: number): Promise<void> {
    for (let i = 0; i < concurrency; i++) {
      await boss.work<WebhookJob>(
        this.queue,
        { batchSize: 1, pollingIntervalSeconds: 1 },
        async ([job]) => {
          if (job) await this.send(job.data.webhookId);
        },
      );
    }
  }

  /** Takes no new event from now on (a graceful stop): what is left goes to a job for later. */
  stop(): void {
    this.stopping = true;
  }

  /** Sends what the webhook has pending, as far as this job goes (see the class). */
  async send(webhookId: string): Promise<void> {
    const em = this.orm.em.fork();
    const claim = await claimWebhook(em, webhookId, WEBHOOK_JOB_EXPIRE_SECONDS);
    if (claim === 'gone') return;
    if (!('url' in claim)) {
      // Waiting for a retry: a job then. Held by another sender: that one looks again when done.
      if (claim.waitUntil) await enqueueWebhookJobs(em, [webhookId], claim.waitUntil);
      return;
    }
    let next: Date | 'now' | null = null;
    try {
      next = await this.drain(em, claim);
    } finally {
      await releaseWebhook(em, webhookId);
    }
    if (next === null && (await hasPendingDeliveries(em, webhookId))) next = 'now';
    if (next) await enqueueWebhookJobs(em, [webhookId], next === 'now' ? undefined : next);
  }

  /** POSTs pending events in order; when to go on: now (time is up), at a retry, or null (done). */
  private async drain(em: EntityManager, webhook: ClaimedWebhook): Promise<Date | 'now' | null> {
    const url = new URL(webhook.url);
    const secret = this.deps.secretBox.open(webhook.secret_encrypted);
    const agent =
      url.protocol === 'https:'
        ? new https.Agent({ keepAlive: true, maxSockets: 1 })
        : new http.Agent({ keepAlive: true, maxSockets: 1 });
    const stopAt = Date.now() + this.budgetMs;
    let delivered: Array<{ id: string; status: number; at: Date }> = [];
    /** Records the events answered 2xx so far; false when the webhook was deleted meanwhile. */
    const record = async () => {
      if (!delivered.length) return true;
      const alive = await recordDelivered(em, webhook.id, delivered);
      delivered = [];
      return alive;
    };
    try {
      for (;;) {
        const batch = await pendingDeliveries(em, webhook.id, BATCH);
        if (!batch.length) return null;
        for (const delivery of batch) {
          if (Date.now() > stopAt || this.stopping) return (await record()) ? 'now' : null;
          const outcome = await this.post(url, secret, delivery, agent);
          if (outcome.ok) {
            delivered.push({ id: delivery.id, status: outcome.status, at: new Date() });
            if (delivered.length >= RECORD_EVERY && !(await record())) return null;
            continue;
          }
          if (!(await record())) return null;
          return this.failed(em, webhook, delivery, outcome);
        }
        if (!(await record())) return null;
      }
    } finally {
      agent.destroy();
    }
  }

  private async post(
    url: URL,
    secret: string,
    delivery: PendingDelivery,
    agent: http.Agent,
  ): Promise<PostOutcome> {
    const { config } = this.deps;
    const body = eventBody(delivery);
    try {
      return await postEvent(
        url,
        body,
        { 'ledgerpost-signature': signatureHeader(secret, body) },
        {
          timeoutMs: config.webhookTimeoutMs,
          lookup: this.deps.destinations.connectionLookup(
            url,
            Date.now() + config.webhookTimeoutMs,
          ),
          agent,
        },
      );
    } catch (error) {
      // The address guard refusing a private IP literal.
      return {
        ok: false,
        status: null,
        error: error instanceof Error ? error.message : 'Connection failed.',
      };
    }
  }

  /** A failed POST recorded (maybe disabling the webhook); when to try again, or null. */
  private async failed(
    em: EntityManager,
    webhook: ClaimedWebhook,
    delivery: PendingDelivery,
    outcome: { status: number | null; error: string },
  ): Promise<Date | null> {
    const { config } = this.deps;
    const failed = await em.transactional(async (tx) => {
      const recorded = await recordFailure(tx, {
        webhookId: webhook.id,
        deliveryId: delivery.id,
        status: outcome.status,
        error: outcome.error,
        delaySeconds: config.webhookRetryDelaySeconds,
        maxFailures: config.webhookMaxFailures,
      });
      if (recorded?.disabled) await this.tellHeads(tx, recorded, outcome.error);
      return recorded;
    });
    this.deps.logger.warn('webhook delivery failed', {
      webhookId: webhook.id,
      deliveryId: delivery.id,
      error: outcome.error,
      failures: failed?.failure_count,
      disabled: failed?.disabled,
    });
    return failed?.retry_at ? new Date(failed.retry_at) : null;
  }

  /** The office's heads learn, each in their language, that the webhook was disabled. */
  private async tellHeads(
    em: EntityManager,
    webhook: RecordedFailure,
    lastError: string,
  ): Promise<void> {
    const link = `${this.deps.config.publicUrl}/settings#webhooks`;
    for (const head of await officeHeads(em, webhook.office_id)) {
      await this.deps.systemMail.enqueue(em, {
        to: head.email,
        template: 'webhook-disabled',
        language: mailLanguage(head.language),
        vars: {
          officeName: head.office_name,
          host: new URL(webhook.url).host,
          failures: webhook.failure_count,
          lastError: lastError.replace(/\.$/, ''),
          disabledAt: new Date().toISOString(),
          link,
        },
      });
    }
  }
}

/**
 * The webhook queue of a process: events recorded here enqueue into it (every role), and where
 * workers run (ROLE=all or worker) its jobs are worked.
 */
export async function startWebhooks(
  orm: MikroORM,
  boss: PgBoss,
  deps: WebhookWorkerDeps,
): Promise<WebhookWorker> {
  await ensureWebhookQueue(boss, deps.config);
  bindWebhookQueue(orm, boss, webhookQueue(deps.config));
  const worker = new WebhookWorker(orm, deps);
  if (deps.config.workers > 0) await worker.start(boss, Math.min(deps.config.workers, 4));
  return worker;
}
