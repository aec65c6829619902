import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { NotFoundError } from '../../core/errors.js';
import { CurrentHead, type HeadContext } from '../../core/scope.js';
import { User } from '../auth/user.entity.js';
import { ApiToken } from './api-token.entity.js';
import { CreateApiTokenInput, CreatedApiToken } from './api-token.types.js';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => [ApiToken], { description: "The office's API tokens, newest first (heads)." })
  apiTokens(@CurrentHead() context: HeadContext): Promise<ApiToken[]> {
    return context.services.apiTokens.list(context);
  }

  @Mutation(() => CreatedApiToken, {
    description: 'A token for a third-party app (heads); its secret is shown in this answer only.',
  })
  createApiToken(
    @Arg('input') input: CreateApiTokenInput,
    @CurrentHead() context: HeadContext,
  ): Promise<CreatedApiToken> {
    return context.services.apiTokens.create(context, input);
  }

  @Mutation(() => ApiToken, { description: 'Ends a token at once, its open sockets too (heads).' })
  revokeApiToken(
    @Arg('id', () => ID) id: string,
    @CurrentHead() context: HeadContext,
  ): Promise<ApiToken> {
    return context.services.apiTokens.revoke(context, id);
  }

  @FieldResolver(() => User, { description: 'The head who made the token.' })
  async createdBy(@Root() token: ApiToken, @Ctx() { loaders }: Context): Promise<User> {
    // A user's tokens go with the user (on delete cascade).
    const user = await loaders.user.load(token.createdBy.id);
    if (!user) throw new NotFoundError('User', token.createdBy.id);
    return user;
  }
}
