import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { LRUCache } from 'lru-cache';
import type PgBoss from 'pg-boss';
import { type Config, checkEmailTiming, LEASE_MARGIN_MS } from '../../config.js';
import type { Logger } from '../../core/logger.js';
import { type LiveBus, Topic, topicId } from '../../core/pubsub.js';
import type { FileService } from '../file/file.service.js';
import { LOGO_MAX_BYTES, readLogoImage } from '../office/office.logo.js';
import { printoutLabels } from '../printout/printout.kind.js';
import { parsePeriod } from '../printout/printout.period.js';
import type { PrintoutService } from '../printout/printout.service.js';
import {
  recordEmailDeliveriesFailed,
  recordEmailDeliveryEvent,
} from '../webhook/webhook.events.js';
import {
  claimDelivery,
  countLoginRejection,
  type DeliveryClaimRow,
  deliveryStatus,
  failOfficeDeliveries,
  finishDelivery,
  linkAttachment,
  printoutsOfMessage,
  recheckClaim,
  requeueDelivery,
} from './delivery.queries.js';
import { LOGIN_REJECTIONS_TO_STOP } from './email.preconditions.js';
import type { EmailJob } from './email.queue.js';
import { type EmailDocument, logoDisplaySize, renderEmail } from './email.template.js';
import { describeSmtpError, isLoginRejected, isPermanentSmtpError } from './smtp.js';
import type { SmtpAccount, SmtpService, SmtpSlot } from './smtp.service.js';

/** A delivery this worker has claimed, and what its email is made of. */
interface ClaimedDelivery extends DeliveryClaimRow {
  /** This claim: every later statement about the row names it, so a claim taken over counts no more. */
  token: string;
}

/** What becomes of a fetched job once its delivery was dealt with. */
type JobOutcome =
  /** The delivery is SENT or FAILED (now or before). */
  | { job: 'complete' }
  /** The delivery is QUEUED again; pg-boss hands the job out again after a backoff. */
  | { job: 'retry'; reason: string }
  /** The delivery is another worker's now, or this process gave up on it: its lease decides. */
  | { job: 'leave' };

const complete: JobOutcome = { job: 'complete' };
const leave: JobOutcome = { job: 'leave' };

/** A job this process holds, from fetch to its outcome. */
interface HeldJob {
  /** Aborted when no transaction may start any more: too little lease left, or stopping. */
  start: AbortController;
  /** Aborted to cut the transaction off: the lease is about to end, or the process stops at once. */
  transaction: AbortController;
  done: Promise<void>;
}

/** How often an idle worker looks for jobs queued by other processes. */
const POLL_MS = 500;

/** One SMTP transaction with a slow but working server: a slow greeting and a slow answer to DATA. */
export function transactionBudgetMs(config: Pick<Config, 'smtpTimeoutMs'>): number {
  return 2 * config.smtpTimeoutMs;
}

/**
 * Deliveries one process holds at once: as many as the connections of one office can send before
 * their leases end, even if every one is for that office; WORKERS caps it further.
 */
export function deliveriesHeldAtOnce(
  config: Pick<Config, 'workers' | 'smtpPoolSize' | 'smtpTimeoutMs' | 'emailJobExpireSeconds'>,
): number {
  const rounds = Math.floor(
    (config.emailJobExpireSeconds * 1000 - LEASE_MARGIN_MS) / transactionBudgetMs(config),
  );
  return Math.min(config.workers, config.smtpPoolSize * Math.max(1, rounds));
}

/** The Message-ID of a delivery, the same on every attempt, so a receiving server can tell a resend. */
export function messageIdOf(deliveryId: string): string {
  return `<${deliveryId}@ledgerpost>`;
}

/**
 * Sends one email per delivery job, through the office's own SMTP server, to the company's address
 * alone, at most once per delivery short of one window the SMTP protocol leaves open (see the
 * README, "Delivery guarantees"):
 *
 * - a job is claimed with a lease (QUEUED, or SENDING whose lease ended) in one statement, and the
 *   claim is checked again right before the SMTP transaction, which ends before the lease does;
 * - the process holds no more jobs than its connections can send within their leases, and nothing
 *   waits inside a transport, so a job never outlives its lease waiting for a connection;
 * - outcomes are recorded in one statement each, by the holder of the lease only.
 */
export class EmailWorker {
  private readonly capacity: number;
  private readonly leaseMs: number;
  private readonly held = new Map<string, HeldJob>();
  private running = false;
  /** Stopped without waiting: nothing more is recorded, leases take over. */
  private abandoned = false;
  private loop: Promise<void> = Promise.resolve();
  /** Set by anything that may have made work: a job ended, a batch was queued here, a stop. */
  private woken = false;
  private resume: (() => void) | undefined;
  /** Office logos by file id: every email of a batch carries the same few bytes. */
  private readonly logos = new LRUCache<string, OfficeLogo>({ max: 32 });

  constructor(
    private readonly orm: MikroORM,
    private readonly boss: PgBoss,
    private readonly deps: {
      config: Config;
      logger: Logger;
      live: LiveBus;
      smtp: SmtpService;
      printouts: PrintoutService;
      files: FileService;
    },
  ) {
    checkEmailTiming(deps.config);
    this.capacity = deliveriesHeldAtOnce(deps.config);
    this.leaseMs = deps.config.emailJobExpireSeconds * 1000;
  }

  async start(): Promise<void> {
    if (this.running || this.capacity === 0) return;
    this.running = true;
    this.abandoned = false;
    this.loop = this.fetchLoop();
  }

  /** Wakes this process's workers (after a batch was queued here) instead of waiting for the poll. */
  wake(): void {
    this.woken = true;
    this.resume?.();
  }

  /**
   * Stops taking jobs. Jobs not yet in an SMTP transaction go back to the queue at once. Graceful:
   * resolves when the transactions under way have ended and been recorded, or after `timeoutMs`,
   * when those still running are cut off and left to their leases. Not graceful: cuts them off and
   * resolves at once.
   */
  async stop(graceful = true, timeoutMs?: number): Promise<void> {
    this.running = false;
    this.wake();
    for (const held of this.held.values())
      held.start.abort(new Error('The email worker is stopping.'));
    if (!graceful) return this.abandon();
    const drained = (async () => {
      await this.loop;
      await Promise.all([...this.held.values()].map((held) => held.done));
    })();
    if (timeoutMs === undefined) return drained;
    let timer: NodeJS.Timeout | undefined;
    const late = await Promise.race([
      drained.then(() => false),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (late) this.abandon();
  }

  private abandon(): void {
    this.abandoned = true;
    for (const held of this.held.values())
      held.transaction.abort(new Error('The email worker stopped.'));
  }

  /** Fetches as many jobs as there are free places, whenever places free up or work is announced. */
  private async fetchLoop(): Promise<void> {
    const queue = this.deps.config.emailQueue;
    while (this.running) {
      // Whatever woke the loop before this fetch is seen by it.
      this.woken = false;
      const free = this.capacity - this.held.size;
      let fetched = 0;
      if (free > 0) {
        try {
          const jobs = await this.boss.fetch<EmailJob>(queue, {
            batchSize: free,
            includeMetadata: true,
          });
          fetched = jobs.length;
          if (!this.running) {
            // Fetched while stopping: back to the queue untouched.
            if (jobs.length && !this.abandoned)
              await this.boss.fail(
                queue,
                jobs.map((j) => j.id),
              );
            break;
          }
          for (const job of jobs) this.hold(job);
        } catch (error) {
          this.deps.logger.error('fetching email jobs failed', {
            error: error instanceof Error ? error.message : String(error),
          });
        }
      }
      // Full: wait for a place. Found less than asked: the queue is empty for now.
      const full = this.held.size >= this.capacity;
      if (this.running && (full || fetched < free)) await this.pause(full ? undefined : POLL_MS);
    }
  }

  private pause(ms: number | undefined): Promise<void> {
    if (this.woken) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = ms === undefined ? undefined : setTimeout(() => this.resume?.(), ms);
      this.resume = () => {
        clearTimeout(timer);
        this.resume = undefined;
        resolve();
      };
    });
  }

  private hold(job: PgBoss.JobWithMetadata<EmailJob>): void {
    const held: HeldJob = {
      start: new AbortController(),
      transaction: new AbortController(),
      done: Promise.resolve(),
    };
    // Measured from the fetch: pg-boss counts the job's expiry from then, and the lease starts a
    // moment later. A job queued under an older setting keeps its own expiry (a numeric, as text).
    const transactionEnd =
      Math.min(this.leaseMs, Number(job.expireInSeconds) * 1000) - LEASE_MARGIN_MS;
    const startEnd = transactionEnd - transactionBudgetMs(this.deps.config);
    const startTimer = setTimeout(
      () => held.start.abort(new Error('Too little of the lease was left to start sending.')),
      startEnd,
    );
    const transactionTimer = setTimeout(
      () => held.transaction.abort(new Error('The lease is ending.')),
      transactionEnd,
    );
    this.held.set(job.id, held);
    held.done = this.work(job, held).finally(() => {
      clearTimeout(startTimer);
      clearTimeout(transactionTimer);
      this.held.delete(job.id);
      this.wake();
    });
  }

  private async work(job: PgBoss.JobWithMetadata<EmailJob>, held: HeldJob): Promise<void> {
    const queue = this.deps.config.emailQueue;
    let outcome: JobOutcome;
    try {
      outcome = await this.deliver(job, held);
    } catch (error) {
      if (this.abandoned) return;
      this.deps.logger.error('email delivery crashed', {
        deliveryId: job.data.deliveryId,
        error: error instanceof Error ? error.message : String(error),
      });
      // The row keeps its lease (SENDING): the retry takes it over once the lease has ended.
      outcome = { job: 'retry', reason: 'The delivery crashed.' };
    }
    if (this.abandoned) return;
    try {
      if (outcome.job === 'complete') await this.boss.complete(queue, job.id);
      else if (outcome.job === 'retry')
        await this.boss.fail(queue, job.id, { reason: outcome.reason });
    } catch (error) {
      // The job expires and is handed out again; its delivery row says what is left to do.
      this.deps.logger.warn('recording an email job failed', {
        jobId: job.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private async deliver(job: PgBoss.JobWithMetadata<EmailJob>, held: HeldJob): Promise<JobOutcome> {
    // pg-boss has a few more retries than EMAIL_RETRY_LIMIT (email.queue.ts), for jobs handed back
    // without an attempt (stop, no connection in time); SMTP failures get EMAIL_RETRY_LIMIT.
    const jobRetriesLeft = job.retryCount < job.retryLimit;
    const smtpRetriesLeft = jobRetriesLeft && job.retryCount < this.deps.config.emailRetryLimit;

    const delivery = await this.claim(job.data.deliveryId);
    if (delivery === 'done') return complete;
    if (delivery === 'busy') return leave; // the lease holder settles this job too (same job id)
    if (this.abandoned) return leave;

    let links: EmailDocument[];
    try {
      links = await this.attachPrintouts(delivery);
    } catch (error) {
      this.deps.logger.error('printout failed', {
        deliveryId: delivery.id,
        error: error instanceof Error ? error.message : String(error),
      });
      return this.retryOrFail(delivery, 'The printouts could not be prepared.', smtpRetriesLeft);
    }

    let slot: SmtpSlot;
    try {
      slot = await this.deps.smtp.acquire(delivery.office_id, held.start.signal);
    } catch (error) {
      return this.handBack(
        delivery,
        error instanceof Error ? error.message : String(error),
        jobRetriesLeft,
      );
    }
    try {
      if (held.start.signal.aborted)
        return await this.handBack(
          delivery,
          String((held.start.signal.reason as Error).message),
          jobRetriesLeft,
        );
      const account = await this.recheck(delivery);
      if (account === 'lost') return leave;
      if (account === 'none')
        return await this.finish(
          delivery,
          'FAILED',
          'The office has no SMTP integration any more.',
        );
      if (account.loginRejections >= LOGIN_REJECTIONS_TO_STOP) {
        return await this.finish(
          delivery,
          'FAILED',
          account.loginRejectedError ?? 'The SMTP server rejected the username or password.',
        );
      }
      try {
        const info = await slot.send(
          account,
          this.compose(delivery, account, links, await this.logoOf(delivery)),
          held.transaction.signal,
        );
        if (!info.accepted?.length)
          throw Object.assign(new Error('recipient rejected'), {
            code: 'EENVELOPE',
            response: info.response,
          });
      } catch (error) {
        if (this.abandoned) return leave;
        // Recorded before the next transaction of the office starts: it must see a refused login.
        return await this.failed(delivery, account, error, smtpRetriesLeft);
      }
      // The connection is free for the next email while this one is recorded.
      slot.release();
      // Recorded even when stopping: the server has the email, so it must not be sent again.
      return await this.finish(delivery, 'SENT', null);
    } finally {
      slot.release();
    }
  }

  /**
   * QUEUED, or SENDING whose lease has ended (its worker died), becomes SENDING under a new lease,
   * in one statement. 'done': nothing is left to do (SENT, FAILED or gone); 'busy': another
   * worker's lease is still running.
   */
  private async claim(deliveryId: string): Promise<ClaimedDelivery | 'done' | 'busy'> {
    const em = this.orm.em.fork();
    const token = randomUUID();
    const claimed = await claimDelivery(em, { deliveryId, token, leaseMs: this.leaseMs });
    if (claimed) return { ...claimed, token };
    return (await deliveryStatus(em, deliveryId)) === 'SENDING' ? 'busy' : 'done';
  }

  /**
   * Right before the SMTP transaction: the claim still holds, and the office's SMTP account as it is
   * now (settings, refused logins). Counts the attempt when one will be made.
   */
  private async recheck(
    delivery: ClaimedDelivery,
  ): Promise<
    (SmtpAccount & { loginRejections: number; loginRejectedError: string | null }) | 'lost' | 'none'
  > {
    const row = await recheckClaim(this.orm.em.fork(), {
      deliveryId: delivery.id,
      token: delivery.token,
      officeId: delivery.office_id,
      loginRejectionsToStop: LOGIN_REJECTIONS_TO_STOP,
    });
    if (!row) return 'lost';
    if (!row.smtp_id) return 'none';
    return {
      officeId: delivery.office_id,
      host: row.host,
      port: row.port,
      security: row.security,
      username: row.username,
      passwordEncrypted: row.password_encrypted,
      fromAddress: row.from_address,
      fromName: row.from_name,
      loginRejections: row.login_rejections,
      loginRejectedError: row.login_rejected_error,
    };
  }

  /**
   * The office's logo as the email embeds it, or null: without one, or when its bytes cannot be
   * read (the email goes out without it rather than not at all).
   */
  private async logoOf(delivery: ClaimedDelivery): Promise<OfficeLogo | null> {
    if (!delivery.logo_id || !delivery.logo_storage_key) return null;
    const cached = this.logos.get(delivery.logo_id);
    if (cached) return cached;
    try {
      const content = await this.deps.files.readAll(delivery.logo_storage_key, LOGO_MAX_BYTES);
      const image = readLogoImage(content);
      if (!image) return null;
      const logo: OfficeLogo = {
        cid: `logo-${delivery.logo_id}@ledgerpost`,
        content,
        contentType: image.contentType,
        ...logoDisplaySize(image.width, image.height),
      };
      this.logos.set(delivery.logo_id, logo);
      return logo;
    } catch (error) {
      this.deps.logger.warn('office logo unreadable, email sent without it', {
        deliveryId: delivery.id,
        error: error instanceof Error ? error.message : String(error),
      });
      return null;
    }
  }

  private compose(
    delivery: ClaimedDelivery,
    account: SmtpAccount,
    links: EmailDocument[],
    logo: OfficeLogo | null,
  ) {
    const { html, text } = composeEmail(delivery, links, logo);
    return {
      from: account.fromName
        ? { name: account.fromName, address: account.fromAddress }
        : account.fromAddress,
      to: delivery.to_address,
      subject: delivery.subject,
      html,
      text,
      messageId: messageIdOf(delivery.id),
      headers: { 'X-Ledgerpost-Delivery': delivery.id },
      // Embedded rather than linked: mail clients show it without fetching anything (remote images
      // are blocked by default in many), and no public URL of the office's files has to exist.
      attachments: logo
        ? [
            {
              cid: logo.cid,
              content: logo.content,
              contentType: logo.contentType,
              filename: logo.contentType === 'image/png' ? 'logo.png' : 'logo.jpg',
              contentDisposition: 'inline' as const,
            },
          ]
        : [],
    };
  }

  private async failed(
    delivery: ClaimedDelivery,
    account: SmtpAccount,
    error: unknown,
    retriesLeft: boolean,
  ): Promise<JobOutcome> {
    const reason = describeSmtpError(error);
    if (isLoginRejected(error)) return this.loginRejected(delivery, account, reason, retriesLeft);
    if (isPermanentSmtpError(error)) return this.finish(delivery, 'FAILED', reason);
    return this.retryOrFail(delivery, reason, retriesLeft);
  }

  /**
   * The first refused login may be a hiccup of the server: the delivery is retried, and the next
   * transaction of the office (one at a time until a login works) tries once more. The second stops
   * the office: its queued deliveries fail with the reason, none connects again.
   */
  private async loginRejected(
    delivery: ClaimedDelivery,
    account: SmtpAccount,
    reason: string,
    retriesLeft: boolean,
  ): Promise<JobOutcome> {
    const em = this.orm.em.fork();
    // Counted for the settings that were refused only: new settings start from 0.
    const rejections = await countLoginRejection(em, account, reason);
    this.deps.logger.warn('smtp login rejected', {
      officeId: account.officeId,
      deliveryId: delivery.id,
      rejections: rejections ?? 0,
    });
    if (rejections === undefined || rejections < LOGIN_REJECTIONS_TO_STOP)
      return this.retryOrFail(delivery, reason, retriesLeft);
    // The webhooks' email.delivery.failed events commit with the failures, or neither does.
    const stopped = await em.transactional(async (tx) => {
      const failed = await failOfficeDeliveries(tx, {
        officeId: account.officeId,
        deliveryId: delivery.id,
        token: delivery.token,
        reason,
      });
      await recordEmailDeliveriesFailed(tx, account.officeId, failed.failed);
      return failed;
    });
    this.deps.logger.warn('smtp login rejected again: the office\u2019s queued emails failed', {
      officeId: account.officeId,
      broadcasts: stopped.broadcasts.length,
    });
    this.progress(stopped.broadcasts);
    return stopped.own ? complete : leave;
  }

  /** A temporary failure: QUEUED again for a retry with backoff, or FAILED after the last one. */
  private async retryOrFail(
    delivery: ClaimedDelivery,
    reason: string,
    retriesLeft: boolean,
  ): Promise<JobOutcome> {
    if (!retriesLeft) return this.finish(delivery, 'FAILED', reason);
    return (await this.requeue(delivery, reason)) ? { job: 'retry', reason } : leave;
  }

  /** No transaction was started (stopping, or no connection in time): back to the queue, no attempt spent. */
  private async handBack(
    delivery: ClaimedDelivery,
    reason: string,
    retriesLeft: boolean,
  ): Promise<JobOutcome> {
    if (this.abandoned) return leave;
    if (!retriesLeft) return this.finish(delivery, 'FAILED', reason);
    return (await this.requeue(delivery, null)) ? { job: 'retry', reason } : leave;
  }

  private requeue(delivery: ClaimedDelivery, reason: string | null): Promise<boolean> {
    return requeueDelivery(this.orm.em.fork(), {
      deliveryId: delivery.id,
      token: delivery.token,
      reason,
    });
  }

  /**
   * A final state and the broadcast's counts, in one statement, by the lease holder only; a sent
   * email also shows the office's login works again.
   */
  private async finish(
    delivery: ClaimedDelivery,
    status: 'SENT' | 'FAILED',
    reason: string | null,
  ): Promise<JobOutcome> {
    // The webhooks' event commits with the final state, or neither does.
    const finished = await this.orm.em.fork().transactional(async (tx) => {
      const done = await finishDelivery(tx, {
        deliveryId: delivery.id,
        token: delivery.token,
        officeId: delivery.office_id,
        status,
        reason,
        smtpMessageId: messageIdOf(delivery.id),
      });
      if (done) await recordEmailDeliveryEvent(tx, delivery, status);
      return done;
    });
    if (!finished) {
      // Taken over after this lease ended: the new holder records the outcome.
      this.deps.logger.warn('email delivery outcome after its lease ended', {
        deliveryId: delivery.id,
        status,
      });
      return leave;
    }
    if (status === 'FAILED')
      this.deps.logger.warn('email delivery failed', { deliveryId: delivery.id, reason });
    this.progress([delivery.broadcast_id]);
    return complete;
  }

  private progress(broadcastIds: string[]): void {
    if (!broadcastIds.length) return;
    this.deps.live.publish(
      broadcastIds.map((broadcastId) => ({
        topic: Topic.BroadcastProgress,
        id: topicId.broadcast(broadcastId),
        items: [{ broadcastId }],
      })),
    );
  }

  /** The company's printouts for this email, made once and linked to its archived message. */
  private async attachPrintouts(delivery: ClaimedDelivery): Promise<EmailDocument[]> {
    if (!delivery.printouts.length) return [];
    const em = this.orm.em.fork();
    const existing = await printoutsOfMessage(em, delivery.message_id);
    const links: EmailDocument[] = [];
    for (const { kind, period } of delivery.printouts) {
      let fileId = existing.find((f) => f.printout === kind && f.period === period)?.id;
      if (!fileId) {
        const { filename, content } = await this.deps.printouts.render(
          em,
          delivery.company_id,
          kind,
          period,
        );
        const file = await this.deps.files.storeGenerated(em, {
          uploaderId: delivery.author_id,
          companyId: delivery.company_id,
          filename,
          content,
          contentType: 'application/pdf',
          printout: kind,
          period,
        });
        await linkAttachment(em, delivery.message_id, file.id);
        fileId = file.id;
      }
      links.push({
        label: printoutLabels[kind],
        period: parsePeriod(period).label,
        url: `${this.deps.config.publicUrl}/files/${fileId}`,
      });
    }
    return links;
  }
}

/** The office's logo as an email embeds it: its bytes and the size it is shown at. */
interface OfficeLogo {
  cid: string;
  content: Buffer;
  contentType: string;
  width: number;
  height: number;
}

/**
 * The email itself (email.template.ts): the office and the company it is for, the message, one
 * login-protected link per printout (no file bytes) and why the company gets it.
 */
export function composeEmail(
  delivery: Pick<
    ClaimedDelivery,
    'html' | 'office_name' | 'company_name' | 'company_nip' | 'subject'
  >,
  documents: EmailDocument[],
  logo: Pick<OfficeLogo, 'cid' | 'width' | 'height'> | null = null,
) {
  return renderEmail({
    officeName: delivery.office_name,
    companyName: delivery.company_name,
    companyNip: delivery.company_nip,
    subject: delivery.subject,
    bodyHtml: delivery.html,
    documents,
    logo,
  });
}
