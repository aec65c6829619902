import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { CurrentStaff, type StaffContext } from '../../core/scope.js';
import { User } from '../auth/user.entity.js';
import { Broadcast } from './broadcast.entity.js';
import { SendBulkNotificationInput } from './broadcast.types.js';

@Resolver(() => Broadcast)
export class BroadcastResolver {
  @Mutation(() => Broadcast, {
    description: 'The same notification to each ticked company, separately.',
  })
  sendBulkNotification(
    @Arg('input') input: SendBulkNotificationInput,
    @CurrentStaff() context: StaffContext,
  ): Promise<Broadcast> {
    return context.services.broadcasts.sendNotification(context, input);
  }

  @Query(() => Broadcast, { nullable: true })
  broadcast(
    @Arg('id', () => ID) id: string,
    @CurrentStaff() context: StaffContext,
  ): Promise<Broadcast> {
    return context.services.broadcasts.get(context, id);
  }

  @FieldResolver(() => User)
  author(@Root() broadcast: Broadcast, @Ctx() { loaders }: Context): Promise<User | null> {
    return loaders.user.load(broadcast.author.id);
  }

  @FieldResolver(() => Int, {
    description: 'Recipient companies where a client user has read the message.',
  })
  readCount(@Root() broadcast: Broadcast, @Ctx() { loaders }: Context): Promise<number> {
    return loaders.broadcastReadCount.load(broadcast.id);
  }
}
