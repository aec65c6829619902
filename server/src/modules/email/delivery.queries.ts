import type { EntityManager } from '@mikro-orm/postgresql';
import type { PrintoutKind } from '../printout/printout.kind.js';
import type { SmtpAccount } from './smtp.service.js';

/**
 * The email worker's statements. Each is one round trip, and every one that changes a delivery
 * names the claim (`lease_token`) it holds, so a claim taken over by another worker changes nothing.
 */

/** A claimed delivery and what its email is made of. */
export interface DeliveryClaimRow {
  id: string;
  broadcast_id: string;
  company_id: string;
  message_id: string;
  to_address: string;
  printouts: Array<{ kind: PrintoutKind; period: string }>;
  office_id: string;
  author_id: string;
  subject: string;
  /** The sanitized HTML as written, without the archive's list of attachments. */
  html: string;
  office_name: string;
  company_name: string;
  company_nip: string;
  /** The office's logo (a PNG or JPEG checked when it was set), or null. */
  logo_id: string | null;
  logo_storage_key: string | null;
}

/**
 * QUEUED, or SENDING whose lease has ended (its worker died), becomes SENDING under the lease
 * `token` for `leaseMs`, in one statement; undefined when the delivery is not claimable.
 */
export async function claimDelivery(
  em: EntityManager,
  claim: { deliveryId: string; token: string; leaseMs: number },
): Promise<DeliveryClaimRow | undefined> {
  const [claimed] = await em.execute<DeliveryClaimRow[]>(
    `with claimed as (
       update email_delivery set status = 'SENDING', lease_token = ?, lease_until = now() + ?::int * interval '1 millisecond', updated_at = now()
        where id = ? and (status = 'QUEUED' or (status = 'SENDING' and coalesce(lease_until, updated_at + ?::int * interval '1 millisecond') < now()))
        returning *)
     select d.id, d.broadcast_id, d.company_id, d.message_id, d.to_address, d.printouts, b.office_id, m.author_id, coalesce(m.subject, b.subject) as subject, coalesce(d.html, b.body) as html, o.name as office_name,
            c.name as company_name, c.nip as company_nip, lf.id as logo_id, lf.storage_key as logo_storage_key
       from claimed d join message m on m.id = d.message_id join broadcast b on b.id = d.broadcast_id
       join office o on o.id = b.office_id join company c on c.id = d.company_id
       left join stored_file lf on lf.id = o.logo_id`,
    // A SENDING row without a lease was claimed before leases existed: its lease runs from its last change.
    [claim.token, claim.leaseMs, claim.deliveryId, claim.leaseMs],
  );
  return claimed;
}

/** The delivery's status; undefined when it is gone. */
export async function deliveryStatus(
  em: EntityManager,
  deliveryId: string,
): Promise<string | undefined> {
  const [current] = await em.execute<Array<{ status: string }>>(
    'select status from email_delivery where id = ?',
    [deliveryId],
  );
  return current?.status;
}

/** The office's SMTP account as `recheckClaim` reads it (smtp_id null: it has none). */
export interface SmtpAccountRow {
  smtp_id: string | null;
  host: string;
  port: number;
  security: SmtpAccount['security'];
  username: string | null;
  password_encrypted: string | null;
  from_address: string;
  from_name: string | null;
  login_rejections: number;
  login_rejected_error: string | null;
}

/**
 * Right before an SMTP transaction: undefined unless the claim still holds; otherwise the office's
 * SMTP account as it is now, and the attempt counted when one will be made (an account whose
 * logins were refused `loginRejectionsToStop` times is not tried).
 */
export async function recheckClaim(
  em: EntityManager,
  claim: { deliveryId: string; token: string; officeId: string; loginRejectionsToStop: number },
): Promise<SmtpAccountRow | undefined> {
  const [row] = await em.execute<SmtpAccountRow[]>(
    `update email_delivery d
        set attempts = d.attempts + (case when s.id is not null and s.login_rejections < ? then 1 else 0 end), updated_at = now()
       from (select 1) as one left join smtp_integration s on s.office_id = ?
      where d.id = ? and d.lease_token = ? and d.status = 'SENDING' and d.lease_until > now()
      returning s.id as smtp_id, s.host, s.port, s.security, s.username, s.password_encrypted, s.from_address, s.from_name,
                s.login_rejections, s.login_rejected_error`,
    [claim.loginRejectionsToStop, claim.officeId, claim.deliveryId, claim.token],
  );
  return row;
}

/**
 * One more refused login for exactly these settings (new settings start from 0), with its reason;
 * the count now, or undefined when the settings changed meanwhile.
 */
export async function countLoginRejection(
  em: EntityManager,
  account: SmtpAccount,
  reason: string,
): Promise<number | undefined> {
  const [counted] = await em.execute<Array<{ login_rejections: number }>>(
    `update smtp_integration set login_rejections = login_rejections + 1, login_rejected_error = ?
      where office_id = ? and host = ? and port = ? and security = ?
        and username is not distinct from ? and password_encrypted is not distinct from ?
      returning login_rejections`,
    [
      reason,
      account.officeId,
      account.host,
      account.port,
      account.security,
      account.username ?? null,
      account.passwordEncrypted ?? null,
    ],
  );
  return counted?.login_rejections;
}

/**
 * Every QUEUED delivery of the office, and the claimed one, FAILED with `reason`, and their
 * broadcasts' counts moved, in one statement: whether the claimed one was among them, and the
 * broadcasts whose counts moved.
 */
export async function failOfficeDeliveries(
  em: EntityManager,
  values: { officeId: string; deliveryId: string; token: string; reason: string },
): Promise<{ own: boolean; broadcasts: string[] }> {
  const [stopped] = await em.execute<Array<{ own: number; broadcasts: string[] }>>(
    `with stopped as (
       update email_delivery d set status = 'FAILED', last_error = ?, lease_token = null, lease_until = null, updated_at = now()
         from broadcast b
        where b.id = d.broadcast_id and b.office_id = ?
          and (d.status = 'QUEUED' or (d.id = ? and d.lease_token = ? and d.status = 'SENDING'))
        returning d.id, d.broadcast_id),
     counted as (
       update broadcast b set queued_count = b.queued_count - s.n, failed_count = b.failed_count + s.n, updated_at = now()
         from (select broadcast_id, count(*)::int as n from stopped group by broadcast_id) s
        where b.id = s.broadcast_id
        returning b.id)
     select (select count(*) from stopped where id = ?)::int as own, array(select id::text from counted) as broadcasts`,
    [values.reason, values.officeId, values.deliveryId, values.token, values.deliveryId],
  );
  return { own: (stopped?.own ?? 0) > 0, broadcasts: stopped?.broadcasts ?? [] };
}

/** The claimed delivery QUEUED again (keeping its last error unless `reason` replaces it); whether it was. */
export async function requeueDelivery(
  em: EntityManager,
  claim: { deliveryId: string; token: string; reason: string | null },
): Promise<boolean> {
  const rows = await em.execute(
    `update email_delivery set status = 'QUEUED', last_error = coalesce(?, last_error), lease_token = null, lease_until = null, updated_at = now()
      where id = ? and lease_token = ? and status = 'SENDING' returning id`,
    [claim.reason, claim.deliveryId, claim.token],
  );
  return rows.length > 0;
}

/**
 * The claimed delivery SENT or FAILED and its broadcast's counts moved, in one statement; a sent
 * email also clears the office's refused logins. Whether it was (false: the claim was taken over).
 */
export async function finishDelivery(
  em: EntityManager,
  values: {
    deliveryId: string;
    token: string;
    officeId: string;
    status: 'SENT' | 'FAILED';
    reason: string | null;
    smtpMessageId: string;
  },
): Promise<boolean> {
  const { status } = values;
  const [row] = await em.execute<Array<{ finished: number }>>(
    `with done as (
       update email_delivery set status = ?, last_error = ?, sent_at = case when ? = 'SENT' then now() end,
              smtp_message_id = ?, lease_token = null, lease_until = null, updated_at = now()
        where id = ? and lease_token = ? and status = 'SENDING' returning broadcast_id),
     counted as (
       update broadcast b set queued_count = queued_count - 1,
              sent_count = sent_count + (case when ? = 'SENT' then 1 else 0 end),
              failed_count = failed_count + (case when ? = 'FAILED' then 1 else 0 end),
              updated_at = now()
         from done where b.id = done.broadcast_id returning b.id),
     login_works as (
       update smtp_integration set login_rejections = 0, login_rejected_error = null
        where office_id = ? and login_rejections > 0 and ? = 'SENT' and exists (select 1 from done) returning id)
     select (select count(*) from counted)::int as finished`,
    [
      status,
      values.reason,
      status,
      values.smtpMessageId,
      values.deliveryId,
      values.token,
      status,
      status,
      values.officeId,
      status,
    ],
  );
  return (row?.finished ?? 0) > 0;
}

/** The printouts already made for a message and linked to it (an earlier attempt made them). */
export function printoutsOfMessage(
  em: EntityManager,
  messageId: string,
): Promise<Array<{ id: string; printout: PrintoutKind; period: string }>> {
  return em.execute(
    `select f.id, f.printout, f.period from message_attachment ma join stored_file f on f.id = ma.file_id
      where ma.message_id = ? and f.printout is not null`,
    [messageId],
  );
}

/** Links a file to a message, once. */
export async function linkAttachment(
  em: EntityManager,
  messageId: string,
  fileId: string,
): Promise<void> {
  await em.execute(
    'insert into message_attachment (message_id, file_id) values (?, ?) on conflict do nothing',
    [messageId, fileId],
  );
}
