import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound, toInt } from '../../core/sql.js';
import type { BroadcastCancelReason } from './broadcast.entity.js';

/*
 * Statements of scheduled sends and recalls. A recall is set-based over the message rows of one
 * broadcast (found by the message_broadcast_id index): the same statements for 1 or 10,000 companies.
 */

/**
 * A SCHEDULED broadcast becomes CANCELLED for `reason`; whether it was (false: it had gone, or was
 * cancelled already). Waits for a run holding its row, and then sees what that run made of it.
 */
export async function cancelScheduled(
  em: EntityManager,
  broadcastId: string,
  reason: BroadcastCancelReason,
): Promise<boolean> {
  const rows = await executeBound<{ id: string }>(
    em,
    `update broadcast set status = 'CANCELLED', cancel_reason = ?, cancelled_at = now(), updated_at = now()
      where id = ? and status = 'SCHEDULED' returning id`,
    [reason, broadcastId],
  );
  return rows.length > 0;
}

/**
 * The job of a cancelled send is cancelled with it, in its transaction, as pg-boss's own cancel
 * does (its `cancel` binds an array the ORM cannot pass through): it stays off the queue. The job
 * finding the broadcast CANCELLED would send nothing anyway.
 */
export async function cancelScheduledJob(
  em: EntityManager,
  queue: string,
  broadcastId: string,
): Promise<void> {
  await executeBound(
    em,
    `update pgboss.job set state = 'cancelled', completed_on = now()
      where name = ? and id = ? and state < 'completed'`,
    [queue, broadcastId],
  );
}

/** A SENT broadcast becomes RECALLED; false when it was not SENT (a twin recall got there first). */
export async function markRecalled(em: EntityManager, broadcastId: string): Promise<boolean> {
  const rows = await executeBound<{ id: string }>(
    em,
    `update broadcast set status = 'RECALLED', recalled_at = now(), updated_at = now()
      where id = ? and status = 'SENT' returning id`,
    [broadcastId],
  );
  return rows.length > 0;
}

/**
 * Holds the threads of the broadcast's companies against marking read (receipt.queries.ts,
 * lockThreadForReceipts) until the transaction ends, in id order as every multi-company lock: a
 * client reading the message now either committed its receipt first (the message stays) or reads
 * after the recall (it is gone).
 */
export async function lockBroadcastThreads(em: EntityManager, broadcastId: string): Promise<void> {
  await executeBound(
    em,
    `select 1 from company where id in (select company_id from message where broadcast_id = ?)
      order by id for no key update`,
    [broadcastId],
  );
}

/** A client member whose unread counter a recall lowered, with its new value. */
export interface LoweredCounter {
  userId: string;
  companyId: string;
  count: number;
  version: number;
}

/**
 * Hides the broadcast's messages that no client user of their company has read (recalled_at), and
 * lowers by one the unread counter of each client member of those companies (none of them had read
 * it; a counter never goes below zero), in one statement; the counters as they are now.
 */
export async function hideUnreadMessages(
  em: EntityManager,
  broadcastId: string,
): Promise<LoweredCounter[]> {
  const rows = await executeBound<{
    user_id: string;
    company_id: string;
    unread_count: number;
    unread_version: string;
  }>(
    em,
    `with hidden as (
       update message m set recalled_at = now()
        where m.broadcast_id = ? and m.recalled_at is null
          and not exists (select 1 from read_receipt r join app_user u on u.id = r.user_id
                           where r.message_id = m.id and u.role = 'CLIENT')
       returning m.id, m.company_id)
     update company_member cm
        set unread_count = greatest(cm.unread_count - 1, 0), unread_version = cm.unread_version + 1
       from hidden h
      where cm.company_id = h.company_id
      returning cm.user_id, cm.company_id, cm.unread_count, cm.unread_version`,
    [broadcastId],
  );
  return rows.map((r) => ({
    userId: r.user_id,
    companyId: r.company_id,
    count: r.unread_count,
    version: toInt(r.unread_version),
  }));
}
