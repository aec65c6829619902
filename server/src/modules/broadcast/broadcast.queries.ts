import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound, toInt, uuidArray } from '../../core/sql.js';

/** A message row just inserted for one company of a broadcast. */
export interface InsertedMessage {
  id: string;
  company_id: string;
}

/** What a notification message says: its subject and HTML are optional. */
export interface NotificationText {
  subject: string | null;
  body: string;
  html: string | null;
}

/** The same notification to each company, one message row each, in one statement. */
export function insertNotificationMessages(
  em: EntityManager,
  values: {
    authorId: string;
    broadcastId: string;
    text: NotificationText;
    companyIds: readonly string[];
  },
): Promise<InsertedMessage[]> {
  const { text } = values;
  return executeBound<InsertedMessage>(
    em,
    `insert into message (company_id, author_id, broadcast_id, direction, kind, subject, body, html)
     select c.id, ?, ?, 'OFFICE_TO_CLIENT', 'NOTIFICATION', ?, ?, ? from unnest(?::uuid[]) as c(id)
     returning id, company_id`,
    [
      values.authorId,
      values.broadcastId,
      text.subject,
      text.body,
      text.html,
      uuidArray(values.companyIds),
    ],
  );
}

/**
 * Each company's own notification (a template filled with its data), one message row each, in one
 * statement: the texts go in as one JSON parameter.
 */
export function insertNotificationMessagesEach(
  em: EntityManager,
  values: {
    authorId: string;
    broadcastId: string;
    messages: ReadonlyArray<NotificationText & { companyId: string }>;
  },
): Promise<InsertedMessage[]> {
  return executeBound<InsertedMessage>(
    em,
    `insert into message (company_id, author_id, broadcast_id, direction, kind, subject, body, html)
     select x.company_id, ?, ?, 'OFFICE_TO_CLIENT', 'NOTIFICATION', x.subject, x.body, x.html
       from jsonb_to_recordset(?::jsonb) as x(company_id uuid, subject text, body text, html text)
     returning id, company_id`,
    [
      values.authorId,
      values.broadcastId,
      JSON.stringify(
        values.messages.map((m) => ({
          company_id: m.companyId,
          subject: m.subject,
          body: m.body,
          html: m.html,
        })),
      ),
    ],
  );
}

/** Each company's archived email (its own subject, text and HTML), one message row each, in one statement. */
export function insertEmailMessages(
  em: EntityManager,
  values: {
    authorId: string;
    broadcastId: string;
    messages: ReadonlyArray<{ companyId: string; subject: string; body: string; html: string }>;
  },
): Promise<InsertedMessage[]> {
  return executeBound<InsertedMessage>(
    em,
    `insert into message (company_id, author_id, broadcast_id, direction, kind, subject, body, html)
     select x.company_id, ?, ?, 'OFFICE_TO_CLIENT', 'EMAIL', x.subject, x.body, x.html
       from jsonb_to_recordset(?::jsonb) as x(company_id uuid, subject text, body text, html text)
     returning id, company_id`,
    [
      values.authorId,
      values.broadcastId,
      JSON.stringify(
        values.messages.map((m) => ({
          company_id: m.companyId,
          subject: m.subject,
          body: m.body,
          html: m.html,
        })),
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
