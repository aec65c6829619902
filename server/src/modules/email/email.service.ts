import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  PreconditionFailedError,
} from '../../core/errors.js';
import { liveValue, type SubscriberScope } from '../../core/live-stream.js';
import type { Logger } from '../../core/logger.js';
import { type ConnectionShape, decodeCursor, pageSize } from '../../core/pagination.js';
import { type LiveBus, PendingEvents, Topic, topicId } from '../../core/pubsub.js';
import { isStaffScope, type StaffScope } from '../../core/scope.js';
import { keysetPage } from '../../core/sql.js';
import { requireList } from '../../core/validation.js';
import { Broadcast } from '../broadcast/broadcast.entity.js';
import { whereBroadcastVisible } from '../broadcast/broadcast.policy.js';
import {
  type BroadcastMessage,
  type BroadcastService,
  createBroadcastWithMessages,
} from '../broadcast/broadcast.service.js';
import type { CompanyService } from '../company/company.service.js';
import { MessageKind } from '../message/message.entity.js';
import { Office } from '../office/office.entity.js';
import { type PrintoutKind, printoutLabels } from '../printout/printout.kind.js';
import { parsePeriod } from '../printout/printout.period.js';
import type { PrintoutService } from '../printout/printout.service.js';
import { MessageTemplateKind } from '../template/template.entity.js';
import type { TemplateService } from '../template/template.service.js';
import { escapeHtml } from './email.html.js';
import { preconditionsFailed, unmetSendPreconditions } from './email.preconditions.js';
import { insertDeliveries, requeueFailedDeliveries } from './email.queries.js';
import { type EmailJob, transactionDb } from './email.queue.js';
import { MAX_EMAIL_COMPANIES, type PrintoutRequest, type SendEmailInput } from './email.types.js';
import { type DeliveryStatus, EmailDelivery } from './email-delivery.entity.js';
import type { SmtpService } from './smtp.service.js';

/** What a sendEmail carries once checked, besides its text (see TemplateService.prepare). */
interface EmailDraft {
  companyIds: string[];
  printouts: Array<{ kind: PrintoutKind; period: string }>;
  idempotencyKey: string | undefined;
}

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
    private readonly templates: TemplateService,
    private readonly boss: () => PgBoss,
    private readonly queue: string,
    private readonly logger: Logger,
  ) {}

  /**
   * One email per ticked company, through the office's SMTP server, each with its own printouts:
   * the broadcast, its archived messages, deliveries and jobs commit together. A retried request
   * (the same idempotencyKey) answers with the broadcast it made.
   */
  async send(scope: StaffScope, input: SendEmailInput): Promise<Broadcast> {
    const { em, actor } = scope;
    const draft = this.draft(input);
    // A retry answers with a broadcast the actor may see (as broadcast(id)): a caretaker's own only.
    const retried = { ...whereBroadcastVisible(actor), idempotencyKey: draft.idempotencyKey };
    if (draft.idempotencyKey) {
      const earlier = await em.findOne(Broadcast, retried);
      if (earlier) return earlier;
    }
    await this.requireCanSend(em, actor.officeId, 'Email cannot be sent', false);
    const companies = await this.companies.requireAllVisible(scope, draft.companyIds);
    const text = await this.templates.prepare(scope, input, MessageTemplateKind.EMAIL, companies);
    const subject = text.subject ?? '';
    const html = text.html ?? '';
    const own = (companyId: string) => {
      const rendered = text.perCompany?.get(companyId);
      return rendered
        ? { subject: rendered.subject ?? subject, html: rendered.html ?? html, body: rendered.body }
        : { subject, html, body: text.body };
    };
    const plan = await this.printouts.applicable(em, companies, draft.printouts);

    const events = new PendingEvents();
    let broadcast: Broadcast;
    try {
      broadcast = await em.transactional(async (tx) => {
        const created = await createBroadcastWithMessages(
          tx,
          actor,
          companies,
          {
            kind: MessageKind.EMAIL,
            subject,
            html,
            idempotencyKey: draft.idempotencyKey,
            archiveOf: (companyId) => {
              const message = own(companyId);
              return {
                subject: message.subject,
                ...archivedMessage(message.html, message.body, plan.get(companyId) ?? []),
              };
            },
          },
          events,
        );
        const ownHtml = text.perCompany ? (id: string) => own(id).html : () => null;
        await this.queueDeliveries(tx, created.broadcast, created.messages, plan, ownHtml);
        events.add(Topic.BroadcastProgress, topicId.broadcast(created.broadcast.id), {
          broadcastId: created.broadcast.id,
        });
        return created.broadcast;
      });
    } catch (error) {
      if (draft.idempotencyKey && error instanceof UniqueConstraintViolationException) {
        // The same request won a race: answer with its broadcast.
        const earlier = await em.fork().findOne(Broadcast, retried);
        if (earlier) return earlier;
        // Someone else's email of the office holds the key.
        const office = { office: actor.officeId, idempotencyKey: draft.idempotencyKey };
        if (await em.fork().count(Broadcast, office)) {
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

  /** The input checked and cleaned, before anything is read or written. */
  private draft(input: SendEmailInput): EmailDraft {
    const companyIds = requireList(input.companyIds, 'companyIds', MAX_EMAIL_COMPANIES);
    const printouts = this.printoutRequests(input.printouts ?? []);
    const idempotencyKey = input.idempotencyKey?.trim() || undefined;
    if (idempotencyKey && idempotencyKey.length > 200)
      throw new BadUserInputError(
        'idempotencyKey must be at most 200 characters long.',
        'idempotencyKey',
      );
    return { companyIds, printouts, idempotencyKey };
  }

  /**
   * PRECONDITION_FAILED, introduced by `refusal`, unless the office is VERIFIED and has SMTP (and,
   * with `loginRefusals`, settings its server has not stopped accepting).
   */
  private async requireCanSend(
    em: EntityManager,
    officeId: string,
    refusal: string,
    loginRefusals: boolean,
  ): Promise<void> {
    const office = await em.findOneOrFail(Office, officeId);
    const smtp = await this.smtp.find(em, officeId);
    const unmet = unmetSendPreconditions(office.verification, smtp, { loginRefusals });
    if (unmet.length) throw preconditionsFailed(refusal, unmet);
  }

  /** A delivery and a job per message of the broadcast, in its transaction. */
  private async queueDeliveries(
    tx: EntityManager,
    broadcast: Broadcast,
    messages: BroadcastMessage[],
    plan: Map<string, Array<{ kind: PrintoutKind; period: string }>>,
    ownHtml: (companyId: string) => string | null,
  ): Promise<void> {
    const deliveries = await insertDeliveries(
      tx,
      broadcast.id,
      messages.map((m) => ({
        companyId: m.company.id,
        messageId: m.messageId,
        toAddress: m.company.email,
        printouts: plan.get(m.company.id) ?? [],
        html: ownHtml(m.company.id),
      })),
    );
    const jobs: PgBoss.JobInsert<EmailJob>[] = deliveries.map((d) => ({
      id: d.id,
      name: this.queue,
      data: { deliveryId: d.id },
    }));
    await this.boss().insert(jobs, { db: transactionDb(tx) });
  }

  /**
   * The broadcast's FAILED deliveries go back to the queue (e.g. after the SMTP settings were
   * fixed), each with a new job: counts, rows and jobs move in one transaction.
   */
  async retryFailed(scope: StaffScope, broadcastId: string): Promise<Broadcast> {
    const broadcast = await this.broadcasts.get(scope, broadcastId);
    const { em, actor } = scope;
    await this.requireCanSend(em, actor.officeId, 'The deliveries cannot be retried', true);
    const events = new PendingEvents();
    await em.transactional(async (tx) => {
      const requeued = await requeueFailedDeliveries(tx, broadcast.id);
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

  /**
   * A broadcast's progress for a subscriber: the broadcast at once, then again whenever its counts
   * move. Each value is read when the subscriber is ready for it, in a unit of work dropped right
   * after; changes while it is busy conflate into one. NOT_FOUND unless the actor sees the broadcast.
   */
  async liveProgress(
    scope: SubscriberScope,
    broadcastId: string,
  ): Promise<AsyncIterableIterator<Broadcast>> {
    if (!isStaffScope(scope)) throw new NotFoundError('Broadcast', broadcastId);
    const { actor } = scope;
    await this.broadcasts.get(scope, broadcastId);
    return liveValue({
      listen: (changed, failed) =>
        this.live.listen(
          Topic.BroadcastProgress,
          [topicId.broadcast(broadcastId)],
          changed,
          failed,
        ),
      compute: () =>
        scope.isolated(({ em, loaders }) =>
          this.broadcasts.get({ em, loaders, actor }, broadcastId),
        ),
      keyOf: (b) => `${b.queuedCount}/${b.sentCount}/${b.failedCount}`,
      onError: (error) =>
        this.logger.error('live broadcast progress failed', { error: String(error) }),
    });
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

/**
 * The archived text and HTML of one company's email: the message and the list of its printouts,
 * periods in words as the email has them.
 */
export function archivedMessage(
  html: string,
  text: string,
  printouts: Array<{ kind: PrintoutKind; period: string }>,
) {
  if (!printouts.length) return { body: text, html };
  const names = printouts.map(
    (p) => `${printoutLabels[p.kind]} \u2014 ${parsePeriod(p.period).label}`,
  );
  return {
    body: `${text}\n\nZałączniki (do pobrania po zalogowaniu):\n${names.map((n) => `- ${n}`).join('\n')}`,
    html: `${html}<p><strong>Załączniki</strong> (do pobrania po zalogowaniu):</p><ul>${names.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`,
  };
}
