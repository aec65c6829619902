import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { executeBound, toInt, uuidArray } from '../../core/sql.js';
import type { AcknowledgeableMessage } from './acknowledgment.policy.js';

/**
 * What acknowledging a message needs to know of it, in one statement: its company (and who sees
 * it), its side and whether its broadcast asks for an acknowledgment; undefined when there is none.
 */
export async function messageToAcknowledge(
  em: EntityManager,
  messageId: string,
): Promise<AcknowledgeableMessage | undefined> {
  const [row] = await executeBound<{
    company_id: string;
    office_id: string;
    caretaker_id: string | null;
    direction: AcknowledgeableMessage['direction'];
    required: boolean;
  }>(
    em,
    `select m.company_id, c.office_id, c.caretaker_id, m.direction,
            coalesce(b.require_acknowledgment, false) as required
       from message m join company c on c.id = m.company_id
       left join broadcast b on b.id = m.broadcast_id
      where m.id = ? and m.recalled_at is null`,
    [messageId],
  );
  return (
    row && {
      company: { id: row.company_id, officeId: row.office_id, caretakerId: row.caretaker_id },
      direction: row.direction,
      required: row.required,
    }
  );
}

/**
 * Records `userId`'s acknowledgment of the message unless one exists: the first one wins (a twin
 * waits for the first to commit, then inserts nothing). The new row's time, or null.
 */
export async function insertAcknowledgment(
  em: EntityManager,
  messageId: string,
  userId: string,
): Promise<Date | null> {
  const [row] = await executeBound<{ acknowledged_at: Date }>(
    em,
    `insert into message_acknowledgment (message_id, user_id) values (?, ?)
     on conflict (message_id) do nothing
     returning acknowledged_at`,
    [messageId, userId],
  );
  return row ? new Date(row.acknowledged_at) : null;
}

/** Per message: whether it asks for an acknowledgment, and who gave it and when. */
export interface AcknowledgmentState {
  required: boolean;
  userId: string | null;
  acknowledgedAt: Date | null;
}

/** The acknowledgment state of each message, through its broadcast: one statement for a page. */
export async function acknowledgmentStates(
  em: EntityManager,
  messageIds: readonly string[],
): Promise<Map<string, AcknowledgmentState>> {
  const rows = await executeBound<{
    id: string;
    required: boolean | null;
    user_id: string | null;
    acknowledged_at: Date | string | null;
  }>(
    em,
    `select m.id, b.require_acknowledgment as required, a.user_id, a.acknowledged_at
       from message m
       left join broadcast b on b.id = m.broadcast_id
       left join message_acknowledgment a on a.message_id = m.id
      where m.id = any(?::uuid[])`,
    [uuidArray(messageIds)],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        required: r.required === true,
        userId: r.user_id,
        acknowledgedAt: r.acknowledged_at === null ? null : new Date(r.acknowledged_at),
      },
    ]),
  );
}

/** Per broadcast: its messages a client user acknowledged. */
export async function acknowledgedCountsOfBroadcasts(
  em: EntityManager,
  broadcastIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await executeBound<{ broadcast_id: string; count: string }>(
    em,
    `select m.broadcast_id, count(*) as count
       from message m join message_acknowledgment a on a.message_id = m.id
      where m.broadcast_id = any(?::uuid[])
      group by m.broadcast_id`,
    [uuidArray(broadcastIds)],
  );
  return new Map(rows.map((r) => [r.broadcast_id, toInt(r.count)]));
}

/**
 * The messages of one company's thread whose broadcast asked for an acknowledgment (`m.*`),
 * acknowledged or not (or only those `acknowledged` says), for keyset paging newest first.
 */
export function acknowledgmentRequestRows(
  em: EntityManager,
  companyId: string,
  acknowledged: boolean | null,
): Knex.QueryBuilder {
  const knex = em.getKnex();
  const query = knex('message as m')
    .join('broadcast as b', 'b.id', 'm.broadcast_id')
    .select('m.*')
    .where('m.company_id', companyId)
    .where('b.require_acknowledgment', true);
  const exists = 'exists (select 1 from message_acknowledgment a where a.message_id = m.id)';
  if (acknowledged === true) query.whereRaw(exists);
  else if (acknowledged === false) query.whereRaw(`not ${exists}`);
  return query;
}
