import { Field, ID, InputType } from 'type-graphql';

export const MAX_BROADCAST_COMPANIES = 10_000;

@InputType()
export class SendBulkNotificationInput {
  @Field(() => [ID], {
    description: `The ticked companies, 1 to ${MAX_BROADCAST_COMPANIES}; each gets its own message.`,
  })
  companyIds!: string[];

  @Field()
  body!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Ids from POST /uploads by the same user, shared by the recipients.',
  })
  attachmentIds?: string[];
}
