import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Scope, StaffActor } from '../../core/context.js';
import { BadUserInputError, ConflictError, PreconditionFailedError } from '../../core/errors.js';
import { type ConnectionShape, decodeCursor, pageSize } from '../../core/pagination.js';
import { type LiveBus, PendingEvents, Topic, topicId } from '../../core/pubsub.js';
import { executeBound, keysetPage } from '../../core/sql.js';
import { requireList, requireText } from '../../core/validation.js';
import { Role } from '../auth/user.entity.js';
import { Broadcast } from '../broadcast/broadcast.entity.js';
import type { BroadcastService } from '../broadcast/broadcast.service.js';
import type { CompanyService } from '../company/company.service.js';
import { MessageKind } from '../message/message.entity.js';
import { recordNewMessages } from '../message/message.service.js';
import { Office } from '../office/office.entity.js';
import { PrintoutKind, printoutLabels } from '../printout/printout.kind.js';
import { parsePeriod } from '../printout/printout.period.js';
import type { PrintoutService } from '../printout/printout.service.js';
import { escapeHtml, htmlToText, sanitizeEmailHtml } from './email.html.js';
import { type EmailJob, transactionDb } from './email.queue.js';
import {
  MAX_EMAIL_COMPANIES,
  MAX_HTML_LENGTH,
  type PrintoutRequest,
  type SendEmailInput,
} from './email.types.js';
import { LOGIN_REJECTIONS_TO_STOP } from './email.worker.js';
import { DeliveryStatus, EmailDelivery } from './email-delivery.entity.js';
import { emailPreconditions, type SmtpService } from './smtp.service.js';

const preconditionText: Record<string, string> = {
  OFFICE_NOT_VERIFIED: 'the office is not VERIFIED',
  SMTP_NOT_CONFIGURED: 'the office has no SMTP integration',
  SMTP_LOGIN_REJECTED:
    'the SMTP server rejected the login with the current settings (change or test them first)',
};

/** Email from the company list: one archived message, one delivery and one job per company. */
export class EmailService {
  /** Called after a batch was queued, so this process's own workers start at once. */
  onQueued: () => void = () => undefined;

  constructor(
    private readonly live: LiveBus,
    private readonly companies: CompanyService,
    private readonly broadcasts: BroadcastService,
    private readonly printouts: PrintoutService,
    private readonly smtp: SmtpService,
    private readonly boss: () => PgBoss,
    private readonly queue: string,
  ) {}

  async send(scope: Scope, input: SendEmailInput): Promise<Broadcast> {
    const actor = scope.actor as StaffActor;
    const { em } = scope;
    const companyIds = requireList(input.companyIds, 'companyIds', MAX_EMAIL_COMPANIES);
    const subject = requireText(input.subject, 'subject', 200);
    if (/[\r\n]/.test(subject)) throw new BadUserInputError('subject must be one line.', 'subject');
    if (input.html.length > MAX_HTML_LENGTH)
      throw new BadUserInputError(
        `html must be at most ${MAX_HTML_LENGTH} characters long.`,
        'html',
      );
    const html = sanitizeEmailHtml(input.html);
    const text = htmlToText(html);
    if (!text) throw new BadUserInputError('html must contain some text.', 'html');
    const requests = this.printoutRequests(input.printouts ?? []);
    const idempotencyKey = input.idempotencyKey?.trim() || undefined;
    if (idempotencyKey && idempotencyKey.length > 200)
      throw new BadUserInputError(
        'idempotencyKey must be at most 200 characters long.',
        'idempotencyKey',
      );

    // A retry answers with a broadcast the actor may see (as broadcast(id)): a caretaker's own only.
    const retried = {
      office: actor.officeId,
      idempotencyKey,
      ...(actor.role === Role.CARETAKER ? { author: actor.userId } : {}),
    };
    if (idempotencyKey) {
      const earlier = await em.findOne(Broadcast, retried);
      if (earlier) return earlier;
    }
    const office = await em.findOneOrFail(Office, actor.officeId);
    const missing = emailPreconditions(
      office.verification,
      await this.smtp.find(em, actor.officeId),
    );
    if (missing.length) {
      throw new PreconditionFailedError(
        `Email cannot be sent: ${missing.map((m) => preconditionText[m]).join(' and ')}.`,
        missing,
      );
    }
    const companies = await this.companies.requireAllVisible(scope, companyIds);
    const plan = await this.printouts.applicable(em, companies, requests);

    const events = new PendingEvents();
    let broadcast: Broadcast;
    try {
      broadcast = await em.transactional(async (tx) => {
        const created = tx.create(Broadcast, {
          office: actor.officeId,
          author: actor.userId,
          kind: MessageKind.EMAIL,
          subject,
          body: html,
          recipientCount: companies.length,
          queuedCount: companies.length,
          idempotencyKey,
        });
        await tx.flush();
        const rows = companies.map((company) => ({
          company,
          ...archivedMessage(html, text, plan.get(company.id) ?? []),
        }));
        const messages = await executeBound<{ id: string; company_id: string }>(
          tx,
          `insert into message (company_id, author_id, broadcast_id, direction, kind, subject, body, html)
           select x.company_id, ?, ?, 'OFFICE_TO_CLIENT', 'EMAIL', ?, x.body, x.html
             from jsonb_to_recordset(?::jsonb) as x(company_id uuid, body text, html text)
           returning id, company_id`,
          [
            actor.userId,
            created.id,
            subject,
            JSON.stringify(
              rows.map((r) => ({ company_id: r.company.id, body: r.body, html: r.html })),
            ),
          ],
        );
        const byCompany = new Map(companies.map((c) => [c.id, c]));
        await recordNewMessages(
          tx,
          messages.map((m) => ({ messageId: m.id, company: byCompany.get(m.company_id)! })),
          events,
          {
            attachmentIds: [],
            toClients: true,
            conversation: false,
          },
        );
        const deliveries = await executeBound<{ id: string }>(
          tx,
          `insert into email_delivery (broadcast_id, company_id, message_id, to_address, printouts)
           select ?, x.company_id, x.message_id, x.to_address, x.printouts
             from jsonb_to_recordset(?::jsonb) as x(company_id uuid, message_id uuid, to_address text, printouts jsonb)
           returning id`,
          [
            created.id,
            JSON.stringify(
              messages.map((m) => ({
                company_id: m.company_id,
                message_id: m.id,
                to_address: byCompany.get(m.company_id)!.email,
                printouts: plan.get(m.company_id) ?? [],
              })),
            ),
          ],
        );
        const jobs: PgBoss.JobInsert<EmailJob>[] = deliveries.map((d) => ({
          id: d.id,
          name: this.queue,
          data: { deliveryId: d.id },
        }));
        await this.boss().insert(jobs, { db: transactionDb(tx) });
        events.add(Topic.BroadcastProgress, topicId.broadcast(created.id), {
          broadcastId: created.id,
        });
        return created;
      });
    } catch (error) {
      if (idempotencyKey && error instanceof UniqueConstraintViolationException) {
        // The same request won a race: answer with its broadcast.
        const earlier = await em.fork().findOne(Broadcast, retried);
        if (earlier) return earlier;
        // Someone else's email of the office holds the key.
        if (await em.fork().count(Broadcast, { office: actor.officeId, idempotencyKey })) {
          throw new ConflictError(
            'This idempotencyKey is already used by another email of the office.',
          );
        }
      }
      throw error;
    }
    events.publish(this.live);
    this.onQueued();
    return broadcast;
  }

  /**
   * The broadcast's FAILED deliveries go back to the queue (e.g. after the SMTP settings were
   * fixed), each with a new job: counts, rows and jobs move in one transaction.
   */
  async retryFailed(scope: Scope, broadcastId: string): Promise<Broadcast> {
    const actor = scope.actor as StaffActor;
    const broadcast = await this.broadcasts.get(scope, broadcastId);
    const { em } = scope;
    const office = await em.findOneOrFail(Office, actor.officeId);
    const smtp = await this.smtp.find(em, actor.officeId);
    const missing = emailPreconditions(office.verification, smtp);
    if (smtp && smtp.loginRejections >= LOGIN_REJECTIONS_TO_STOP)
      missing.push('SMTP_LOGIN_REJECTED');
    if (missing.length) {
      throw new PreconditionFailedError(
        `The deliveries cannot be retried: ${missing.map((m) => preconditionText[m]).join(' and ')}.`,
        missing,
      );
    }
    const events = new PendingEvents();
    await em.transactional(async (tx) => {
      const requeued: Array<{ id: string }> = await tx.execute(
        `with requeued as (
           update email_delivery set status = 'QUEUED', lease_token = null, lease_until = null, updated_at = now()
            where broadcast_id = ? and status = 'FAILED' returning id)
         , counted as (
           update broadcast set queued_count = queued_count + (select count(*) from requeued),
                  failed_count = failed_count - (select count(*) from requeued), updated_at = now()
            where id = ? and exists (select 1 from requeued))
         select id from requeued`,
        [broadcast.id, broadcast.id],
      );
      if (!requeued.length)
        throw new PreconditionFailedError('The broadcast has no failed deliveries to retry.', [
          'NOTHING_TO_RETRY',
        ]);
      // New jobs: the first ones (id = delivery id) are finished and kept by pg-boss for a while.
      await this.boss().insert(
        requeued.map((d) => ({ name: this.queue, data: { deliveryId: d.id } })),
        { db: transactionDb(tx) },
      );
      events.add(Topic.BroadcastProgress, topicId.broadcast(broadcast.id), {
        broadcastId: broadcast.id,
      });
    });
    events.publish(this.live);
    this.onQueued();
    await em.refresh(broadcast);
    return broadcast;
  }

  private printoutRequests(
    requests: PrintoutRequest[],
  ): Array<{ kind: PrintoutKind; period: string }> {
    const seen = new Map<string, { kind: PrintoutKind; period: string }>();
    for (const request of requests) {
      const period = parsePeriod(request.period).value;
      seen.set(`${request.kind}/${period}`, { kind: request.kind, period });
    }
    if (seen.size > 20)
      throw new BadUserInputError('At most 20 printouts may be attached.', 'printouts');
    return [...seen.values()];
  }

  /** The deliveries of a broadcast, in the order they were queued. */
  async deliveries(
    em: EntityManager,
    broadcastId: string,
    args: { first?: number | null; after?: string | null; status?: DeliveryStatus | null },
  ): Promise<ConnectionShape<EmailDelivery>> {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['time', 'id']);
    const knex = em.getKnex();
    const inner = knex('email_delivery as d').select('d.*').where('d.broadcast_id', broadcastId);
    if (args.status) inner.where('d.status', args.status);
    return keysetPage(em, inner, {
      first,
      after,
      sort: [
        ['created_at', 'timestamptz'],
        ['id', 'uuid'],
      ],
      map: (row) => em.map(EmailDelivery, row),
      cursorOf: (d) => [d.createdAt.toISOString(), d.id],
    });
  }
}

/** The archived text and HTML of one company's email: the message and the list of its printouts. */
export function archivedMessage(
  html: string,
  text: string,
  printouts: Array<{ kind: PrintoutKind; period: string }>,
) {
  if (!printouts.length) return { body: text, html };
  const names = printouts.map((p) => `${printoutLabels[p.kind]} \u2014 ${p.period}`);
  return {
    body: `${text}\n\nZałączniki (do pobrania po zalogowaniu):\n${names.map((n) => `- ${n}`).join('\n')}`,
    html: `${html}<p><strong>Załączniki</strong> (do pobrania po zalogowaniu):</p><ul>${names.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`,
  };
}
