import type { EntityManager } from '@mikro-orm/postgresql';
import type { StaffActor } from '../../core/context.js';
import type { UnreadItem } from '../../core/pubsub.js';
import { toInt, uuidArray } from '../../core/sql.js';
import { whereCompanyVisible } from '../company/company.policy.js';
import type { CompanyRoute } from '../company/company.topics.js';

/**
 * Holds the company's row until the transaction ends, so one mark-read of a thread runs at a time:
 * two of them inserting receipts for the same messages in different orders would deadlock. Writers
 * of new messages are not held up (they lock no existing message), and the row lock is compatible
 * with foreign-key checks.
 */
export async function lockThreadForReceipts(em: EntityManager, companyId: string): Promise<void> {
  await em.execute('select 1 from company where id = ? for no key update', [companyId]);
}

/**
 * Receipts of `userId` for the thread's messages written by the other side (`direction`), all or
 * only `messageIds`, skipping those already read and recalled ones; the ones inserted.
 */
export function insertReceipts(
  em: EntityManager,
  values: {
    userId: string;
    companyId: string;
    direction: 'OFFICE_TO_CLIENT' | 'CLIENT_TO_OFFICE';
    messageIds: string[] | null;
  },
): Promise<Array<{ message_id: string; read_at: Date }>> {
  const only = values.messageIds;
  return em.execute(
    `insert into read_receipt (message_id, user_id, read_at)
     select m.id, ?, now() from message m
      where m.company_id = ? and m.direction = ? and m.recalled_at is null${only ? ' and m.id = any(?::uuid[])' : ''}
        and not exists (select 1 from read_receipt r where r.message_id = m.id and r.user_id = ?)
     on conflict do nothing
     returning message_id, read_at`,
    [
      values.userId,
      values.companyId,
      values.direction,
      ...(only ? [uuidArray(only)] : []),
      values.userId,
    ],
  );
}

/** Those of `ids` that are messages of the company's thread (a recalled one no longer is). */
export async function messagesOfThread(
  em: EntityManager,
  companyId: string,
  ids: string[],
): Promise<string[]> {
  const rows: Array<{ id: string }> = await em.execute(
    'select id from message where company_id = ? and id = any(?::uuid[]) and recalled_at is null',
    [companyId, uuidArray(ids)],
  );
  return rows.map((r) => r.id);
}

/** The client's counter of that company lowered by `by` (never below zero); null without one. */
export async function lowerClientCounter(
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
 * that many, in one statement; with the company's route as the row is now. Null when none was new.
 */
export async function lowerOfficeCounter(
  em: EntityManager,
  companyId: string,
  receiptedIds: string[],
): Promise<{ item: UnreadItem; route: CompanyRoute } | null> {
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

/** A client user's non-zero counters (office messages without their receipt), in one company or all. */
export async function clientUnreadCounters(
  em: EntityManager,
  userId: string,
  companyId: string | null,
): Promise<UnreadItem[]> {
  const rows: Array<{ company_id: string; unread_count: number; unread_version: string }> =
    await em.execute(
      `select company_id, unread_count, unread_version from company_member
      where user_id = ? and unread_count > 0${companyId ? ' and company_id = ?' : ''}`,
      companyId ? [userId, companyId] : [userId],
    );
  return rows.map((r) => ({
    companyId: r.company_id,
    count: r.unread_count,
    version: toInt(r.unread_version),
  }));
}

/** The non-zero counters of client questions nobody in the office has read, of companies staff see. */
export async function officeUnreadCounters(
  em: EntityManager,
  actor: StaffActor,
  companyId: string | null,
): Promise<UnreadItem[]> {
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
