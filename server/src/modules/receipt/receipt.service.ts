import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, Context, Scope } from '../../core/context.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../core/errors.js';
import { liveValue, UnreadTally } from '../../core/live-stream.js';
import type { Logger } from '../../core/logger.js';
import { isId } from '../../core/pagination.js';
import { type LiveBus, PendingEvents, Topic, topicId, type UnreadItem } from '../../core/pubsub.js';
import { isStaffActor, requireActorScope } from '../../core/scope.js';
import { toInt, uuidArray } from '../../core/sql.js';
import { requireList } from '../../core/validation.js';
import { Role } from '../auth/user.entity.js';
import { whereCompanyVisible } from '../company/company.policy.js';
import type { CompanyService } from '../company/company.service.js';
import { staffTopicIds, unreadTopicIds } from '../company/company.topics.js';
import type { UnreadCount } from '../message/message.types.js';

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
   * stays unread.
   */
  async markRead(scope: Scope, companyId: string, messageIds?: string[] | null): Promise<number> {
    const { em, actor } = scope;
    if (!actor) throw new UnauthenticatedError();
    const company = await this.companies.requireVisible(requireActorScope(scope), companyId);
    const client = actor.role === Role.CLIENT;
    if (!client && !isStaffActor(actor)) throw new ForbiddenError();
    const only = messageIds ? await this.requireThreadMessages(em, company.id, messageIds) : null;
    const events = new PendingEvents();
    const read = await em.transactional(async (tx) => {
      // One mark-read of a thread at a time: two of them inserting receipts for the same messages
      // in different orders would deadlock. Writers of new messages are not held up (they lock
      // no existing message), and the row lock is compatible with foreign-key checks.
      await tx.execute('select 1 from company where id = ? for no key update', [company.id]);
      const receipts: Array<{ message_id: string; read_at: Date }> = await tx.execute(
        `insert into read_receipt (message_id, user_id, read_at)
         select m.id, ?, now() from message m
          where m.company_id = ? and m.direction = ?${only ? ' and m.id = any(?::uuid[])' : ''}
            and not exists (select 1 from read_receipt r where r.message_id = m.id and r.user_id = ?)
         on conflict do nothing
         returning message_id, read_at`,
        [
          actor.userId,
          company.id,
          client ? 'OFFICE_TO_CLIENT' : 'CLIENT_TO_OFFICE',
          ...(only ? [uuidArray(only)] : []),
          actor.userId,
        ],
      );
      if (!receipts.length) return 0;
      let route = { officeId: company.office.id, caretakerId: company.caretaker?.id ?? null };
      let unread: UnreadItem | null;
      if (client)
        unread = await this.lowerClientCounter(tx, actor.userId, company.id, receipts.length);
      else {
        const lowered = await this.lowerOfficeCounter(
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
    });
    events.publish(this.live);
    return read;
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
    const rows: Array<{ id: string }> = await em.execute(
      'select id from message where company_id = ? and id = any(?::uuid[])',
      [companyId, uuidArray(distinct)],
    );
    if (rows.length !== distinct.length) {
      const found = new Set(rows.map((r) => r.id));
      throw new NotFoundError(
        'Message',
        distinct.find((id) => !found.has(id)),
      );
    }
    return distinct;
  }

  /** The client's counter of that company, lowered by the receipts just inserted. */
  private async lowerClientCounter(
    em: EntityManager,
    userId: string,
    companyId: string,
    by: number,
  ): Promise<UnreadItem | null> {
    // greatest(): a counter never goes below zero, even for messages older than the membership.
    const [row]: Array<{ unread_count: number; unread_version: string }> = await em.execute(
      `update company_member set unread_count = greatest(unread_count - ?, 0), unread_version = unread_version + 1
        where user_id = ? and company_id = ? returning unread_count, unread_version`,
      [by, userId, companyId],
    );
    return row ? { companyId, count: row.unread_count, version: toInt(row.unread_version) } : null;
  }

  /**
   * Questions read by the office for the first time (of those just receipted; another staff member
   * may have read some first) get office_read_at, and the company's counter goes down by exactly
   * that many, in one statement.
   */
  private async lowerOfficeCounter(em: EntityManager, companyId: string, receiptedIds: string[]) {
    const [row]: Array<{
      office_id: string;
      caretaker_id: string | null;
      unread_from_client: number;
      unread_version: string;
    }> = await em.execute(
      `with first_read as (
         update message set office_read_at = now()
          where id = any(?::uuid[]) and office_read_at is null
         returning id)
       update company set unread_from_client = greatest(unread_from_client - (select count(*) from first_read), 0),
                          unread_version = unread_version + 1
        where id = ? and exists (select 1 from first_read)
        returning office_id, caretaker_id, unread_from_client, unread_version`,
      [uuidArray(receiptedIds), companyId],
    );
    if (!row) return null;
    return {
      item: { companyId, count: row.unread_from_client, version: toInt(row.unread_version) },
      route: { officeId: row.office_id, caretakerId: row.caretaker_id },
    };
  }

  /**
   * The viewer's unread count: for a client, office messages without their receipt; for staff,
   * client questions nobody in the office has read yet; over all visible companies or the one given.
   * Both come from counters kept in the writing transactions.
   */
  async unreadCount(scope: Scope, companyId?: string | null): Promise<number> {
    if (!scope.actor) throw new UnauthenticatedError();
    if (companyId) await this.companies.requireVisible(requireActorScope(scope), companyId);
    const rows = await this.unreadCounters(scope.em, scope.actor, companyId);
    return rows.reduce((sum, r) => sum + r.count, 0);
  }

  /** Every non-zero counter behind the viewer's badge, with its version (a live badge's snapshot). */
  private async unreadCounters(
    em: EntityManager,
    actor: Actor,
    companyId?: string | null,
  ): Promise<UnreadItem[]> {
    if (actor.role === Role.CLIENT) {
      const rows: Array<{ company_id: string; unread_count: number; unread_version: string }> =
        await em.execute(
          `select company_id, unread_count, unread_version from company_member
          where user_id = ? and unread_count > 0${companyId ? ' and company_id = ?' : ''}`,
          companyId ? [actor.userId, companyId] : [actor.userId],
        );
      return rows.map((r) => ({
        companyId: r.company_id,
        count: r.unread_count,
        version: toInt(r.unread_version),
      }));
    }
    if (!isStaffActor(actor)) return [];
    const query = em
      .getKnex()('company as c')
      .select('c.id', 'c.unread_from_client', 'c.unread_version')
      .where('c.unread_from_client', '>', 0);
    whereCompanyVisible(query, actor);
    if (companyId) query.where('c.id', companyId);
    const rows: Array<{ id: string; unread_from_client: number; unread_version: string }> =
      await em.execute(query);
    return rows.map((r) => ({
      companyId: r.id,
      count: r.unread_from_client,
      version: toInt(r.unread_version),
    }));
  }

  /**
   * The live badge of a subscriber whose company (if any) is known to be visible: one query for the
   * current value, then every change from the counts the events carry, with no query per event.
   * An event too large to list (a client of hundreds of companies in one bulk send) rereads once.
   */
  liveUnread(
    context: Pick<Context, 'actor' | 'isolated'>,
    companyId: string | null,
  ): AsyncIterableIterator<UnreadCount> {
    const actor = context.actor;
    if (!actor) throw new UnauthenticatedError();
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
            await context.isolated(({ em }) => this.unreadCounters(em, actor, companyId)),
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
