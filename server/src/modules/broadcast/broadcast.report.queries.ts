import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { StaffActor } from '../../core/context.js';
import type { ConnectionShape } from '../../core/pagination.js';
import { executeBound, keysetPage, toInt } from '../../core/sql.js';
import { whereCompanyVisible } from '../company/company.policy.js';
import {
  VISIBLE_COMPANY_COLUMNS,
  type VisibleCompany,
  type VisibleCompanyRow,
  visibleCompanyOf,
} from '../company/company.queries.js';
import type { DeliveryStatus } from '../email/email-delivery.entity.js';
import type { BroadcastStatus } from './broadcast.entity.js';
import { Broadcast } from './broadcast.entity.js';
import { whereBroadcastVisible } from './broadcast.policy.js';
import {
  type BroadcastRecipient,
  type BroadcastRecipientFilter,
  ReminderTarget,
} from './broadcast.types.js';

/*
 * The report per send. Every statement here is set-based over the message rows of one broadcast
 * (aliased `m`, one per company, found by the message_broadcast_id index), so a page of recipients
 * or a reminder to 10,000 companies costs the same statements as one to three.
 */

/** A client user of the company has read the broadcast's message (the meaning of readCount). */
const READ_BY_CLIENT = `exists (select 1 from read_receipt r join app_user u on u.id = r.user_id
  where r.message_id = m.id and u.role = 'CLIENT')`;

/** A client user of the company has downloaded an attachment or printout of the message. */
const DOWNLOADED_BY_CLIENT = `exists (select 1 from message_attachment ma
  join file_download fd on fd.file_id = ma.file_id
  join company_member cm on cm.user_id = fd.user_id and cm.company_id = m.company_id
  where ma.message_id = m.id)`;

/** A client user of the company confirmed receipt of the message (acknowledgeMessage). */
const ACKNOWLEDGED = 'exists (select 1 from message_acknowledgment a where a.message_id = m.id)';

/** A client wrote in the company thread after the message (message_thread_idx answers it). */
const REPLIED_AFTER = `exists (select 1 from message q where q.company_id = m.company_id
  and q.direction = 'CLIENT_TO_OFFICE' and q.created_at > m.created_at)`;

/** The broadcasts a staff member sees, newest first, optionally of one status. */
export function listVisibleBroadcasts(
  em: EntityManager,
  actor: StaffActor,
  page: { first: number; after: string[] | null; status: BroadcastStatus | null },
): Promise<ConnectionShape<Broadcast>> {
  const visible = whereBroadcastVisible(actor);
  const inner = em.getKnex()('broadcast as b').select('b.*');
  // A caretaker's own broadcasts by the author index, the head's by the office index.
  if (visible.author) inner.where('b.author_id', visible.author);
  inner.where('b.office_id', visible.office);
  if (page.status) inner.where('b.status', page.status);
  return keysetPage(em, inner, {
    first: page.first,
    after: page.after,
    sort: [
      ['created_at', 'timestamptz'],
      ['id', 'uuid'],
    ],
    descending: true,
    map: (row) => em.map(Broadcast, row),
    cursorOf: (b) => [b.createdAt.toISOString(), b.id],
  });
}

/** The recipients of a broadcast the actor sees (companies they see), filtered, one row each. */
function recipientRows(
  em: EntityManager,
  actor: StaffActor,
  broadcastId: string,
  filter: BroadcastRecipientFilter,
): Knex.QueryBuilder {
  const knex = em.getKnex();
  const inner = knex('message as m')
    .join('company as c', 'c.id', 'm.company_id')
    .leftJoin('email_delivery as d', (on) =>
      on.on('d.broadcast_id', 'm.broadcast_id').andOn('d.company_id', 'm.company_id'),
    )
    .select(
      'm.id as message_id',
      'm.company_id',
      'c.name as company_name',
      'c.nip as company_nip',
      'd.status as email_status',
      'd.last_error as email_error',
      knex.raw('m.recalled_at is not null as recalled'),
      // Subqueries rather than a join, so the rows' plan stays the one of the filters above.
      knex.raw(
        '(select a.acknowledged_at from message_acknowledgment a where a.message_id = m.id) as acknowledged_at',
      ),
      knex.raw(
        '(select a.user_id from message_acknowledgment a where a.message_id = m.id) as acknowledged_by_id',
      ),
      knex.raw(`(select coalesce(json_agg(json_build_object('userId', r.user_id, 'readAt', r.read_at)
          order by r.read_at, r.user_id), '[]'::json)
        from read_receipt r join app_user u on u.id = r.user_id
        where r.message_id = m.id and u.role = 'CLIENT') as reads`),
      knex.raw(
        '(select count(*) from message_attachment ma where ma.message_id = m.id) as attachment_count',
      ),
      knex.raw(`(select coalesce(json_agg(json_build_object('fileId', fd.file_id, 'userId', fd.user_id,
          'downloadedAt', fd.downloaded_at) order by fd.downloaded_at, fd.file_id), '[]'::json)
        from message_attachment ma join file_download fd on fd.file_id = ma.file_id
        join company_member cm on cm.user_id = fd.user_id and cm.company_id = m.company_id
        where ma.message_id = m.id) as downloads`),
      knex.raw(`(select min(q.created_at) from message q where q.company_id = m.company_id
        and q.direction = 'CLIENT_TO_OFFICE' and q.created_at > m.created_at) as replied_at`),
    )
    .where('m.broadcast_id', broadcastId);
  whereCompanyVisible(inner, actor, 'c');
  const holds = (condition: string, wanted: boolean | null | undefined) => {
    if (wanted === true) inner.whereRaw(condition);
    else if (wanted === false) inner.whereRaw(`not ${condition}`);
  };
  holds(READ_BY_CLIENT, filter.read);
  holds(DOWNLOADED_BY_CLIENT, filter.downloaded);
  holds(REPLIED_AFTER, filter.replied);
  holds(ACKNOWLEDGED, filter.acknowledged);
  if (filter.emailStatus) inner.where('d.status', filter.emailStatus);
  return inner;
}

interface RecipientRow {
  message_id: string;
  company_id: string;
  company_name: string;
  company_nip: string;
  email_status: DeliveryStatus | null;
  email_error: string | null;
  reads: Array<{ userId: string; readAt: string }>;
  attachment_count: string | number;
  downloads: Array<{ fileId: string; userId: string; downloadedAt: string }>;
  replied_at: Date | string | null;
  recalled: boolean;
  acknowledged_at: Date | string | null;
  acknowledged_by_id: string | null;
}

function toRecipient(row: RecipientRow): BroadcastRecipient {
  const readRows = row.reads.map((r) => ({ userId: r.userId, readAt: new Date(r.readAt) }));
  return {
    messageId: row.message_id,
    companyId: row.company_id,
    companyName: row.company_name,
    companyNip: row.company_nip,
    read: readRows.length > 0,
    firstReadAt: readRows[0]?.readAt ?? null,
    readRows,
    emailStatus: row.email_status,
    emailError: row.email_error,
    attachmentCount: toInt(row.attachment_count),
    downloadRows: row.downloads.map((d) => ({
      fileId: d.fileId,
      userId: d.userId,
      downloadedAt: new Date(d.downloadedAt),
    })),
    repliedAt: row.replied_at === null ? null : new Date(row.replied_at),
    recalled: row.recalled,
    acknowledgedAt: row.acknowledged_at === null ? null : new Date(row.acknowledged_at),
    acknowledgedById: row.acknowledged_by_id,
  };
}

/** One page of a broadcast's recipients by company name: one statement, whatever the size. */
export function pageOfRecipients(
  em: EntityManager,
  actor: StaffActor,
  broadcastId: string,
  page: { first: number; after: string[] | null; filter: BroadcastRecipientFilter },
): Promise<ConnectionShape<BroadcastRecipient>> {
  return keysetPage(em, recipientRows(em, actor, broadcastId, page.filter), {
    first: page.first,
    after: page.after,
    sort: [
      ['company_name', 'text'],
      ['message_id', 'uuid'],
    ],
    map: (row) => toRecipient(row as unknown as RecipientRow),
    cursorOf: (r) => [r.companyName, r.messageId],
  });
}

/** Takes the broadcast's row lock: reminders of one broadcast are decided one at a time. */
export async function lockBroadcast(em: EntityManager, broadcastId: string): Promise<void> {
  await executeBound(em, 'select id from broadcast where id = ? for update', [broadcastId]);
}

/** A company that may get a reminder, and whether one reached it within the cooldown. */
export interface UnreadRecipient extends VisibleCompany {
  recentlyReminded: boolean;
}

/**
 * The companies of the broadcast where no client user has read its message (`target` UNREAD) or
 * confirmed its receipt (UNACKNOWLEDGED), that the actor still sees and that are not archived; each
 * flagged when a reminder of this broadcast reached it less than `cooldownMinutes` ago. One
 * statement for any number of companies.
 */
export async function unreadRecipients(
  em: EntityManager,
  actor: StaffActor,
  broadcastId: string,
  cooldownMinutes: number,
  target: ReminderTarget = ReminderTarget.UNREAD,
): Promise<UnreadRecipient[]> {
  const knex = em.getKnex();
  const query = knex('message as m')
    .join('company as c', 'c.id', 'm.company_id')
    .select(
      ...VISIBLE_COMPANY_COLUMNS,
      knex.raw(
        `exists (select 1 from broadcast rb join message rm on rm.broadcast_id = rb.id
          where rb.reminds_of_id = m.broadcast_id and rm.company_id = m.company_id
            and rb.created_at > now() - make_interval(mins => ?)) as recently_reminded`,
        [cooldownMinutes],
      ),
    )
    .where('m.broadcast_id', broadcastId)
    .whereNull('c.archived_at')
    .whereRaw(`not ${target === ReminderTarget.UNACKNOWLEDGED ? ACKNOWLEDGED : READ_BY_CLIENT}`)
    .orderBy([{ column: 'c.name' }, { column: 'c.id' }]);
  whereCompanyVisible(query, actor, 'c');
  const rows = await executeBound<VisibleCompanyRow & { recently_reminded: boolean }>(em, query);
  return rows.map((r) => ({ ...visibleCompanyOf(r), recentlyReminded: r.recently_reminded }));
}

/** Per broadcast: the reminders that follow it up, oldest first. */
export async function remindersOf(
  em: EntityManager,
  broadcastIds: readonly string[],
): Promise<Map<string, Broadcast[]>> {
  const reminders = await em.find(
    Broadcast,
    { remindsOf: { $in: [...broadcastIds] } },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const byOriginal = new Map<string, Broadcast[]>();
  for (const reminder of reminders) {
    const key = reminder.remindsOf?.id;
    if (!key) continue;
    const list = byOriginal.get(key);
    if (list) list.push(reminder);
    else byOriginal.set(key, [reminder]);
  }
  return byOriginal;
}
