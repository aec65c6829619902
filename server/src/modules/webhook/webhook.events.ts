import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound } from '../../core/sql.js';
import { WebhookEvent } from './webhook.entity.js';
import { enqueueWebhookJobs } from './webhook.queue.js';

/**
 * What an event says in its payload's `data`: ids and a few facts the office already sees, never a
 * message's subject, text or attachments. `companyNip`, and for a message its `kind` and
 * `broadcastId`, are added from the database.
 */
export interface WebhookEventData {
  messageId?: string;
  companyId?: string;
  broadcastId?: string | null;
  /** The user who wrote, read or acknowledged. */
  userId?: string;
  /** An email delivery (email.delivery.*). */
  deliveryId?: string;
  readAt?: string;
  acknowledgedAt?: string;
}

/**
 * Records `event` for each of `rows` for every webhook of the office that listens to it and is not
 * disabled: one outbox row per (webhook, event), in one statement whatever the number of rows (the
 * 10,000 messages of a bulk send), plus one job per webhook concerned, all in the caller's
 * transaction. Nothing is sent here: the webhook worker POSTs the rows after the commit, in order.
 */
export async function recordWebhookEvents(
  em: EntityManager,
  officeId: string,
  event: WebhookEvent,
  rows: readonly WebhookEventData[],
): Promise<void> {
  if (!rows.length) return;
  const webhooks = await executeBound<{ webhook_id: string }>(
    em,
    `with recorded as (
       insert into webhook_delivery (webhook_id, event, data, position)
       select w.id, ?, jsonb_strip_nulls(
                jsonb_build_object('companyNip', c.nip, 'kind', m.kind, 'broadcastId', m.broadcast_id,
                                   'authorId', m.author_id)
                || e.value),
              e.n
         from webhook w
         cross join jsonb_array_elements(?::jsonb) with ordinality as e(value, n)
         left join company c on c.id = (e.value->>'companyId')::uuid and c.office_id = w.office_id
         left join message m on m.id = (e.value->>'messageId')::uuid and m.company_id = c.id
        where w.office_id = ? and w.disabled_at is null and ? = any(w.events)
       returning webhook_id)
     select distinct webhook_id from recorded order by webhook_id`,
    [event, JSON.stringify(rows), officeId, event],
  );
  // In id order: two transactions queueing jobs for the same webhooks wait on each other's job
  // rows (one waiting job per webhook), never in a cycle.
  await enqueueWebhookJobs(
    em,
    webhooks.map((w) => w.webhook_id),
  );
}

/**
 * New messages (see recordNewMessages), all of one office: `message.created` when the office wrote
 * (notifications, emails' archived copies, replies), `question.received` when a client did.
 */
export async function recordMessageEvents(
  em: EntityManager,
  messages: ReadonlyArray<{ messageId: string; company: { id: string; officeId: string } }>,
  fromOffice: boolean,
): Promise<void> {
  const [first] = messages;
  if (!first) return;
  await recordWebhookEvents(
    em,
    first.company.officeId,
    fromOffice ? WebhookEvent.MESSAGE_CREATED : WebhookEvent.QUESTION_RECEIVED,
    messages.map((m) => ({ messageId: m.messageId, companyId: m.company.id })),
  );
}

/** `message.read`: a client user's new receipts of office messages in one company's thread. */
export function recordReadEvents(
  em: EntityManager,
  company: { id: string; officeId: string },
  userId: string,
  receipts: ReadonlyArray<{ message_id: string; read_at: Date | string }>,
): Promise<void> {
  return recordWebhookEvents(
    em,
    company.officeId,
    WebhookEvent.MESSAGE_READ,
    receipts.map((r) => ({
      messageId: r.message_id,
      companyId: company.id,
      userId,
      readAt: new Date(r.read_at).toISOString(),
    })),
  );
}

/** `email.delivery.sent` or `email.delivery.failed`: one company's email reached its final state. */
export function recordEmailDeliveryEvent(
  em: EntityManager,
  delivery: {
    id: string;
    office_id: string;
    broadcast_id: string;
    company_id: string;
    message_id: string;
  },
  status: 'SENT' | 'FAILED',
): Promise<void> {
  return recordWebhookEvents(
    em,
    delivery.office_id,
    status === 'SENT' ? WebhookEvent.EMAIL_DELIVERY_SENT : WebhookEvent.EMAIL_DELIVERY_FAILED,
    [
      {
        deliveryId: delivery.id,
        messageId: delivery.message_id,
        companyId: delivery.company_id,
        broadcastId: delivery.broadcast_id,
      },
    ],
  );
}

/** `email.delivery.failed` for many deliveries at once (an office whose SMTP login is refused). */
export function recordEmailDeliveriesFailed(
  em: EntityManager,
  officeId: string,
  deliveries: readonly WebhookEventData[],
): Promise<void> {
  return recordWebhookEvents(em, officeId, WebhookEvent.EMAIL_DELIVERY_FAILED, deliveries);
}
