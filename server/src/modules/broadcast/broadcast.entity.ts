import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../auth/user.entity.js';
import { MessageKind } from '../message/message.entity.js';
import { Office } from '../office/office.entity.js';

/** One send to many companies: each company still gets its own message row. */
@ObjectType()
@Entity()
@Unique({ properties: ['office', 'idempotencyKey'] })
export class Broadcast extends BaseEntity<'queuedCount' | 'sentCount' | 'failedCount'> {
  @Index()
  @ManyToOne(() => Office, { ref: true })
  office!: Ref<Office>;

  @ManyToOne(() => User, { ref: true })
  author!: Ref<User>;

  @Field(() => MessageKind)
  @Enum({ items: () => MessageKind })
  kind!: MessageKind;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  subject?: string;

  @Property({ type: 'text' })
  body!: string;

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
