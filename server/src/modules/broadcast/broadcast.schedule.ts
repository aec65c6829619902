import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Config } from '../../config.js';
import type { StaffActor } from '../../core/context.js';
import { AppError, ErrorCode, PreconditionFailedError } from '../../core/errors.js';
import { createLoaders } from '../../core/loaders.js';
import type { Logger } from '../../core/logger.js';
import { type LiveBus, PendingEvents } from '../../core/pubsub.js';
import type { StaffScope } from '../../core/scope.js';
import { Role, User } from '../auth/user.entity.js';
import { findVisibleCompanies, type VisibleCompany } from '../company/company.queries.js';
import type { CompanyService } from '../company/company.service.js';
import { transactionDb } from '../email/email.queue.js';
import { Broadcast, BroadcastCancelReason, BroadcastStatus } from './broadcast.entity.js';
import { cancelScheduled, cancelScheduledJob } from './broadcast.schedule.queries.js';
import {
  type BroadcastContent,
  type BroadcastMessage,
  broadcastFields,
  createBroadcastWithMessages,
} from './broadcast.service.js';
import { scheduledTime } from './broadcast.timing.js';

/**
 * How a send runs: `now`, `later` (checked now, stored as SCHEDULED with its request and a job due
 * at sendAt), or `due`: the job's run of a scheduled one, inside the transaction that holds its
 * broadcast's row, filling that row with the messages. The same code path serves all three, so
 * whatever a request carries is checked and sent the same way.
 */
export type SendRun =
  | { when: 'now' }
  | { when: 'later'; sendAt: Date }
  | {
      when: 'due';
      broadcast: Broadcast;
      /** Published once the job's transaction commits. */
      events: PendingEvents;
      /** Run once the job's transaction commits. */
      afterCommit: Array<() => void>;
    };

/** A send checked and ready to commit: its request, recipients and content. */
export interface CheckedSend {
  /** What a scheduled send stores to run again: the input as given, without sendAt. */
  request: object;
  companies: VisibleCompany[];
  content: BroadcastContent;
  /** More writes in the transaction of the messages (an email's deliveries and jobs). */
  alsoWrite?(
    tx: EntityManager,
    created: { broadcast: Broadcast; messages: BroadcastMessage[] },
    events: PendingEvents,
  ): Promise<void>;
  /** After the messages committed (an email wakes this process's workers). */
  afterCommit?(): void;
}

/** Sends a stored request of one kind (NOTIFICATION, EMAIL) for its author: the services' own path. */
export type SendExecutor = (
  scope: StaffScope,
  request: Record<string, unknown>,
  run: SendRun,
) => Promise<Broadcast>;

/** The job of a scheduled send names its broadcast; the request is on the broadcast's row. */
export interface ScheduledSendJob {
  broadcastId: string;
}

/** Next to the deployment's email queue, as the other queues of the process. */
export function scheduledSendQueue(config: Pick<Config, 'emailQueue'>): string {
  return `${config.emailQueue}-scheduled`;
}

export async function ensureScheduledSendQueue(boss: PgBoss, config: Config): Promise<void> {
  const name = scheduledSendQueue(config);
  const options = {
    name,
    policy: 'standard' as const,
    retryLimit: 5,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 600,
  };
  if (await boss.getQueue(name)) await boss.updateQueue(name, options);
  else await boss.createQueue(name, options).catch(async () => boss.updateQueue(name, options));
}

/** Works the scheduled sends as they fall due, in this process (where email workers run). */
export async function startScheduledSendWorker(
  orm: MikroORM,
  boss: PgBoss,
  scheduler: ScheduledSends,
  config: Config,
  logger: Logger,
): Promise<void> {
  await boss.work<ScheduledSendJob>(
    scheduledSendQueue(config),
    {
      includeMetadata: true,
      batchSize: 1,
      pollingIntervalSeconds: config.scheduledSendPollMs / 1000,
    },
    async ([job]) => {
      if (!job) return;
      try {
        await scheduler.runDue(orm.em, job.data.broadcastId, job.retryCount >= job.retryLimit);
      } catch (error) {
        logger.error('scheduled send failed', {
          broadcastId: job.data.broadcastId,
          error: error instanceof Error ? error.message : String(error),
        });
        throw error;
      }
    },
  );
}

/** Why a due send cannot go, from the error its checks raised; null for an unexpected failure. */
export function cancelReasonOf(error: unknown): BroadcastCancelReason | null {
  if (!(error instanceof AppError)) return null;
  const reasons = (error.extensions.reasons as string[] | undefined) ?? [];
  if (error.extensions.code === ErrorCode.PreconditionFailed) {
    for (const reason of [
      BroadcastCancelReason.NO_RECIPIENTS,
      BroadcastCancelReason.OFFICE_NOT_VERIFIED,
      BroadcastCancelReason.SMTP_NOT_CONFIGURED,
    ])
      if (reasons.includes(reason)) return reason;
  }
  return BroadcastCancelReason.REQUEST_INVALID;
}

/**
 * The author as they are now, acting for the broadcast's office: null when they were deactivated,
 * are no longer office staff, or moved to another office.
 */
function senderOf(author: User | null, officeId: string): StaffActor | null {
  if (!author || author.deactivatedAt || author.office?.id !== officeId) return null;
  if (author.role !== Role.OFFICE_HEAD && author.role !== Role.CARETAKER) return null;
  return { userId: author.id, role: author.role, officeId, sessionId: `scheduled-send` };
}

/** Scheduling, running and cancelling sends; the content of each kind is its service's. */
export class ScheduledSends {
  private readonly executors = new Map<string, SendExecutor>();

  constructor(
    private readonly live: LiveBus,
    private readonly companies: CompanyService,
    private readonly boss: () => PgBoss,
    private readonly queue: string,
  ) {}

  /** The service that sends a kind of broadcast, for the jobs of scheduled ones. */
  register(kind: string, executor: SendExecutor): void {
    this.executors.set(kind, executor);
  }

  /** How a request with this sendAt runs (BAD_USER_INPUT when sendAt is past or too far ahead). */
  runFor(sendAt: Date | null | undefined): SendRun {
    const at = scheduledTime(sendAt);
    return at ? { when: 'later', sendAt: at } : { when: 'now' };
  }

  /**
   * The companies a send goes to. Now or when scheduling: every one must be visible to the actor
   * and not archived, or NOT_FOUND (CompanyService.requireAllVisible). When a scheduled send is
   * due: those still visible to the author and not archived; PRECONDITION_FAILED (NO_RECIPIENTS)
   * when none is left.
   */
  async recipients(scope: StaffScope, ids: string[], run: SendRun): Promise<VisibleCompany[]> {
    if (run.when !== 'due') return this.companies.requireAllVisible(scope, ids);
    const companies = await findVisibleCompanies(scope.em, scope.actor, ids);
    if (!companies.length)
      throw new PreconditionFailedError('No company of the send can receive it any more.', [
        BroadcastCancelReason.NO_RECIPIENTS,
      ]);
    return companies;
  }

  /**
   * Commits a checked send as `run` says: the broadcast and its messages now (in a transaction of
   * their own, events after the commit), a SCHEDULED broadcast and its job, or the messages of a
   * due one into its own row, in the job's transaction.
   */
  async commit(scope: StaffScope, run: SendRun, send: CheckedSend): Promise<Broadcast> {
    const write = async (tx: EntityManager, events: PendingEvents, existing?: Broadcast) => {
      const created = await createBroadcastWithMessages(
        tx,
        scope.actor,
        send.companies,
        send.content,
        events,
        existing,
      );
      await send.alsoWrite?.(tx, created, events);
      return created.broadcast;
    };
    if (run.when === 'due') {
      const broadcast = await write(scope.em, run.events, run.broadcast);
      if (send.afterCommit) run.afterCommit.push(send.afterCommit);
      return broadcast;
    }
    if (run.when === 'later')
      return scope.em.transactional((tx) => this.store(tx, scope.actor, run.sendAt, send));
    const events = new PendingEvents();
    const broadcast = await scope.em.transactional((tx) => write(tx, events));
    events.publish(this.live);
    send.afterCommit?.();
    return broadcast;
  }

  /** A SCHEDULED broadcast with its request, and its job due at sendAt, in one transaction. */
  private async store(
    tx: EntityManager,
    author: StaffActor,
    sendAt: Date,
    send: CheckedSend,
  ): Promise<Broadcast> {
    const broadcast = tx.create(Broadcast, {
      ...broadcastFields(author, send.content),
      recipientCount: send.companies.length,
      status: BroadcastStatus.SCHEDULED,
      sendAt,
      request: JSON.parse(JSON.stringify(send.request)) as Record<string, unknown>,
    });
    await tx.flush();
    // The job's id is the broadcast's: a retried insert cannot make a second one.
    await this.boss().send(this.queue, { broadcastId: broadcast.id } satisfies ScheduledSendJob, {
      id: broadcast.id,
      singletonKey: broadcast.id,
      startAfter: sendAt,
      db: transactionDb(tx),
    });
    return broadcast;
  }

  /**
   * Runs a scheduled send that fell due: its row locked for the whole run, so a cancel waits for it
   * (and then finds it SENT) and a second run of the job (expired, retried, another worker) finds it
   * no longer SCHEDULED and does nothing. The author's request goes through the same path as an
   * immediate send, for the author as they are now; companies archived or no longer theirs are
   * skipped. When it can no longer go (author deactivated, no company left, the office cannot send
   * email, the request no longer valid) it becomes CANCELLED with the reason, and nothing is sent.
   * An unexpected failure rolls everything back for the job's retry; on its last try the broadcast
   * becomes CANCELLED (SEND_FAILED).
   */
  async runDue(rootEm: EntityManager, broadcastId: string, lastTry: boolean): Promise<void> {
    const events = new PendingEvents();
    const afterCommit: Array<() => void> = [];
    try {
      await rootEm.fork().transactional(async (tx) => {
        const broadcast = await tx.findOne(Broadcast, broadcastId, {
          lockMode: LockMode.PESSIMISTIC_WRITE,
        });
        if (!broadcast || broadcast.status !== BroadcastStatus.SCHEDULED) return;
        const cancel = (reason: BroadcastCancelReason) =>
          tx.assign(broadcast, {
            status: BroadcastStatus.CANCELLED,
            cancelReason: reason,
            cancelledAt: new Date(),
          });
        const author = await tx.findOne(User, broadcast.author.id);
        const actor = senderOf(author, broadcast.office.id);
        if (!actor) return void cancel(BroadcastCancelReason.AUTHOR_DEACTIVATED);
        const execute = this.executors.get(broadcast.kind);
        if (!execute) throw new Error(`no sender of ${broadcast.kind} broadcasts`);
        try {
          await execute({ em: tx, actor, loaders: createLoaders(tx) }, broadcast.request ?? {}, {
            when: 'due',
            broadcast,
            events,
            afterCommit,
          });
        } catch (error) {
          const reason = cancelReasonOf(error);
          if (!reason) throw error;
          cancel(reason);
        }
      });
    } catch (error) {
      if (lastTry)
        await rootEm
          .fork()
          .transactional((tx) =>
            cancelScheduled(tx, broadcastId, BroadcastCancelReason.SEND_FAILED),
          );
      throw error;
    }
    events.publish(this.live);
    for (const run of afterCommit) run();
  }

  /**
   * Stops a SCHEDULED broadcast for good: CANCELLED (BY_USER), its job cancelled, in one
   * transaction. Waits for a run of it in progress, and then finds it SENT: PRECONDITION_FAILED
   * (ALREADY_SENT). Cancelling a cancelled one changes nothing.
   */
  async cancel(em: EntityManager, broadcast: Broadcast): Promise<Broadcast> {
    const cancelled = await em.transactional(async (tx) => {
      const done = await cancelScheduled(tx, broadcast.id, BroadcastCancelReason.BY_USER);
      if (done) await cancelScheduledJob(tx, this.queue, broadcast.id);
      return done;
    });
    await em.refresh(broadcast);
    if (!cancelled && broadcast.status !== BroadcastStatus.CANCELLED)
      throw new PreconditionFailedError('The broadcast has already been sent.', ['ALREADY_SENT']);
    return broadcast;
  }
}
