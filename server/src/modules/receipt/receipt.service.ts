import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../core/context.js';
import { NotFoundError } from '../../core/errors.js';
import { liveValue, type SubscriberScope, UnreadTally } from '../../core/live-stream.js';
import type { Logger } from '../../core/logger.js';
import { isId } from '../../core/pagination.js';
import { type LiveBus, PendingEvents, Topic, topicId, type UnreadItem } from '../../core/pubsub.js';
import {
  type ActorScope,
  isClientActor,
  isStaffActor,
  type MemberActor,
  type MemberScope,
} from '../../core/scope.js';
import { requireList } from '../../core/validation.js';
import { type CompanyKey, companyKey } from '../company/company.policy.js';
import type { CompanyService } from '../company/company.service.js';
import { type CompanyRoute, staffTopicIds, unreadTopicIds } from '../company/company.topics.js';
import type { UnreadCount } from '../message/message.types.js';
import { recordReadEvents } from '../webhook/webhook.events.js';
import {
  clientUnreadCounters,
  insertReceipts,
  lockThreadForReceipts,
  lowerClientCounter,
  lowerOfficeCounter,
  messagesOfThread,
  officeUnreadCounters,
} from './receipt.queries.js';

/** At most this many ids in one markMessagesRead call. */
export const MAX_MARK_READ_IDS = 1000;

export class ReceiptService {
  constructor(
    private readonly live: LiveBus,
    private readonly companies: CompanyService,
    private readonly logger: Logger,
  ) {}

  /**
   * Marks the messages of the thread written by the other side as read by the viewer: all of them,
   * or exactly `messageIds` (each must be a message of that thread). Receipts are unique per
   * (message, user), so calling again changes nothing and returns 0. Counters go down by the
   * receipts this call inserted, never to a value read earlier, so a message committed meanwhile
   * stays unread. FORBIDDEN for anyone but office staff and client users.
   */
  async markRead(
    scope: MemberScope,
    companyId: string,
    messageIds?: string[] | null,
  ): Promise<number> {
    const { em, actor } = scope;
    const company = await this.companies.requireVisible(scope, companyId);
    const only = messageIds ? await this.requireThreadMessages(em, company.id, messageIds) : null;
    const events = new PendingEvents();
    const read = await em.transactional((tx) =>
      this.readInTransaction(tx, actor, companyKey(company), only, events),
    );
    events.publish(this.live);
    return read;
  }

  /**
   * The receipts of markRead in the caller's transaction (which then holds the thread's lock): the
   * viewer's unread messages of the company's thread written by the other side, all or `only`
   * those, with the counters lowered and the events queued. How many were new.
   */
  async readInTransaction(
    tx: EntityManager,
    actor: MemberActor,
    company: CompanyKey,
    only: string[] | null,
    events: PendingEvents,
  ): Promise<number> {
    const client = isClientActor(actor);
    await lockThreadForReceipts(tx, company.id);
    const receipts = await insertReceipts(tx, {
      userId: actor.userId,
      companyId: company.id,
      direction: client ? 'OFFICE_TO_CLIENT' : 'CLIENT_TO_OFFICE',
      messageIds: only,
    });
    if (!receipts.length) return 0;
    if (client) await recordReadEvents(tx, company, actor.userId, receipts);
    let route: CompanyRoute = { officeId: company.officeId, caretakerId: company.caretakerId };
    let unread: UnreadItem | null;
    if (client) unread = await lowerClientCounter(tx, actor.userId, company.id, receipts.length);
    else {
      const lowered = await lowerOfficeCounter(
        tx,
        company.id,
        receipts.map((r) => r.message_id),
      );
      unread = lowered?.item ?? null;
      if (lowered) route = lowered.route;
    }
    const receiptTopics = [topicId.company(company.id), ...staffTopicIds(route)];
    for (const r of receipts) {
      const item = {
        messageId: r.message_id,
        userId: actor.userId,
        companyId: company.id,
        readAt: new Date(r.read_at).toISOString(),
      };
      events.addAll(Topic.MessageRead, receiptTopics, item);
    }
    if (unread)
      events.addAll(
        Topic.UnreadChanged,
        client ? [topicId.user(actor.userId)] : staffTopicIds(route),
        unread,
      );
    return receipts.length;
  }

  /** The given ids, distinct, every one a message of the company's thread (else NOT_FOUND). */
  private async requireThreadMessages(
    em: EntityManager,
    companyId: string,
    ids: string[],
  ): Promise<string[]> {
    const distinct = [...new Set(requireList(ids, 'messageIds', MAX_MARK_READ_IDS))];
    const invalid = distinct.find((id) => !isId(id));
    if (invalid !== undefined) throw new NotFoundError('Message', invalid);
    const found = new Set(await messagesOfThread(em, companyId, distinct));
    const missing = distinct.find((id) => !found.has(id));
    if (missing !== undefined) throw new NotFoundError('Message', missing);
    return distinct;
  }

  /**
   * The viewer's unread count: for a client, office messages without their receipt; for staff,
   * client questions nobody in the office has read yet; over all visible companies or the one given.
   * Both come from counters kept in the writing transactions.
   */
  async unreadCount(scope: ActorScope, companyId?: string | null): Promise<number> {
    if (companyId) await this.companies.requireVisible(scope, companyId);
    const rows = await this.unreadCounters(scope.em, scope.actor, companyId ?? null);
    return rows.reduce((sum, r) => sum + r.count, 0);
  }

  /** Every non-zero counter behind the viewer's badge, with its version (a live badge's snapshot). */
  private unreadCounters(
    em: EntityManager,
    actor: Actor,
    companyId: string | null,
  ): Promise<UnreadItem[]> {
    if (isClientActor(actor)) return clientUnreadCounters(em, actor.userId, companyId);
    if (isStaffActor(actor)) return officeUnreadCounters(em, actor, companyId);
    return Promise.resolve([]);
  }

  /**
   * The live badge: one query for the current value, then every change from the counts the events
   * carry, with no query per event. An event too large to list (a client of hundreds of companies
   * in one bulk send) rereads once. NOT_FOUND for a company the viewer does not see.
   */
  async liveUnread(
    scope: SubscriberScope,
    companyId: string | null,
  ): Promise<AsyncIterableIterator<UnreadCount>> {
    if (companyId) await this.companies.requireVisible(scope, companyId);
    const { actor } = scope;
    const tally = new UnreadTally();
    let snapshotNeeded = true;
    return liveValue<UnreadCount>({
      listen: (changed, failed) =>
        this.live.listen(
          Topic.UnreadChanged,
          unreadTopicIds(actor),
          (event) => {
            if (event.items) tally.apply(event.items);
            else snapshotNeeded = true;
            changed();
          },
          failed,
        ),
      compute: async () => {
        if (snapshotNeeded) {
          snapshotNeeded = false;
          tally.beginSnapshot();
          tally.applySnapshot(
            await scope.isolated(({ em }) => this.unreadCounters(em, actor, companyId)),
          );
        }
        return { count: tally.total(companyId), companyId };
      },
      keyOf: (value) => String(value.count),
      onError: (error) =>
        this.logger.error('live unread count failed', {
          error: error instanceof Error ? error.stack : String(error),
        }),
    });
  }
}
