import { Entity, Index, ManyToOne, OneToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../auth/user.entity.js';
import { Declaration } from '../bookkeeping/bookkeeping.entity.js';
import { Broadcast } from '../broadcast/broadcast.entity.js';
import { Message } from '../message/message.entity.js';
import { Office } from '../office/office.entity.js';
import { MessageTemplate } from '../template/template.entity.js';

/** Where a broadcast came from: staff sending it, or the office's deadline reminder rule. */
export enum BroadcastOrigin {
  MANUAL = 'MANUAL',
  DEADLINE_REMINDER = 'DEADLINE_REMINDER',
}
registerEnumType(BroadcastOrigin, {
  name: 'BroadcastOrigin',
  description:
    'MANUAL: sent by office staff; DEADLINE_REMINDER: sent by the office’s deadline reminder rule.',
});

/**
 * An office's rule for reminding companies of their declarations' due dates: on the day
 * `daysBefore` days before the due date, at or after `hour` o'clock in Europe/Warsaw, each company
 * gets its own notification, once per declaration. One per office; set by its heads.
 */
@ObjectType()
@Entity()
export class DeadlineReminderRule extends BaseEntity {
  @OneToOne(() => Office, { owner: true, ref: true, unique: true, deleteRule: 'cascade' })
  office!: Ref<Office>;

  @Field({ description: 'Whether reminders go out; a rule switched off keeps its settings.' })
  @Property()
  enabled!: boolean;

  @Field(() => Int, { description: 'How many days before the due date (0: on the day itself).' })
  @Property({ type: 'smallint' })
  daysBefore!: number;

  @Field(() => Int, { description: 'From this hour (0-23, Europe/Warsaw) on that day.' })
  @Property({ type: 'smallint' })
  hour!: number;

  /** The NOTIFICATION template the reminders are filled from; none (or deleted): the built-in text. */
  @ManyToOne(() => MessageTemplate, { ref: true, nullable: true, deleteRule: 'set null' })
  template?: Ref<MessageTemplate> | null;

  /** The head who last saved the rule: the author of its reminders while an active head. */
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  setBy!: Ref<User>;
}

/**
 * The ledger of deadline reminders: one row per declaration ever reminded of (or skipped, with the
 * reason), inserted in the transaction of the messages it stands for. Its unique declaration is
 * what makes a reminder go out once, whatever the number of runs, retries or processes.
 */
@Entity()
export class DeadlineReminder extends BaseEntity {
  @OneToOne(() => Declaration, { owner: true, ref: true, unique: true, deleteRule: 'cascade' })
  declaration!: Ref<Declaration>;

  @Index()
  @ManyToOne(() => Office, { ref: true, deleteRule: 'cascade' })
  office!: Ref<Office>;

  /** The broadcast that carried it; none when it was skipped. */
  @Index()
  @ManyToOne(() => Broadcast, { ref: true, nullable: true, deleteRule: 'set null' })
  broadcast?: Ref<Broadcast> | null;

  @ManyToOne(() => Message, { ref: true, nullable: true, deleteRule: 'set null' })
  message?: Ref<Message> | null;

  /** Why no message went out (e.g. a placeholder without a value); null when one did. */
  @Property({ type: 'text', nullable: true })
  skippedReason?: string | null;
}
