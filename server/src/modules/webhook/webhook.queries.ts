import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound, toInt, uuidArray } from '../../core/sql.js';
import type { WebhookEvent } from './webhook.entity.js';

/**
 * The webhook module's statements. Every change a sender makes names the webhook it holds, so a
 * webhook deleted meanwhile changes nothing and stops the send.
 */

/** The office's webhooks, its row held until the transaction ends (one create at a time). */
export async function countOfficeWebhooks(em: EntityManager, officeId: string): Promise<number> {
  // Counted after the lock is held, in a statement of its own: a statement that waited for the
  // lock would still count from the snapshot it started with.
  await em.execute('select 1 from office where id = ? for no key update', [officeId]);
  const [row] = await em.execute<Array<{ count: string }>>(
    'select count(*) as count from webhook where office_id = ?',
    [officeId],
  );
  return toInt(row?.count);
}

/** Whether a webhook of the office was deleted (its outbox goes with it). */
export async function deleteOfficeWebhook(
  em: EntityManager,
  officeId: string,
  id: string,
): Promise<boolean> {
  const rows = await em.execute('delete from webhook where id = ? and office_id = ? returning id', [
    id,
    officeId,
  ]);
  return rows.length > 0;
}

export interface ClaimedWebhook {
  id: string;
  url: string;
  secret_encrypted: string;
  office_id: string;
}

/**
 * The webhook held for `leaseSeconds` by the caller, unless another sender holds it or it waits for
 * a retry: then when that wait ends (`retry_at`), or null when another sender holds it. Gone or
 * disabled: 'gone'.
 */
export async function claimWebhook(
  em: EntityManager,
  id: string,
  leaseSeconds: number,
): Promise<ClaimedWebhook | { waitUntil: Date | null } | 'gone'> {
  const rows = await em.execute<
    Array<ClaimedWebhook & { claimed: boolean; retry_at: Date | null }>
  >(
    `with claimed as (
       update webhook set lease_until = now() + ?::int * interval '1 second'
        where id = ? and disabled_at is null
          and (lease_until is null or lease_until < now()) and (retry_at is null or retry_at <= now())
        returning id, url, secret_encrypted, office_id)
     select true as claimed, c.id, c.url, c.secret_encrypted, c.office_id, null::timestamptz as retry_at
       from claimed c
     union all
     select false, w.id, null, null, w.office_id, case when w.retry_at > now() then w.retry_at end
       from webhook w where w.id = ? and w.disabled_at is null and not exists (select 1 from claimed)`,
    [leaseSeconds, id, id],
  );
  const [row] = rows;
  if (!row) return 'gone';
  if (!row.claimed) return { waitUntil: row.retry_at ? new Date(row.retry_at) : null };
  return row;
}

/** The lease given back. */
export async function releaseWebhook(em: EntityManager, id: string): Promise<void> {
  await em.execute('update webhook set lease_until = null where id = ?', [id]);
}

export interface PendingDelivery {
  id: string;
  event: WebhookEvent;
  data: Record<string, unknown>;
  created_at: Date;
}

/** The next pending events of a webhook, oldest first, in the order they were recorded. */
export function pendingDeliveries(
  em: EntityManager,
  webhookId: string,
  limit: number,
): Promise<PendingDelivery[]> {
  return em.execute<PendingDelivery[]>(
    `select id, event, data, created_at from webhook_delivery
      where webhook_id = ? and status = 'PENDING'
      order by created_at, position limit ?`,
    [webhookId, limit],
  );
}

/** Whether the webhook has an event still to send (checked after its lease was given back). */
export async function hasPendingDeliveries(em: EntityManager, webhookId: string): Promise<boolean> {
  const rows = await em.execute(
    `select 1 from webhook w where w.id = ? and w.disabled_at is null
        and exists (select 1 from webhook_delivery d where d.webhook_id = w.id and d.status = 'PENDING')`,
    [webhookId],
  );
  return rows.length > 0;
}

/**
 * Events DELIVERED (each with the status it was answered) and the webhook's failures reset, in one
 * statement; false when the webhook is gone (deleted meanwhile).
 */
export async function recordDelivered(
  em: EntityManager,
  webhookId: string,
  delivered: ReadonlyArray<{ id: string; status: number; at: Date }>,
): Promise<boolean> {
  const rows = await executeBound(
    em,
    `with answered as (
       select * from unnest(?::uuid[], ?::int[], ?::timestamptz[]) as a(id, status, at)),
     delivered as (
       update webhook_delivery d set status = 'DELIVERED', attempts = d.attempts + 1,
              response_status = a.status, error = null, delivered_at = a.at, next_attempt_at = null,
              updated_at = now()
         from answered a
        where d.id = a.id and d.webhook_id = ? and d.status = 'PENDING' returning d.id)
     update webhook set failure_count = 0, retry_at = null, updated_at = now(),
            last_delivery_at = (select max(at) from answered)
      where id = ? returning id`,
    [
      uuidArray(delivered.map((d) => d.id)),
      `{${delivered.map((d) => d.status).join(',')}}`,
      `{${delivered.map((d) => d.at.toISOString()).join(',')}}`,
      webhookId,
      webhookId,
    ],
  );
  return rows.length > 0;
}

export interface RecordedFailure {
  failure_count: number;
  retry_at: Date | null;
  disabled: boolean;
  office_id: string;
  url: string;
}

/**
 * One more failure of the webhook, on this event: its retry `delaySeconds` × 2^(failures before)
 * from now, or, at the `maxFailures`-th failure in a row, the webhook disabled and every event it
 * still had FAILED. Undefined when the webhook is gone.
 */
export async function recordFailure(
  em: EntityManager,
  values: {
    webhookId: string;
    deliveryId: string;
    status: number | null;
    error: string;
    delaySeconds: number;
    maxFailures: number;
  },
): Promise<RecordedFailure | undefined> {
  const [webhook] = await em.execute<RecordedFailure[]>(
    `update webhook set failure_count = failure_count + 1, updated_at = now(),
            retry_at = case when failure_count + 1 >= ? then null
                            else now() + ?::int * power(2, least(failure_count, 20)) * interval '1 second' end,
            disabled_at = case when failure_count + 1 >= ? then now() end
      where id = ? and disabled_at is null
      returning failure_count, retry_at, disabled_at is not null as disabled, office_id, url`,
    [values.maxFailures, values.delaySeconds, values.maxFailures, values.webhookId],
  );
  if (!webhook) return undefined;
  await em.execute(
    `update webhook_delivery set attempts = attempts + 1, response_status = ?, error = ?,
            next_attempt_at = ?, updated_at = now()
      where id = ? and webhook_id = ?`,
    [values.status, values.error, webhook.retry_at, values.deliveryId, values.webhookId],
  );
  if (webhook.disabled)
    await em.execute(
      `update webhook_delivery set status = 'FAILED', next_attempt_at = null, updated_at = now(),
              error = coalesce(error, 'Not sent: the webhook was disabled.')
        where webhook_id = ? and status = 'PENDING'`,
      [values.webhookId],
    );
  return webhook;
}

export interface OfficeHead {
  email: string;
  language: string;
  office_name: string;
}

/** The active heads of an office, who are told when one of its webhooks is disabled. */
export function officeHeads(em: EntityManager, officeId: string): Promise<OfficeHead[]> {
  return em.execute<OfficeHead[]>(
    `select u.email, u.language, o.name as office_name from app_user u join office o on o.id = u.office_id
      where u.office_id = ? and u.role = 'OFFICE_HEAD' and u.deactivated_at is null`,
    [officeId],
  );
}
