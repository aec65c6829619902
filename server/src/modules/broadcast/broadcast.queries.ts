import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound, toInt, uuidArray } from '../../core/sql.js';

/** A message row just inserted for one company of a broadcast. */
export interface InsertedMessage {
  id: string;
  company_id: string;
}

/** The same notification text to each company, one message row each, in one statement. */
export function insertNotificationMessages(
  em: EntityManager,
  values: { authorId: string; broadcastId: string; body: string; companyIds: readonly string[] },
): Promise<InsertedMessage[]> {
  return executeBound<InsertedMessage>(
    em,
    `insert into message (company_id, author_id, broadcast_id, direction, kind, body)
     select c.id, ?, ?, 'OFFICE_TO_CLIENT', 'NOTIFICATION', ? from unnest(?::uuid[]) as c(id)
     returning id, company_id`,
    [values.authorId, values.broadcastId, values.body, uuidArray(values.companyIds)],
  );
}

/** Each company's archived email (its own text and HTML), one message row each, in one statement. */
export function insertEmailMessages(
  em: EntityManager,
  values: {
    authorId: string;
    broadcastId: string;
    subject: string;
    messages: ReadonlyArray<{ companyId: string; body: string; html: string }>;
  },
): Promise<InsertedMessage[]> {
  return executeBound<InsertedMessage>(
    em,
    `insert into message (company_id, author_id, broadcast_id, direction, kind, subject, body, html)
     select x.company_id, ?, ?, 'OFFICE_TO_CLIENT', 'EMAIL', ?, x.body, x.html
       from jsonb_to_recordset(?::jsonb) as x(company_id uuid, body text, html text)
     returning id, company_id`,
    [
      values.authorId,
      values.broadcastId,
      values.subject,
      JSON.stringify(
        values.messages.map((m) => ({ company_id: m.companyId, body: m.body, html: m.html })),
      ),
    ],
  );
}

/** Per broadcast: its messages read by at least one of their company's client users. */
export async function readCountsOfBroadcasts(
  em: EntityManager,
  broadcastIds: readonly string[],
): Promise<Map<string, number>> {
  const rows: Array<{ broadcast_id: string; count: string }> = await em.execute(
    `select m.broadcast_id, count(*) as count from message m
      where m.broadcast_id = any(?::uuid[])
        and exists (select 1 from read_receipt r join app_user u on u.id = r.user_id
                     where r.message_id = m.id and u.role = 'CLIENT')
      group by m.broadcast_id`,
    [uuidArray(broadcastIds)],
  );
  return new Map(rows.map((r) => [r.broadcast_id, toInt(r.count)]));
}
