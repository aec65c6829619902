import { Entity, ManyToOne, Property, Enum, Index, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../auth/user.entity.js';
import { MessageKind } from '../message/message.entity.js';
import { Office } from '../office/office.entity.js';

/** One send to many companies: each company still gets its own message row. */
@ObjectType()
@Entity()
export class Broadcast extends BaseEntity<'queuedCount' | 'sentCount' | 'failedCount'> {
  @Index()
  @ManyToOne(() => Office, { ref: true })
  office!: Ref<Office>;

  @ManyToOne(() => User, { ref: true })
  author!: Ref<User>;

  @Field(() => MessageKind)
  @Enum({ items: () => MessageKind })
  kind!: MessageKind;

  @Property({ nullable: true })
  subject?: string;

  @Property({ type: 'text' })
  body!: string;

  @Field(() => Int)
  @Property()
  recipientCount!: number;

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
