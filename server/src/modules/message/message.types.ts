import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../core/pagination.js';
import type { Company } from '../company/company.entity.js';
import { Message } from './message.entity.js';

export const MAX_BODY_LENGTH = 10_000;
export const MAX_ATTACHMENTS = 10;

@InputType()
export class SendMessageInput {
  @Field(() => ID)
  companyId!: string;

  @Field()
  body!: string;

  @Field(() => [ID], { nullable: true, description: 'Ids from POST /uploads by the same user.' })
  attachmentIds?: string[];
}

export const MessageConnection = Connection(Message, 'Message');

/** The longest inbox search term accepted. */
export const MAX_INBOX_SEARCH = 200;

/** Where a conversation stands for the office. */
export enum ConversationStatus {
  /** The client wrote last: the office owes an answer. */
  AWAITING_REPLY = 'AWAITING_REPLY',
  /** The office replied last. */
  ANSWERED = 'ANSWERED',
  /** Marked answered by the office without a reply; the client's next message opens it again. */
  CLOSED = 'CLOSED',
}
registerEnumType(ConversationStatus, {
  name: 'ConversationStatus',
  description: 'Where a conversation stands: awaiting the office, answered, or closed.',
});

/** One company's thread as the office inbox lists it. */
@ObjectType()
export class Conversation {
  company!: Company;

  @Field(() => Date, {
    description: 'When the latest question or reply of the thread was written.',
  })
  lastActivityAt!: Date;

  @Field(() => ConversationStatus)
  status!: ConversationStatus;

  @Field(() => Date, {
    nullable: true,
    description: 'Since when the client waits for an answer (the first unanswered message).',
  })
  awaitingReplySince!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the office closed it, if it is closed.' })
  closedAt!: Date | null;
}

/** A company's row seen as its conversation. */
export function conversationOf(company: Company): Conversation {
  const awaitingReplySince = company.awaitingReplySince ?? null;
  const closedAt = company.conversationClosedAt ?? null;
  return {
    company,
    lastActivityAt: company.lastMessageAt ?? company.createdAt,
    status: closedAt
      ? ConversationStatus.CLOSED
      : awaitingReplySince
        ? ConversationStatus.AWAITING_REPLY
        : ConversationStatus.ANSWERED,
    awaitingReplySince,
    closedAt,
  };
}

export const ConversationConnection = Connection(Conversation, 'Conversation');

@ObjectType()
export class UnreadCount {
  @Field(() => Int)
  count!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The company counted, or null for all of the viewer\u2019s companies.',
  })
  companyId!: string | null;
}
