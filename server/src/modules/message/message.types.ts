import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
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

/** One company's thread as the office inbox lists it. */
@ObjectType()
export class Conversation {
  company!: Company;

  @Field(() => Date, { description: 'When the latest message of the thread was written.' })
  lastActivityAt!: Date;
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
