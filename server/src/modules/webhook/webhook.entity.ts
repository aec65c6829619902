import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Office } from '../office/office.entity.js';

/** What a webhook may listen to; the POSTed `type` is the dotted lower-case form (see eventType). */
export enum WebhookEvent {
  MESSAGE_CREATED = 'MESSAGE_CREATED',
  MESSAGE_READ = 'MESSAGE_READ',
  MESSAGE_ACKNOWLEDGED = 'MESSAGE_ACKNOWLEDGED',
  EMAIL_DELIVERY_SENT = 'EMAIL_DELIVERY_SENT',
  EMAIL_DELIVERY_FAILED = 'EMAIL_DELIVERY_FAILED',
  QUESTION_RECEIVED = 'QUESTION_RECEIVED',
}
registerEnumType(WebhookEvent, {
  name: 'WebhookEvent',
  valuesConfig: {
    MESSAGE_CREATED: {
      description: '`message.created`: the office wrote to a company (notification, email, reply).',
    },
    MESSAGE_READ: { description: '`message.read`: a client user read a message of the office.' },
    MESSAGE_ACKNOWLEDGED: {
      description: '`message.acknowledged`: a client user confirmed a message that asked for it.',
    },
    EMAIL_DELIVERY_SENT: {
      description: "`email.delivery.sent`: a company's email was accepted by the SMTP server.",
    },
    EMAIL_DELIVERY_FAILED: {
      description: "`email.delivery.failed`: a company's email failed for good.",
    },
    QUESTION_RECEIVED: { description: '`question.received`: a client user wrote to the office.' },
  },
});

/** `MESSAGE_CREATED` → `message.created`: the `type` of a POSTed event. */
export function eventType(event: WebhookEvent): string {
  return event.toLowerCase().replaceAll('_', '.');
}

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  valuesConfig: {
    PENDING: { description: 'Waiting for its turn or for a retry.' },
    DELIVERED: { description: 'The receiver answered 2xx.' },
    FAILED: { description: 'Never delivered: the webhook was disabled after repeated failures.' },
  },
});

/**
 * An office's subscription of a URL to events. The signing secret is sealed with SECRET_KEY and
 * never leaves the server, except once, in the answer of createWebhook.
 */
@ObjectType({ description: 'A webhook of the office: where events are POSTed, signed.' })
@Entity()
@Index({ properties: ['office', 'createdAt'] })
export class Webhook extends BaseEntity<'failureCount'> {
  @ManyToOne(() => Office, { ref: true, deleteRule: 'cascade' })
  office!: Ref<Office>;

  @Field()
  @Property({ type: 'text' })
  url!: string;

  @Field(() => [WebhookEvent])
  @Enum({ items: () => WebhookEvent, array: true, columnType: 'text[]' })
  events!: WebhookEvent[];

  @Property({ type: 'text', hidden: true })
  secretEncrypted!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The signing secret, in the answer of createWebhook only (null everywhere else): keep it then.',
  })
  secret?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Set when repeated failures stopped the webhook; it then gets no more events.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  disabledAt?: Date;

  @Field(() => Int, { description: 'Failed attempts in a row; a delivered event resets it.' })
  @Property({ default: 0 })
  failureCount: number = 0;

  @Field(() => Date, { nullable: true, description: 'The last event the receiver accepted.' })
  @Property({ type: 'timestamptz', nullable: true })
  lastDeliveryAt?: Date;

  /** After a failure, nothing is sent before this (the back-off). */
  @Property({ type: 'timestamptz', nullable: true, hidden: true })
  retryAt?: Date;

  /** The lease of the worker sending this webhook's events: one at a time, in order. */
  @Property({ type: 'timestamptz', nullable: true, hidden: true })
  leaseUntil?: Date;
}

/**
 * One event for one webhook: the outbox row written in the transaction of what happened, then
 * POSTed by the webhook worker. Its id is the event's `id` in the payload.
 */
@ObjectType({ description: 'One event sent (or to be sent) to a webhook.' })
@Entity()
@Index({ properties: ['webhook', 'createdAt', 'id'] })
@Index({
  name: 'webhook_delivery_pending_index',
  expression:
    'create index "webhook_delivery_pending_index" on "webhook_delivery" ("webhook_id", "created_at", "position") where "status" = \'PENDING\'',
})
export class WebhookDelivery extends BaseEntity<'status' | 'attempts'> {
  @ManyToOne(() => Webhook, { ref: true, deleteRule: 'cascade' })
  webhook!: Ref<Webhook>;

  @Field(() => WebhookEvent)
  @Enum({ items: () => WebhookEvent })
  event!: WebhookEvent;

  /** The payload's `data`: ids and a few safe fields, never a message's text. */
  @Property({ type: 'jsonb' })
  data!: Record<string, unknown>;

  /** Order among the events recorded by one statement (they share createdAt). */
  @Property({ default: 0 })
  position!: number;

  @Field(() => WebhookDeliveryStatus)
  @Enum({ items: () => WebhookDeliveryStatus, default: WebhookDeliveryStatus.PENDING })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Field(() => Int, { description: 'POSTs made so far.' })
  @Property({ default: 0 })
  attempts: number = 0;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last attempt.' })
  @Property({ nullable: true })
  responseStatus?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Why the last attempt failed, in a few words (never a body or a secret).',
  })
  @Property({ type: 'text', nullable: true })
  error?: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When a failed event is tried again.' })
  @Property({ type: 'timestamptz', nullable: true })
  nextAttemptAt?: Date;
}
