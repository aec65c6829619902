import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../auth/user.entity.js';
import { MessageKind } from '../message/message.entity.js';
import { Office } from '../office/office.entity.js';

/**
 * Where a broadcast is in its life: SCHEDULED until its sendAt (then SENT, or CANCELLED when the
 * send was stopped or could no longer go), SENT at once without a sendAt, RECALLED once withdrawn.
 */
export enum BroadcastStatus {
  SCHEDULED = 'SCHEDULED',
  SENT = 'SENT',
  CANCELLED = 'CANCELLED',
  RECALLED = 'RECALLED',
}
registerEnumType(BroadcastStatus, {
  name: 'BroadcastStatus',
  description:
    'SCHEDULED: waits for its sendAt; SENT: delivered to the threads; CANCELLED: a scheduled one stopped (cancelBroadcast) or found unable to go when it was due (cancelReason); RECALLED: a sent notification withdrawn (recallBroadcast) from the companies where no client had read it.',
});

/** Why a scheduled broadcast was cancelled: by a person, or by the check it gets when it is due. */
export enum BroadcastCancelReason {
  BY_USER = 'BY_USER',
  AUTHOR_DEACTIVATED = 'AUTHOR_DEACTIVATED',
  NO_RECIPIENTS = 'NO_RECIPIENTS',
  OFFICE_NOT_VERIFIED = 'OFFICE_NOT_VERIFIED',
  SMTP_NOT_CONFIGURED = 'SMTP_NOT_CONFIGURED',
  REQUEST_INVALID = 'REQUEST_INVALID',
  SEND_FAILED = 'SEND_FAILED',
}
registerEnumType(BroadcastCancelReason, {
  name: 'BroadcastCancelReason',
  description:
    'BY_USER: cancelBroadcast; when it was due: AUTHOR_DEACTIVATED (the author can no longer send), NO_RECIPIENTS (every company archived or no longer the author’s), OFFICE_NOT_VERIFIED or SMTP_NOT_CONFIGURED (email), REQUEST_INVALID (the request no longer passes the checks of a send, e.g. an attachment or template gone), SEND_FAILED (it kept failing and was given up).',
});

/** One send to many companies: each company still gets its own message row. */
@ObjectType()
@Entity()
@Unique({ properties: ['office', 'idempotencyKey'] })
// The "Sent" list, newest first: the head's by office, a caretaker's by author (of one office).
@Index({
  name: 'broadcast_office_created_idx',
  expression:
    'create index "broadcast_office_created_idx" on "broadcast" ("office_id", "created_at" desc, "id" desc)',
})
// Scheduled sends are few: the orphan sweep and the attachment check look among them only.
@Index({
  name: 'broadcast_scheduled_idx',
  expression:
    'create index "broadcast_scheduled_idx" on "broadcast" ("send_at") where "status" = \'SCHEDULED\'',
})
@Index({
  name: 'broadcast_author_created_idx',
  expression:
    'create index "broadcast_author_created_idx" on "broadcast" ("author_id", "created_at" desc, "id" desc)',
})
export class Broadcast extends BaseEntity<
  'queuedCount' | 'sentCount' | 'failedCount' | 'status' | 'requireAcknowledgment'
> {
  @Index()
  @ManyToOne(() => Office, { ref: true })
  office!: Ref<Office>;

  @ManyToOne(() => User, { ref: true })
  author!: Ref<User>;

  @Field(() => BroadcastStatus, {
    description: 'SCHEDULED until sendAt, then SENT (or CANCELLED); RECALLED once withdrawn.',
  })
  @Enum({ items: () => BroadcastStatus, default: BroadcastStatus.SENT })
  status: BroadcastStatus = BroadcastStatus.SENT;

  @Field(() => Date, {
    nullable: true,
    description:
      'When a scheduled send is due (it goes within seconds after); null for a send that went at once.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  sendAt?: Date;

  /**
   * A scheduled send's request as it was checked, without sendAt: the job sends it through the same
   * path as an immediate send, checked again for the author as they are then.
   */
  @Property({ type: 'jsonb', nullable: true })
  request?: Record<string, unknown>;

  @Field(() => Date, { nullable: true, description: 'When it became CANCELLED.' })
  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt?: Date;

  @Field(() => BroadcastCancelReason, { nullable: true, description: 'Why it is CANCELLED.' })
  @Enum({ items: () => BroadcastCancelReason, nullable: true })
  cancelReason?: BroadcastCancelReason;

  @Field(() => Date, { nullable: true, description: 'When it was recalled (RECALLED).' })
  @Property({ type: 'timestamptz', nullable: true })
  recalledAt?: Date;

  /** For a reminder (remindUnread): the broadcast it follows up. */
  @Index()
  @ManyToOne(() => Broadcast, { ref: true, nullable: true, deleteRule: 'set null' })
  remindsOf?: Ref<Broadcast>;

  @Field(() => MessageKind)
  @Enum({ items: () => MessageKind })
  kind!: MessageKind;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  subject?: string;

  @Property({ type: 'text' })
  body!: string;

  /**
   * A notification's sanitized HTML as written (placeholders unfilled; each message holds its
   * company's rendering); null for plain-text notifications and for emails, whose body is the HTML.
   */
  @Property({ type: 'text', nullable: true })
  html?: string | null;

  @Field(() => Int)
  @Property()
  recipientCount!: number;

  /** Each company's client users are asked to confirm receipt (acknowledgeMessage). */
  @Field(() => Boolean, {
    description: 'The clients are asked to confirm receipt of the message (acknowledgeMessage).',
  })
  @Property({ default: false })
  requireAcknowledgment: boolean = false;

  /** A retried sendEmail with the same key returns this broadcast instead of sending again. */
  @Property({ nullable: true, length: 200 })
  idempotencyKey?: string;

  @Field(() => Int)
  @Property({ default: 0 })
  queuedCount: number = 0;

  @Field(() => Int)
  @Property({ default: 0 })
  sentCount: number = 0;

  @Field(() => Int)
  @Property({ default: 0 })
  failedCount: number = 0;
}
