import { Entity, Enum, ManyToOne, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { User } from '../auth/user.entity.js';

/** When a client user hears by email of the office's new messages they have not read. */
export enum NewMessagesAlert {
  IMMEDIATE = 'IMMEDIATE',
  DAILY_DIGEST = 'DAILY_DIGEST',
  NEVER = 'NEVER',
}
registerEnumType(NewMessagesAlert, {
  name: 'NewMessagesAlert',
  description:
    'IMMEDIATE: an email when an office message stays unread ALERT_DELAY_SECONDS (at most one per 10 minutes); DAILY_DIGEST: one email at 7:00 Europe/Warsaw; NEVER: none.',
  valuesConfig: {
    IMMEDIATE: { description: 'An email soon after a message stays unread (the default).' },
    DAILY_DIGEST: { description: 'One email a day at 7:00 Europe/Warsaw.' },
    NEVER: { description: 'No emails about new messages.' },
  },
});

/**
 * A client user's email alert preference and where their alerts stand. A user without a row wants
 * IMMEDIATE alerts about messages newer than their account. Written by the sweep (set-based) and by
 * the preference mutations.
 */
@Entity()
export class AlertState {
  [PrimaryKeyProp]?: 'user';

  @ManyToOne(() => User, { primary: true, ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Enum({ items: () => NewMessagesAlert, default: NewMessagesAlert.IMMEDIATE })
  newMessages: NewMessagesAlert = NewMessagesAlert.IMMEDIATE;

  /** When the preference last changed: a digest chosen after 7:00 starts the next day. */
  @Property({ type: 'timestamptz', nullable: true })
  preferenceChangedAt?: Date;

  /** Messages that arrived up to this time were alerted, or passed over (NEVER, read). */
  @Property({ type: 'timestamptz', nullable: true })
  alertedThrough?: Date;

  /** The last alert or digest queued for this user: the 10-minute throttle counts from it. */
  @Property({ type: 'timestamptz', nullable: true })
  lastAlertAt?: Date;

  /** What that alert said: per company, its name, its office's and the unread messages counted. */
  @Property({ type: 'jsonb', nullable: true })
  lastAlert?: Array<{ companyId: string; companyName: string; officeName: string; count: number }>;
}
