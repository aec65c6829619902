import type { MikroORM } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Config } from '../../config.js';
import type { Logger } from '../../core/logger.js';
import { Topic, topicId, type LiveBus } from '../../core/pubsub.js';
import type { FileService } from '../file/file.service.js';
import { printoutLabels, type PrintoutKind } from '../printout/printout.kind.js';
import type { PrintoutService } from '../printout/printout.service.js';
import { escapeHtml, htmlToText } from './email.html.js';
import type { EmailJob } from './email.queue.js';
import { SmtpIntegration } from './smtp-integration.entity.js';
import type { SmtpService } from './smtp.service.js';
import { describeSmtpError, isPermanentSmtpError } from './smtp.js';

interface ClaimedDelivery {
  id: string;
  broadcast_id: string;
  company_id: string;
  message_id: string;
  to_address: string;
  attempts: number;
  office_id: string;
  author_id: string;
  subject: string;
  /** The sanitized HTML as written, without the archive's list of attachments. */
  html: string;
  office_name: string;
}

/** Deliveries one worker takes at a time, sent concurrently over the office's pooled transport. */
const JOBS_PER_FETCH = 5;

/** A temporary failure: the job fails so that pg-boss retries it with backoff. */
class RetryLater extends Error {}

/**
 * Sends one email per delivery job, through the office's own SMTP server, to the company's address
 * alone. Idempotent per delivery: a delivery already SENT or FAILED is never sent again, and
 * printouts made by an earlier attempt are reused.
 */
export class EmailWorker {
  private workerIds: string[] = [];

  constructor(
    private readonly orm: MikroORM,
    private readonly boss: PgBoss,
    private readonly deps: { config: Config; logger: Logger; live: LiveBus; smtp: SmtpService; printouts: PrintoutService; files: FileService },
  ) {}

  async start(): Promise<void> {
    const queue = this.deps.config.emailQueue;
    for (let i = 0; i < this.deps.config.workers; i += 1) {
      const id: string = await this.boss.work<EmailJob>(
        queue,
        { batchSize: JOBS_PER_FETCH, pollingIntervalSeconds: 0.5, includeMetadata: true },
        async (jobs) => {
          // A worker that found jobs looks for the next ones at once instead of after the poll interval.
          this.boss.notifyWorker(id);
          // Each job succeeds or fails on its own: a failed one is handed back for a retry with
          // backoff; pg-boss completes the rest when this returns.
          await Promise.all(
            jobs.map((job) => this.handle(job).catch((error: unknown) => this.boss.fail(queue, job.id, { reason: String(error instanceof Error ? error.message : error) }))),
          );
        },
      );
      this.workerIds.push(id);
    }
  }

  /** Wakes this process's workers (after a batch was queued here) instead of waiting for the poll. */
  wake(): void {
    for (const id of this.workerIds) this.boss.notifyWorker(id);
  }

  async handle(job: PgBoss.JobWithMetadata<EmailJob>): Promise<void> {
    const lastAttempt = job.retryCount >= job.retryLimit;
    try {
      await this.deliver(job.data, lastAttempt);
    } catch (error) {
      if (error instanceof RetryLater) throw error;
      this.deps.logger.error('email delivery crashed', { deliveryId: job.data.deliveryId, error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  private async deliver(job: EmailJob, lastAttempt: boolean): Promise<void> {
    const em = this.orm.em.fork();
    const [delivery] = await em.execute<ClaimedDelivery[]>(
      `with claimed as (
         update email_delivery set status = 'SENDING', attempts = attempts + 1, updated_at = now()
          where id = ? and status in ('QUEUED', 'SENDING')
          returning *)
       select d.*, b.office_id, m.author_id, b.subject, b.body as html, o.name as office_name
         from claimed d join message m on m.id = d.message_id join broadcast b on b.id = d.broadcast_id
         join office o on o.id = b.office_id`,
      [job.deliveryId],
    );
    if (!delivery) return; // already SENT or FAILED: nothing to do, ever again
    this.progress(delivery.broadcast_id);

    const integration = await em.findOne(SmtpIntegration, { office: delivery.office_id });
    if (!integration) return this.finish(delivery, 'FAILED', 'The office has no SMTP integration any more.');

    let links: Array<{ name: string; url: string }>;
    try {
      links = await this.attachPrintouts(delivery, job.printouts);
    } catch (error) {
      this.deps.logger.error('printout failed', { deliveryId: delivery.id, error: error instanceof Error ? error.message : String(error) });
      return this.retryOrFail(delivery, 'The printouts could not be prepared.', lastAttempt);
    }

    const { html, text } = composeEmail(delivery, links);
    try {
      const info = await this.deps.smtp.send(integration, {
        from: integration.fromName ? { name: integration.fromName, address: integration.fromAddress } : integration.fromAddress,
        to: delivery.to_address,
        subject: delivery.subject,
        html,
        text,
        messageId: `<${delivery.id}@ledgerpost>`,
        headers: { 'X-Ledgerpost-Delivery': delivery.id },
      });
      if (!info.accepted?.length) throw Object.assign(new Error('recipient rejected'), { code: 'EENVELOPE', response: info.response });
      await this.finish(delivery, 'SENT', null);
    } catch (error) {
      const reason = describeSmtpError(error, integration);
      if (isPermanentSmtpError(error)) return this.finish(delivery, 'FAILED', reason);
      return this.retryOrFail(delivery, reason, lastAttempt);
    }
  }

  private async retryOrFail(delivery: ClaimedDelivery, reason: string, lastAttempt: boolean): Promise<void> {
    if (lastAttempt) return this.finish(delivery, 'FAILED', reason);
    await this.orm.em.fork().execute(`update email_delivery set status = 'QUEUED', last_error = ?, updated_at = now() where id = ? and status = 'SENDING'`, [
      reason,
      delivery.id,
    ]);
    this.progress(delivery.broadcast_id);
    throw new RetryLater(reason);
  }

  /** A final state, and the broadcast's counts moved with it in the same statement. */
  private async finish(delivery: ClaimedDelivery, status: 'SENT' | 'FAILED', reason: string | null): Promise<void> {
    await this.orm.em.fork().execute(
      `with done as (
         update email_delivery set status = ?, last_error = ?, sent_at = case when ? = 'SENT' then now() else null end,
                smtp_message_id = ?, updated_at = now()
          where id = ? and status = 'SENDING' returning broadcast_id)
       update broadcast b set queued_count = queued_count - 1,
              sent_count = sent_count + (case when ? = 'SENT' then 1 else 0 end),
              failed_count = failed_count + (case when ? = 'FAILED' then 1 else 0 end),
              updated_at = now()
         from done where b.id = done.broadcast_id`,
      [status, reason, status, `<${delivery.id}@ledgerpost>`, delivery.id, status, status],
    );
    if (status === 'FAILED') this.deps.logger.warn('email delivery failed', { deliveryId: delivery.id, reason });
    this.progress(delivery.broadcast_id);
  }

  private progress(broadcastId: string): void {
    this.deps.live.publish([{ topic: Topic.BroadcastProgress, id: topicId.broadcast(broadcastId), items: [{ broadcastId }] }]);
  }

  /** The company's printouts for this email, made once and linked to its archived message. */
  private async attachPrintouts(delivery: ClaimedDelivery, printouts: EmailJob['printouts']): Promise<Array<{ name: string; url: string }>> {
    if (!printouts.length) return [];
    const em = this.orm.em.fork();
    const existing: Array<{ id: string; printout: PrintoutKind; period: string }> = await em.execute(
      `select f.id, f.printout, f.period from message_attachment ma join stored_file f on f.id = ma.file_id
        where ma.message_id = ? and f.printout is not null`,
      [delivery.message_id],
    );
    const links: Array<{ name: string; url: string }> = [];
    for (const { kind, period } of printouts) {
      let fileId = existing.find((f) => f.printout === kind && f.period === period)?.id;
      if (!fileId) {
        const { filename, content } = await this.deps.printouts.render(em, delivery.company_id, kind, period);
        const file = await this.deps.files.storeGenerated(em, {
          uploaderId: delivery.author_id,
          companyId: delivery.company_id,
          filename,
          content,
          contentType: 'application/pdf',
          printout: kind,
          period,
        });
        await em.execute('insert into message_attachment (message_id, file_id) values (?, ?) on conflict do nothing', [delivery.message_id, file.id]);
        fileId = file.id;
      }
      links.push({ name: `${printoutLabels[kind]} \u2014 ${period}`, url: `${this.deps.config.publicUrl}/files/${fileId}` });
    }
    return links;
  }

  /** Stops taking jobs; pg-boss itself waits for (or, killed, abandons) the ones running. */
  async stop(_graceful = true): Promise<void> {
    const ids = this.workerIds.splice(0);
    await Promise.all(ids.map((id) => this.boss.offWork({ id }).catch(() => undefined)));
  }
}

/** The email itself: the message, then one link per printout (no file bytes), then who sent it. */
export function composeEmail(delivery: Pick<ClaimedDelivery, 'html' | 'office_name'>, links: Array<{ name: string; url: string }>) {
  const linkHtml = links.length
    ? `<p><strong>Dokumenty do pobrania</strong> (wymagane zalogowanie):</p><ul>${links
        .map((l) => `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.name)}</a></li>`)
        .join('')}</ul>`
    : '';
  const linkText = links.length ? `\n\nDokumenty do pobrania (wymagane zalogowanie):\n${links.map((l) => `- ${l.name}: ${l.url}`).join('\n')}` : '';
  return {
    html: `<!doctype html><html><body>${delivery.html}${linkHtml}<hr><p>${escapeHtml(delivery.office_name)}</p></body></html>`,
    text: `${htmlToText(delivery.html)}${linkText}\n\n--\n${delivery.office_name}`,
  };
}
