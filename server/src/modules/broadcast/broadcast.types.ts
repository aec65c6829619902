import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../core/pagination.js';
import { User } from '../auth/user.entity.js';
import { DeliveryStatus } from '../email/email-delivery.entity.js';
import { StoredFile } from '../file/file.entity.js';
import { MessageTextInput } from '../template/template.types.js';
import { Broadcast } from './broadcast.entity.js';
import { SEND_AT_DESCRIPTION } from './broadcast.timing.js';

export const MAX_BROADCAST_COMPANIES = 10_000;

/** A company reminded of a broadcast is not reminded of it again within this many minutes. */
export const REMINDER_COOLDOWN_MINUTES = 60;

/** Which companies of a broadcast a reminder (remindUnread) goes to. */
export enum ReminderTarget {
  UNREAD = 'UNREAD',
  UNACKNOWLEDGED = 'UNACKNOWLEDGED',
}
registerEnumType(ReminderTarget, {
  name: 'ReminderTarget',
  description:
    'UNREAD: the companies where no client user has read the message; UNACKNOWLEDGED: those where none confirmed its receipt (a broadcast sent with requireAcknowledgment).',
});

@InputType()
export class SendBulkNotificationInput extends MessageTextInput {
  @Field(() => [ID], {
    description: `The ticked companies, 1 to ${MAX_BROADCAST_COMPANIES}; each gets its own message.`,
  })
  companyIds!: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Ids from POST /uploads by the same user, shared by the recipients.',
  })
  attachmentIds?: string[];

  @Field(() => Date, { nullable: true, description: SEND_AT_DESCRIPTION })
  sendAt?: Date | null;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      "Asks each company's client users to confirm receipt (acknowledgeMessage); the report shows who did.",
  })
  requireAcknowledgment?: boolean | null;
}

export const BroadcastConnection = Connection(Broadcast, 'Broadcast');

@InputType({
  description: 'Conditions on the recipients of a broadcast; given ones all hold (AND).',
})
export class BroadcastRecipientFilter {
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: a client user of the company has read the message; false: none has.',
  })
  read?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: a client user of the company confirmed receipt (acknowledgeMessage); false: none did (also when the broadcast did not ask for it).',
  })
  acknowledged?: boolean | null;

  @Field(() => DeliveryStatus, {
    nullable: true,
    description: 'Email broadcasts: the state of the email to the company (e.g. FAILED).',
  })
  emailStatus?: DeliveryStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: a client user of the company downloaded at least one of its attachments or printouts; false: none did (or it had none).',
  })
  downloaded?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: a client wrote in the company thread after the broadcast reached it.',
  })
  replied?: boolean | null;
}

/** A client user's first download of one attachment or printout of the recipient's message. */
@ObjectType()
export class RecipientDownload {
  @Field(() => StoredFile)
  file!: StoredFile;

  @Field(() => User)
  user!: User;

  @Field(() => Date)
  downloadedAt!: Date;
}

/** One company a broadcast went to, with what became of its message. */
@ObjectType({
  description:
    'One company of a broadcast: who of its client users read the message and when, the email state, downloads and whether a client replied after it.',
})
export class BroadcastRecipient {
  messageId!: string;
  companyId!: string;
  /** For the cursor: the company's name as the rows are ordered. */
  companyName!: string;
  companyNip!: string;

  @Field(() => Boolean, { description: 'A client user of the company has read the message.' })
  read!: boolean;

  @Field(() => Date, { nullable: true, description: 'When a client user first read it.' })
  firstReadAt!: Date | null;

  /** Client users' reads of the message, first first: `reads` in GraphQL. */
  readRows!: Array<{ userId: string; readAt: Date }>;

  @Field(() => DeliveryStatus, {
    nullable: true,
    description: 'Email broadcasts: the state of the email; null for notifications.',
  })
  emailStatus!: DeliveryStatus | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Why the email's last attempt failed, in words without the server's own text or any address.",
  })
  emailError!: string | null;

  @Field(() => Int, { description: 'Attachments and printouts the message carries.' })
  attachmentCount!: number;

  /** First downloads by client users of the company: `downloads` in GraphQL. */
  downloadRows!: Array<{ fileId: string; userId: string; downloadedAt: Date }>;

  @Field(() => Date, {
    nullable: true,
    description: 'When a client first wrote in the company thread after the message; null if not.',
  })
  repliedAt!: Date | null;

  @Field(() => Boolean, {
    description:
      'The broadcast was recalled before any client user of the company read it: its clients no longer see it. false for a message read before the recall (it stays).',
  })
  recalled!: boolean;
  @Field(() => Date, {
    nullable: true,
    description: 'When a client user of the company confirmed receipt; null if none did.',
  })
  acknowledgedAt!: Date | null;

  /** Who confirmed receipt: `acknowledgedBy` in GraphQL. */
  acknowledgedById!: string | null;
}

export const BroadcastRecipientConnection = Connection(BroadcastRecipient, 'BroadcastRecipient');
