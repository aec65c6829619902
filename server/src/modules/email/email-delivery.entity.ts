import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Broadcast } from '../broadcast/broadcast.entity.js';
import { Company } from '../company/company.entity.js';
import { Message } from '../message/message.entity.js';
import type { PrintoutKind } from '../printout/printout.kind.js';

export enum DeliveryStatus {
  QUEUED = 'QUEUED',
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });

/** One email to one company: its state through the queue and the office's SMTP server. */
@ObjectType()
@Entity()
@Unique({ properties: ['broadcast', 'company'] })
export class EmailDelivery extends BaseEntity<'status' | 'attempts' | 'printouts'> {
  @ManyToOne(() => Broadcast, { ref: true, deleteRule: 'cascade' })
  broadcast!: Ref<Broadcast>;

  @Index()
  @ManyToOne(() => Company, { ref: true, deleteRule: 'cascade' })
  company!: Ref<Company>;

  @ManyToOne(() => Message, { ref: true, deleteRule: 'cascade' })
  message!: Ref<Message>;

  /** The company's account address at the time of sending. */
  @Field()
  @Property()
  toAddress!: string;

  @Field(() => DeliveryStatus)
  @Enum({ items: () => DeliveryStatus, default: DeliveryStatus.QUEUED })
  status: DeliveryStatus = DeliveryStatus.QUEUED;

  /** SMTP transactions started for it, retries included; in GraphQL for staff only (EmailDeliveryResolver). */
  @Property({ default: 0 })
  attempts: number = 0;

  /** Why the last attempt failed, in words without the server's own text or any address (smtp.ts). Staff only. */
  @Property({ type: 'text', nullable: true })
  lastError?: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date;

  /** The Message-ID header, the same on every attempt. */
  @Property({ nullable: true })
  smtpMessageId?: string;

  /** The printouts that apply to this company, made by the worker before the first attempt. */
  /**
   * The company's own HTML when the email was written from placeholders (template.render.ts);
   * null: the broadcast's HTML, the same for every company.
   */
  @Property({ type: 'text', nullable: true })
  html?: string | null;

  @Property({ type: 'jsonb', default: '[]' })
  printouts: Array<{ kind: PrintoutKind; period: string }> = [];

  /** The claim of the worker sending it: only its holder may record an outcome. */
  @Property({ type: 'uuid', nullable: true })
  leaseToken?: string;

  /** Until then a SENDING delivery is its worker's; after, any worker may take it over. */
  @Property({ type: 'timestamptz', nullable: true })
  leaseUntil?: Date;
}
