import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Broadcast } from '../broadcast/broadcast.entity.js';
import { Company } from '../company/company.entity.js';
import { Message } from '../message/message.entity.js';

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
export class EmailDelivery extends BaseEntity<'status' | 'attempts'> {
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

  @Field(() => Int)
  @Property({ default: 0 })
  attempts: number = 0;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lastError?: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date;

  /** The Message-ID header, the same on every attempt. */
  @Property({ nullable: true })
  smtpMessageId?: string;
}
