import { Field, ID, ObjectType } from 'type-graphql';

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
