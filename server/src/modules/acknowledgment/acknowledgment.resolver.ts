import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
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
import { type MessageAcknowledgedItem, Topic } from '../../core/pubsub.js';
import { type ClientContext, CurrentClient, requireActorScope } from '../../core/scope.js';
import { User } from '../auth/user.entity.js';
import { Company } from '../company/company.entity.js';
import { companyKey } from '../company/company.policy.js';
import { Message } from '../message/message.entity.js';
import { MessageConnection } from '../message/message.types.js';

/** The arguments of a subscription to one company or, without `companyId`, to all the viewer sees. */
type CompanySubscription = SubscribeResolverData<unknown, { companyId?: string | null }, Context>;

@Resolver(() => Message)
export class AcknowledgmentResolver {
  // Only a client user of the message's company confirms receipt: staff are FORBIDDEN by role.
  @Mutation(() => Message, {
    description:
      'A client user confirms receipt of a message that asks for it (requiresAcknowledgment). The first confirmation is kept: calling again (by anyone of the company) answers with it unchanged. Also marks the message read for the caller. PRECONDITION_FAILED (ACKNOWLEDGMENT_NOT_REQUIRED) for a message that does not ask.',
  })
  acknowledgeMessage(
    @Arg('id', () => ID) id: string,
    @CurrentClient() context: ClientContext,
  ): Promise<Message> {
    return context.services.acknowledgments.acknowledge(context, id);
  }

  @Subscription(() => Message, {
    description: `Messages of one thread, or of every thread the viewer sees, as a client confirms their receipt (acknowledgedAt, acknowledgedBy). ${RESYNC_NOTE}`,
    subscribe: ({ args, context }: CompanySubscription) =>
      context.services.messages.liveThreadEvents(
        requireActorScope(context),
        Topic.MessageAcknowledged,
        args.companyId ?? null,
      ),
  })
  messageAcknowledged(
    @Root() root: Delivered<MessageAcknowledgedItem> | ResyncSignal,
    @Arg('companyId', () => ID, { nullable: true }) _companyId: string | null,
    @Ctx() context: Context,
  ): Promise<Message | null> {
    const { item, batch } = delivered(root);
    context.joinBatch(batch);
    return context.loaders.message.load(item.messageId);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Its broadcast asks the clients to confirm receipt (sent with requireAcknowledgment).',
  })
  async requiresAcknowledgment(
    @Root() message: Message,
    @Ctx() { loaders }: Context,
  ): Promise<boolean> {
    return (await loaders.acknowledgment.load(message.id)).required;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When a client user of the company confirmed receipt (the first confirmation).',
  })
  async acknowledgedAt(
    @Root() message: Message,
    @Ctx() { loaders }: Context,
  ): Promise<Date | null> {
    return (await loaders.acknowledgment.load(message.id)).acknowledgedAt;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who confirmed receipt.' })
  async acknowledgedBy(
    @Root() message: Message,
    @Ctx() { loaders }: Context,
  ): Promise<User | null> {
    const { userId } = await loaders.acknowledgment.load(message.id);
    return userId ? loaders.user.load(userId) : null;
  }
}

/** The company card: the messages that asked its clients to confirm receipt. */
@Resolver(() => Company)
export class CompanyAcknowledgmentsResolver {
  @FieldResolver(() => MessageConnection, {
    description:
      'The messages sent to the company that asked its clients to confirm receipt, newest first: each with acknowledgedAt and acknowledgedBy, or awaiting (null). acknowledged: only those confirmed (true) or awaiting (false). first is 1..100.',
  })
  acknowledgmentRequests(
    @Root() company: Company,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('acknowledged', () => Boolean, { nullable: true }) acknowledged: boolean | null,
    @Ctx() context: Context,
  ): Promise<ConnectionShape<Message>> {
    return context.services.acknowledgments.requests(context, companyKey(company), {
      first,
      after,
      acknowledged,
    });
  }
}
