import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../auth/user.entity.js';
import { MessageKind } from '../message/message.entity.js';
import { Office } from '../office/office.entity.js';

/**
 * Where a broadcast is in its life. Today every broadcast is SENT when it is created; SCHEDULED
 * (sendAt), CANCELLED and RECALLED come with scheduling and recall.
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
    'SCHEDULED: waits for its sendAt; SENT: delivered to the threads; CANCELLED: a scheduled one stopped; RECALLED: withdrawn after sending. Until scheduling and recall exist, every broadcast is SENT.',
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
@Index({
  name: 'broadcast_author_created_idx',
  expression:
    'create index "broadcast_author_created_idx" on "broadcast" ("author_id", "created_at" desc, "id" desc)',
})
export class Broadcast extends BaseEntity<'queuedCount' | 'sentCount' | 'failedCount' | 'status'> {
  @Index()
  @ManyToOne(() => Office, { ref: true })
  office!: Ref<Office>;

  @ManyToOne(() => User, { ref: true })
  author!: Ref<User>;

  @Field(() => BroadcastStatus, {
    description:
      'SENT for every broadcast today; SCHEDULED, CANCELLED and RECALLED come with scheduling and recall.',
  })
  @Enum({ items: () => BroadcastStatus, default: BroadcastStatus.SENT })
  status: BroadcastStatus = BroadcastStatus.SENT;

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
