import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  type SubscribeResolverData,
  Subscription,
} from 'type-graphql';
import type { Context } from '../../core/context.js';
import {
  type Delivered,
  delivered,
  RESYNC_NOTE,
  type ResyncSignal,
} from '../../core/live-stream.js';
import { type MessageReadItem, Topic } from '../../core/pubsub.js';
import {
  type ActorContext,
  CurrentActor,
  CurrentMember,
  type MemberContext,
  requireActorScope,
} from '../../core/scope.js';
import { User } from '../auth/user.entity.js';
import { Message } from '../message/message.entity.js';
import { UnreadCount } from '../message/message.types.js';
import { ReadReceipt } from './receipt.entity.js';

/** The arguments of a subscription to one company or, without `companyId`, to all the viewer sees. */
type CompanySubscription = SubscribeResolverData<unknown, { companyId?: string | null }, Context>;

@Resolver(() => ReadReceipt)
export class ReceiptResolver {
  @Query(() => Int, {
    description: "The viewer's unread messages, in all their companies or in one.",
  })
  unreadCount(
    @Arg('companyId', () => ID, { nullable: true }) companyId: string | null,
    @CurrentActor() context: ActorContext,
  ): Promise<number> {
    return context.services.receipts.unreadCount(context, companyId);
  }

  // Office staff and client users read threads; the platform admin is FORBIDDEN.
  @Mutation(() => Int, {
    description:
      "Marks the viewer's unread messages of the thread as read: all, or exactly messageIds (each must be a message of that thread). Returns how many (0 when called again).",
  })
  markMessagesRead(
    @Arg('companyId', () => ID) companyId: string,
    @Arg('messageIds', () => [ID], { nullable: true }) messageIds: string[] | null,
    @CurrentMember() context: MemberContext,
  ): Promise<number> {
    return context.services.receipts.markRead(context, companyId, messageIds);
  }

  @Subscription(() => UnreadCount, {
    description:
      'The current unread count at once, then the new value on every change. Never needs a resync.',
    subscribe: ({ args, context }: CompanySubscription) =>
      context.services.receipts.liveUnread(requireActorScope(context), args.companyId ?? null),
  })
  unreadCountChanged(
    @Root() count: UnreadCount,
    @Arg('companyId', () => ID, { nullable: true }) _companyId: string | null,
  ): UnreadCount {
    return count;
  }

  @Subscription(() => ReadReceipt, {
    description: `Receipts as messages of one thread, or of every thread the viewer sees, are read. ${RESYNC_NOTE}`,
    subscribe: ({ args, context }: CompanySubscription) =>
      context.services.messages.liveThreadEvents(
        requireActorScope(context),
        Topic.MessageRead,
        args.companyId ?? null,
      ),
  })
  messageRead(
    @Root() root: Delivered<MessageReadItem> | ResyncSignal,
    @Arg('companyId', () => ID, { nullable: true }) _companyId: string | null,
    @Ctx() context: Context,
  ): ReadReceipt {
    const { item, batch } = delivered(root);
    context.joinBatch(batch);
    return context.em.create(
      ReadReceipt,
      { message: item.messageId, user: item.userId, readAt: new Date(item.readAt) },
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
