import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { requireActor } from '../../core/auth-checker.js';
import type { Context } from '../../core/context.js';
import { liveValue, subscribeAll, Topic, type MessageReadPayload } from '../../core/pubsub.js';
import { Role, staffRoles, User } from '../auth/user.entity.js';
import { unreadTopicIds } from '../company/company.policy.js';
import { Message } from '../message/message.entity.js';
import { threadTopics } from '../message/message.resolver.js';
import { UnreadCount } from '../message/message.types.js';
import { ReadReceipt } from './receipt.entity.js';

@Resolver(() => ReadReceipt)
export class ReceiptResolver {
  @Authorized()
  @Query(() => Int, { description: "The viewer's unread messages, in all their companies or in one." })
  unreadCount(@Arg('companyId', () => ID, { nullable: true }) companyId: string | null, @Ctx() context: Context): Promise<number> {
    return context.services.receipts.unreadCount(context, companyId);
  }

  @Authorized(Role.CLIENT, ...staffRoles)
  @Mutation(() => Int, { description: "Marks the viewer's unread messages of the thread as read; returns how many (0 when called again)." })
  markMessagesRead(@Arg('companyId', () => ID) companyId: string, @Ctx() context: Context): Promise<number> {
    return context.services.receipts.markRead(context, companyId);
  }

  @Subscription(() => UnreadCount, {
    description: 'The current unread count at once, then the new value on every change.',
    subscribe: async ({ args, context }) => {
      const actor = requireActor(context);
      const companyId = (args.companyId as string | null | undefined) ?? null;
      if (companyId) await context.services.companies.requireVisible(context, companyId);
      const triggers = subscribeAll(context.services.pubSub, Topic.UnreadChanged, unreadTopicIds(actor));
      return liveValue(
        triggers,
        async () => {
          context.renew();
          // Visibility was checked when subscribing; each change only recounts.
          return { count: await context.services.receipts.countUnread(context, companyId), companyId };
        },
        (event) => !companyId || event.companyIds.includes(companyId),
      );
    },
  })
  unreadCountChanged(@Root() count: UnreadCount, @Arg('companyId', () => ID, { nullable: true }) _companyId: string | null): UnreadCount {
    return count;
  }

  @Subscription(() => ReadReceipt, {
    description: 'Receipts as messages of one thread, or of every thread the viewer sees, are read.',
    subscribe: async (data) => subscribeAll(data.context.services.pubSub, Topic.MessageRead, await threadTopics(data)),
  })
  messageRead(
    @Root() payload: MessageReadPayload,
    @Arg('companyId', () => ID, { nullable: true }) _companyId: string | null,
    @Ctx() context: Context,
  ): ReadReceipt {
    context.renew();
    return context.em.create(
      ReadReceipt,
      { message: payload.messageId, user: payload.userId, readAt: new Date(payload.readAt) },
      { persist: false },
    );
  }

  @FieldResolver(() => Message)
  message(@Root() receipt: ReadReceipt, @Ctx() { loaders }: Context): Promise<Message | null> {
    return loaders.message.load(receipt.message.id);
  }

  @FieldResolver(() => User)
  user(@Root() receipt: ReadReceipt, @Ctx() { loaders }: Context): Promise<User | null> {
    return loaders.user.load(receipt.user.id);
  }
}
