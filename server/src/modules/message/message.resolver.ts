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
import type { ConnectionShape } from '../../core/pagination.js';
import { type MessageAddedItem, Topic } from '../../core/pubsub.js';
import {
  type ActorContext,
  CurrentActor,
  CurrentMember,
  CurrentStaff,
  type MemberContext,
  requireActorScope,
  type StaffContext,
} from '../../core/scope.js';
import { User } from '../auth/user.entity.js';
import { Company } from '../company/company.entity.js';
import { StoredFile } from '../file/file.entity.js';
import { ReadReceipt } from '../receipt/receipt.entity.js';
import { Message } from './message.entity.js';
import {
  Conversation,
  ConversationConnection,
  ConversationStatus,
  MessageConnection,
  SendMessageInput,
} from './message.types.js';

/** The arguments of a subscription to one thread or, without `companyId`, to every thread seen. */
type ThreadSubscription = SubscribeResolverData<unknown, { companyId?: string | null }, Context>;

@Resolver(() => Message)
export class MessageResolver {
  @Query(() => MessageConnection, { description: "A company's thread, newest first." })
  messages(
    @Arg('companyId', () => ID) companyId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @CurrentActor() context: ActorContext,
  ): Promise<ConnectionShape<Message>> {
    return context.services.messages.thread(context, companyId, { first, after });
  }

  @Query(() => ConversationConnection, {
    description:
      'Client questions: the threads (questions and replies) of the companies the viewer sees, latest activity first; only those in `status` (every one when omitted), only companies whose name contains `search` or whose NIP starts with it.',
  })
  inbox(
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('status', () => ConversationStatus, { nullable: true }) status: ConversationStatus | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @CurrentStaff() context: StaffContext,
  ): Promise<ConnectionShape<Conversation>> {
    return context.services.messages.inbox(context, { first, after, status, search });
  }

  @Mutation(() => Conversation, {
    description:
      "Marks the company's conversation answered without replying; the client's next message opens it again.",
  })
  closeConversation(
    @Arg('companyId', () => ID) companyId: string,
    @CurrentStaff() context: StaffContext,
  ): Promise<Conversation> {
    return context.services.messages.setClosed(context, companyId, true);
  }

  @Mutation(() => Conversation, {
    description: 'Opens a closed conversation again: it awaits the office\u2019s answer.',
  })
  reopenConversation(
    @Arg('companyId', () => ID) companyId: string,
    @CurrentStaff() context: StaffContext,
  ): Promise<Conversation> {
    return context.services.messages.setClosed(context, companyId, false);
  }

  // Office staff and client users write in threads; the platform admin is FORBIDDEN.
  @Mutation(() => Message, { description: "A client's question or the office's reply." })
  sendMessage(
    @Arg('input') input: SendMessageInput,
    @CurrentMember() context: MemberContext,
  ): Promise<Message> {
    return context.services.messages.send(context, input);
  }

  @Subscription(() => Message, {
    description: `New messages in one thread, or in every thread the viewer sees. ${RESYNC_NOTE}`,
    subscribe: ({ args, context }: ThreadSubscription) =>
      context.services.messages.liveThreadEvents(
        requireActorScope(context),
        Topic.MessageAdded,
        args.companyId ?? null,
      ),
  })
  messageAdded(
    @Root() root: Delivered<MessageAddedItem> | ResyncSignal,
    @Arg('companyId', () => ID, { nullable: true }) _companyId: string | null,
    @Ctx() context: Context,
  ): Promise<Message | null> {
    const { item, batch } = delivered(root);
    // Every subscriber of this batch loads its message through the same loader: one query for all.
    context.joinBatch(batch);
    return context.loaders.message.load(item.messageId);
  }

  @FieldResolver(() => Company)
  company(@Root() message: Message, @Ctx() { loaders }: Context): Promise<Company | null> {
    return loaders.company.load(message.company.id);
  }

  @FieldResolver(() => User)
  author(@Root() message: Message, @Ctx() { loaders }: Context): Promise<User | null> {
    return loaders.user.load(message.author.id);
  }

  @FieldResolver(() => [StoredFile])
  attachments(@Root() message: Message, @Ctx() { loaders }: Context): Promise<StoredFile[]> {
    return loaders.attachments.load(message.id);
  }

  @FieldResolver(() => [ReadReceipt], { description: 'Who read the message and when.' })
  receipts(@Root() message: Message, @Ctx() { loaders }: Context): Promise<ReadReceipt[]> {
    return loaders.receipts.load(message.id);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer has read it (always true for their own).',
  })
  async readByMe(@Root() message: Message, @Ctx() { actor, loaders }: Context): Promise<boolean> {
    if (!actor) return false;
    if (message.author.id === actor.userId) return true;
    const receipts = await loaders.receipts.load(message.id);
    return receipts.some((r) => r.user.id === actor.userId);
  }
}

@Resolver(() => Conversation)
export class ConversationResolver {
  @FieldResolver(() => Company)
  company(@Root() conversation: Conversation): Company {
    return conversation.company;
  }

  @FieldResolver(() => Message)
  lastMessage(
    @Root() conversation: Conversation,
    @Ctx() { loaders }: Context,
  ): Promise<Message | null> {
    return loaders.lastMessage.load(conversation.company.id);
  }

  @FieldResolver(() => Message, {
    nullable: true,
    description: "The client's newest message in the thread (the inbox preview).",
  })
  lastClientMessage(
    @Root() conversation: Conversation,
    @Ctx() { loaders }: Context,
  ): Promise<Message | null> {
    return loaders.lastClientMessage.load(conversation.company.id);
  }

  @FieldResolver(() => Int)
  unreadFromClientCount(@Root() conversation: Conversation): number {
    return conversation.company.unreadFromClient;
  }
}

@Resolver(() => StoredFile)
export class AttachmentResolver {
  @FieldResolver(() => String, {
    description: 'Download link; needs the credentials of someone who may see the file.',
  })
  url(@Root() file: StoredFile, @Ctx() { services }: Context): string {
    return `${services.config.publicUrl}/files/${file.id}`;
  }
}
