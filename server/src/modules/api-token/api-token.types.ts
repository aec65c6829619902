import { Field, InputType, ObjectType } from 'type-graphql';
import { ApiScope, ApiToken } from './api-token.entity.js';

export const API_TOKEN_NAME_MAX = 100;
/** The latest expiry a token may be given, from now. */
export const API_TOKEN_MAX_DAYS = 731;

@InputType()
export class CreateApiTokenInput {
  @Field({ description: `1 to ${API_TOKEN_NAME_MAX} characters.` })
  name!: string;

  @Field(() => [ApiScope])
  scopes!: ApiScope[];

  @Field(() => Date, {
    nullable: true,
    description: 'In the future and at most two years ahead; none: valid until revoked.',
  })
  expiresAt?: Date | null;
}

@ObjectType()
export class CreatedApiToken {
  @Field({
    description: 'The secret, `lp_…`, shown this once: send it as `Authorization: Bearer <token>`.',
  })
  token!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}
