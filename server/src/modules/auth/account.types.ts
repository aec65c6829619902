import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Language } from './user.entity.js';

/** One login of the user's, as `mySessions` lists it; its token is never shown again. */
@ObjectType('Session', {
  description: 'A login of yours (`mySessions`); end it with `revokeSession`.',
})
export class SessionInfo {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { description: 'Recorded to the minute.' })
  lastUsedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The User-Agent it logged in with.' })
  userAgent!: string | null;

  @Field({ description: 'The session of this request.' })
  current!: boolean;
}

@InputType({ description: 'Your own name and language; a field left out stays as it is.' })
export class UpdateMyAccountInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Language, {
    nullable: true,
    description: "The language of Ledgerpost's emails to you (the web client follows it too).",
  })
  language?: Language | null;
}
