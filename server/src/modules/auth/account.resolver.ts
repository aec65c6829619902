import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import {
  type ActorContext,
  CurrentActor,
  CurrentHead,
  type HeadContext,
} from '../../core/scope.js';
import { SessionInfo, UpdateMyAccountInput } from './account.types.js';
import { AuthPayload } from './auth.resolver.js';
import { User } from './user.entity.js';

@Resolver()
export class AccountResolver {
  @Mutation(() => Boolean, {
    description:
      'Mails a single-use link to set a new password (valid 1 hour) if the email has an account. Always true.',
  })
  requestPasswordReset(@Arg('email') email: string, @Ctx() context: Context): Promise<boolean> {
    return context.services.accounts.requestPasswordReset(email, context.clientAddress);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Sets a new password with the token of a reset link and logs in; every other session ends.',
  })
  async resetPassword(
    @Arg('token') token: string,
    @Arg('password') password: string,
    @Ctx() context: Context,
  ): Promise<AuthPayload> {
    const payload = await context.services.accounts.resetPassword(
      context.em,
      token,
      password,
      context.userAgent,
    );
    context.actor = await context.services.auth.authenticate(context.em, payload.token);
    return payload;
  }

  @Mutation(() => Boolean, { description: 'Every other session of yours ends.' })
  changePassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @CurrentActor() context: ActorContext,
  ): Promise<boolean> {
    return context.services.accounts.changePassword(
      context,
      currentPassword,
      newPassword,
      context.clientAddress,
    );
  }

  @Mutation(() => User, { description: 'Your name and language; the answer is you.' })
  updateMyAccount(
    @Arg('input') input: UpdateMyAccountInput,
    @CurrentActor() context: ActorContext,
  ): Promise<User> {
    return context.services.accounts.updateMyAccount(context, input);
  }

  @Query(() => [SessionInfo], { description: 'Your live sessions, the most recently used first.' })
  mySessions(@CurrentActor() context: ActorContext): Promise<SessionInfo[]> {
    return context.services.accounts.mySessions(context);
  }

  @Mutation(() => Boolean, { description: 'Ends one of your sessions and closes its sockets.' })
  revokeSession(
    @Arg('id', () => ID) id: string,
    @CurrentActor() context: ActorContext,
  ): Promise<boolean> {
    return context.services.accounts.revokeSession(context, id);
  }

  @Mutation(() => User, {
    description:
      'Office heads: a person of the office can no longer log in; their sessions end at once, their messages stay.',
  })
  deactivateUser(
    @Arg('id', () => ID) id: string,
    @CurrentHead() context: HeadContext,
  ): Promise<User> {
    return context.services.accounts.deactivateUser(context, id);
  }
}
