import type { Scope } from '../../core/context.js';
import { ForbiddenError, UnauthenticatedError } from '../../core/errors.js';
import { PendingEvents, Topic, topicId, type AppPubSub } from '../../core/pubsub.js';
import { toInt } from '../../core/sql.js';
import { Role } from '../auth/user.entity.js';
import { companyKey, isStaff, staffTopicIds, whereCompanyVisible } from '../company/company.policy.js';
import type { CompanyService } from '../company/company.service.js';

export class ReceiptService {
  constructor(
    private readonly pubSub: AppPubSub,
    private readonly companies: CompanyService,
  ) {}

  /**
   * Marks every message of the thread written by the other side as read by the viewer. Receipts
   * are unique per (message, user), so calling again changes nothing and returns 0.
   */
  async markRead(scope: Scope, companyId: string): Promise<number> {
    const { em, actor } = scope;
    if (!actor) throw new UnauthenticatedError();
    const company = await this.companies.requireVisible(scope, companyId);
    const client = actor.role === Role.CLIENT;
    if (!client && !isStaff(actor)) throw new ForbiddenError();
    const key = companyKey(company);
    const events = new PendingEvents();
    const read = await em.transactional(async (tx) => {
      const receipts: Array<{ message_id: string; read_at: Date }> = await tx.execute(
        `insert into read_receipt (message_id, user_id, read_at)
         select m.id, ?, now() from message m
          where m.company_id = ? and m.direction = ?
            and not exists (select 1 from read_receipt r where r.message_id = m.id and r.user_id = ?)
         on conflict do nothing
         returning message_id, read_at`,
        [actor.userId, company.id, client ? 'OFFICE_TO_CLIENT' : 'CLIENT_TO_OFFICE', actor.userId],
      );
      if (client) {
        await tx.execute('update client_unread set count = 0 where user_id = ? and company_id = ? and count <> 0', [actor.userId, company.id]);
      } else if (receipts.length) {
        await tx.execute(
          `update message set office_read_at = now()
            where company_id = ? and direction = 'CLIENT_TO_OFFICE' and office_read_at is null`,
          [company.id],
        );
      }
      const receiptTopics = [topicId.company(company.id), ...staffTopicIds(key)];
      for (const r of receipts) {
        const payload = { messageId: r.message_id, userId: actor.userId, companyId: company.id, readAt: new Date(r.read_at).toISOString() };
        for (const id of receiptTopics) events.add(Topic.MessageRead, id, payload);
      }
      if (receipts.length) {
        const unreadTopics = client ? [topicId.user(actor.userId)] : staffTopicIds(key);
        for (const id of unreadTopics) events.add(Topic.UnreadChanged, id, { companyIds: [company.id] });
      }
      return receipts.length;
    });
    events.publish(this.pubSub);
    return read;
  }

  /**
   * The viewer's unread count: for a client, office messages without their receipt (from the
   * maintained counters); for staff, client messages nobody in the office has read yet (from the
   * partial index), over all visible companies or the one given.
   */
  async unreadCount(scope: Scope, companyId?: string | null): Promise<number> {
    if (!scope.actor) throw new UnauthenticatedError();
    if (companyId) await this.companies.requireVisible(scope, companyId);
    return this.countUnread(scope, companyId);
  }

  /** The same count once the company (if any) is known to be visible: a live badge's recount. */
  async countUnread(scope: Scope, companyId?: string | null): Promise<number> {
    const { em, actor } = scope;
    if (!actor) throw new UnauthenticatedError();
    if (actor.role === Role.CLIENT) {
      const [row] = await em.execute(
        `select coalesce(sum(count), 0) as count from client_unread where user_id = ?${companyId ? ' and company_id = ?' : ''}`,
        companyId ? [actor.userId, companyId] : [actor.userId],
      );
      return toInt(row?.count);
    }
    if (!isStaff(actor)) return 0;
    const query = em
      .getKnex()('message as m')
      .join('company as c', 'c.id', 'm.company_id')
      .where('m.direction', 'CLIENT_TO_OFFICE')
      .whereNull('m.office_read_at')
      .count({ count: '*' });
    whereCompanyVisible(query, actor);
    if (companyId) query.where('m.company_id', companyId);
    const [row] = await em.execute(query);
    return toInt(row?.count);
  }
}
