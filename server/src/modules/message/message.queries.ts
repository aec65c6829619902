import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound, uuidArray } from '../../core/sql.js';

/** Links every one of the files to every one of the messages (a broadcast shares its uploads). */
export async function linkAttachments(
  em: EntityManager,
  messageIds: readonly string[],
  fileIds: readonly string[],
): Promise<void> {
  await executeBound(
    em,
    `insert into message_attachment (message_id, file_id)
     select m.id, f.id from unnest(?::uuid[]) as m(id) cross join unnest(?::uuid[]) as f(id)`,
    [uuidArray(messageIds), uuidArray(fileIds)],
  );
}

/** A company after a conversation moved: its route and its counter of unread client questions. */
export interface ConversationRow {
  id: string;
  office_id: string;
  caretaker_id: string | null;
  unread_from_client: number;
  unread_version: string;
}

/**
 * Moves the companies' conversations up the office inbox (last_message_at) and, for a client's
 * question (`fromClient`), raises their counters of unread client questions and has them await the
 * office's answer (opening a closed one); an office reply answers them. One statement.
 */
export function moveConversations(
  em: EntityManager,
  companyIds: readonly string[],
  fromClient: boolean,
): Promise<ConversationRow[]> {
  // Milliseconds, as the inbox cursor carries them: finer times would make rows of one instant skip pages.
  return executeBound<ConversationRow>(
    em,
    `update company set last_message_at = now()::timestamptz(3)${
      fromClient
        ? `, unread_from_client = unread_from_client + 1, unread_version = unread_version + 1,
           awaiting_reply_since = coalesce(awaiting_reply_since, now()), conversation_closed_at = null`
        : ', awaiting_reply_since = null'
    }
        where id = any(?::uuid[])
        returning id, office_id, caretaker_id, unread_from_client, unread_version`,
    [uuidArray(companyIds)],
  );
}

/** Raises the unread counter of every client member of the companies, in one statement. */
export function raiseMemberCounters(
  em: EntityManager,
  companyIds: readonly string[],
): Promise<
  Array<{ user_id: string; company_id: string; unread_count: number; unread_version: string }>
> {
  return executeBound(
    em,
    `update company_member set unread_count = unread_count + 1, unread_version = unread_version + 1
      where company_id = any(?::uuid[])
      returning user_id, company_id, unread_count, unread_version`,
    [uuidArray(companyIds)],
  );
}

/** The attachments of each message as stored_file rows, each with its message_id, in one query. */
export function attachmentRows(
  em: EntityManager,
  messageIds: readonly string[],
): Promise<Array<Record<string, unknown>>> {
  return em.execute(
    `select ma.message_id, f.* from message_attachment ma join stored_file f on f.id = ma.file_id
      where ma.message_id = any(?::uuid[]) order by f.created_at, f.id`,
    [uuidArray(messageIds)],
  );
}

/**
 * Marks the company's conversation answered without a reply (closed), or opens a closed one again
 * (awaiting the answer); one statement on the company row. The row as it is then, or null when the
 * company has no conversation.
 */
export async function setConversationClosed(
  em: EntityManager,
  companyId: string,
  closed: boolean,
): Promise<Record<string, unknown> | null> {
  const [row] = await executeBound<Record<string, unknown>>(
    em,
    closed
      ? `update company set awaiting_reply_since = null,
           conversation_closed_at = coalesce(conversation_closed_at, now())
          where id = ? and last_message_at is not null returning *`
      : `update company set conversation_closed_at = null,
           awaiting_reply_since = case when conversation_closed_at is null then awaiting_reply_since
                                       else coalesce(awaiting_reply_since, now()) end
          where id = ? and last_message_at is not null returning *`,
    [companyId],
  );
  return row ?? null;
}

/** The newest message a client wrote in each company's thread: one statement for the batch. */
export async function lastClientMessagesOf(
  em: EntityManager,
  companyIds: readonly string[],
): Promise<Array<Record<string, unknown>>> {
  return executeBound(
    em,
    `select m.* from unnest(?::uuid[]) as c(id)
    cross join lateral (
      select * from message where company_id = c.id and direction = 'CLIENT_TO_OFFICE'
       order by created_at desc, id desc limit 1
    ) m`,
    [uuidArray(companyIds)],
  );
}
