import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { CurrentMember, type MemberContext } from '../../core/scope.js';
import { User } from '../auth/user.entity.js';
import {
  NotificationPreferences,
  NotificationPreferencesInput,
  NotificationPreferencesLink,
} from './alert.types.js';

@Resolver(() => User)
export class AlertResolver {
  @FieldResolver(() => NotificationPreferences, {
    nullable: true,
    description:
      'Your own email alert preferences, if you are a client user; null for anyone else.',
  })
  notificationPreferences(
    @Root() user: User,
    @Ctx() context: Context,
  ): Promise<NotificationPreferences | null> {
    return context.services.alerts.preferencesOf(context, user);
  }

  @Mutation(() => User, {
    description:
      'Client users: when to be emailed about the office’s messages left unread. The answer is you. Staff: FORBIDDEN.',
  })
  updateNotificationPreferences(
    @Arg('input') input: NotificationPreferencesInput,
    @CurrentMember() context: MemberContext,
  ): Promise<User> {
    return context.services.alerts.updatePreferences(context, input);
  }

  @Query(() => NotificationPreferencesLink, {
    nullable: true,
    description:
      'Without a login: what the preferences link of an alert email names; null when the link is not valid.',
  })
  notificationPreferencesLink(
    @Arg('token') token: string,
    @Ctx() context: Context,
  ): Promise<NotificationPreferencesLink | null> {
    return context.services.alerts.linkPreview(context.em, token);
  }

  @Mutation(() => NotificationPreferencesLink, {
    description:
      'Without a login: sets the preference of the person an alert email went to, by its link. A link that is not valid: BAD_USER_INPUT, nothing changes.',
  })
  updateNotificationPreferencesByLink(
    @Arg('token') token: string,
    @Arg('input') input: NotificationPreferencesInput,
    @Ctx() context: Context,
  ): Promise<NotificationPreferencesLink> {
    return context.services.alerts.updateByLink(context.em, token, input.newMessages);
  }
}
