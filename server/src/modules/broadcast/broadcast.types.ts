import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../core/pagination.js';
import { User } from '../auth/user.entity.js';
import { DeliveryStatus } from '../email/email-delivery.entity.js';
import { StoredFile } from '../file/file.entity.js';
import { Broadcast } from './broadcast.entity.js';

export const MAX_BROADCAST_COMPANIES = 10_000;

/** A company reminded of a broadcast is not reminded of it again within this many minutes. */
export const REMINDER_COOLDOWN_MINUTES = 60;

@InputType()
export class SendBulkNotificationInput {
  @Field(() => [ID], {
    description: `The ticked companies, 1 to ${MAX_BROADCAST_COMPANIES}; each gets its own message.`,
  })
  companyIds!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Plain text (placeholders allowed). One of body, html or templateId is required; html, when given, takes precedence.',
  })
  body?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "One line; overrides the template's. Placeholders allowed.",
  })
  subject?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "From the rich-text editor, sanitized as an email's; the plain body is derived from it. Overrides the template's.",
  })
  html?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A NOTIFICATION template of the office; explicit subject and html take precedence over its own. Its placeholders are filled for each company; a placeholder without a value and without a fallback for some companies refuses the send (BAD_USER_INPUT, reasons MISSING_PLACEHOLDER_VALUES, extensions.missing and missingCount).',
  })
  templateId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '"YYYY-MM" or "YYYY": what {{okres}} says, and whose declarations {{deklaracja.*}} read.',
  })
  period?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Ids from POST /uploads by the same user, shared by the recipients.',
  })
  attachmentIds?: string[];
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
      'Acknowledgments (requireAcknowledgment) come in a later release; until then no recipient has acknowledged, so true matches none and false matches every one.',
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
}

export const BroadcastRecipientConnection = Connection(BroadcastRecipient, 'BroadcastRecipient');
