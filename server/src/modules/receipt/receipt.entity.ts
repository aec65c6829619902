import { Entity, Index, ManyToOne, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Message } from '../message/message.entity.js';

/** Who read which message and when; unique per (message, user), so marking read is idempotent. */
@ObjectType()
@Entity()
export class ReadReceipt {
  [PrimaryKeyProp]?: ['message', 'user'];

  @ManyToOne(() => Message, { primary: true, ref: true, deleteRule: 'cascade' })
  message!: Ref<Message>;

  @Index()
  @ManyToOne(() => User, { primary: true, ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  readAt: Date = new Date();
}
