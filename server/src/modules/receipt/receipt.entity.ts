import { BigIntType, Entity, Index, ManyToOne, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Company } from '../company/company.entity.js';
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

/**
 * A client user's count of unread office messages per company, kept in step with messages and
 * receipts in the same transactions, so badges never count rows.
 */
@Entity()
export class ClientUnread {
  [PrimaryKeyProp]?: ['user', 'company'];

  @ManyToOne(() => User, { primary: true, ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @ManyToOne(() => Company, { primary: true, ref: true, deleteRule: 'cascade' })
  company!: Ref<Company>;

  @Property({ default: 0 })
  count: number = 0;

  /** Grows with every change of count, so live subscribers keep the newest whatever the order of events. */
  @Property({ type: new BigIntType('number'), default: 0 })
  version: number = 0;
}
