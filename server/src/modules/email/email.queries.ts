import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound, uuidArray } from '../../core/sql.js';
import type { PrintoutKind } from '../printout/printout.kind.js';

/** One delivery per archived message of an email broadcast, QUEUED, in one statement; their ids. */
export function insertDeliveries(
  em: EntityManager,
  broadcastId: string,
  deliveries: ReadonlyArray<{
    companyId: string;
    messageId: string;
    toAddress: string;
    printouts: Array<{ kind: PrintoutKind; period: string }>;
    /** The company's own HTML (placeholders filled); null: the broadcast's. */
    html?: string | null;
  }>,
): Promise<Array<{ id: string }>> {
  return executeBound<{ id: string }>(
    em,
    `insert into email_delivery (broadcast_id, company_id, message_id, to_address, printouts, html)
     select ?, x.company_id, x.message_id, x.to_address, x.printouts, x.html
       from jsonb_to_recordset(?::jsonb) as x(company_id uuid, message_id uuid, to_address text, printouts jsonb, html text)
     returning id`,
    [
      broadcastId,
      JSON.stringify(
        deliveries.map((d) => ({
          company_id: d.companyId,
          message_id: d.messageId,
          to_address: d.toAddress,
          printouts: d.printouts,
          html: d.html ?? null,
        })),
      ),
    ],
  );
}

/**
 * The broadcast's FAILED deliveries QUEUED again (leases dropped) and its counts moved with them, in
 * one statement; the ids requeued (none: nothing failed, and nothing changed).
 */
export function requeueFailedDeliveries(
  em: EntityManager,
  broadcastId: string,
): Promise<Array<{ id: string }>> {
  return em.execute(
    `with requeued as (
       update email_delivery set status = 'QUEUED', lease_token = null, lease_until = null, updated_at = now()
        where broadcast_id = ? and status = 'FAILED' returning id)
     , counted as (
       update broadcast set queued_count = queued_count + (select count(*) from requeued),
              failed_count = failed_count - (select count(*) from requeued), updated_at = now()
        where id = ? and exists (select 1 from requeued))
     select id from requeued`,
    [broadcastId, broadcastId],
  );
}

/** The ids of the latest `limit` SMTP changes of each office, in one query. */
export async function latestSmtpChangeIds(
  em: EntityManager,
  officeIds: readonly string[],
  limit: number,
): Promise<string[]> {
  const rows: Array<{ id: string }> = await em.execute(
    `select id from (select id, row_number() over (partition by office_id order by created_at desc, id desc) as n
                       from smtp_change where office_id = any(?::uuid[])) ranked
      where n <= ?`,
    [uuidArray(officeIds), limit],
  );
  return rows.map((r) => r.id);
}

/** Per office: when its SMTP server last changed while the office was VERIFIED. */
export async function smtpChangedWhileVerifiedAt(
  em: EntityManager,
  officeIds: readonly string[],
): Promise<Map<string, Date>> {
  const rows: Array<{ office_id: string; at: Date }> = await em.execute(
    `select office_id, max(created_at) as at from smtp_change
      where office_id = any(?::uuid[]) and verification = 'VERIFIED' group by office_id`,
    [uuidArray(officeIds)],
  );
  return new Map(rows.map((r) => [r.office_id, new Date(r.at)]));
}

/** Per file: when a client user of its company first downloaded it. */
export async function firstClientDownloads(
  em: EntityManager,
  fileIds: readonly string[],
): Promise<Map<string, Date>> {
  const rows: Array<{ file_id: string; at: Date }> = await em.execute(
    `select d.file_id, min(d.downloaded_at) as at from file_download d join app_user u on u.id = d.user_id
      where d.file_id = any(?::uuid[]) and u.role = 'CLIENT' group by d.file_id`,
    [uuidArray(fileIds)],
  );
  return new Map(rows.map((r) => [r.file_id, new Date(r.at)]));
}
