import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import type { ConnectionShape } from '../../core/pagination.js';
import { CurrentStaff, type StaffContext } from '../../core/scope.js';
import { User } from '../auth/user.entity.js';
import { htmlToText } from '../email/email.html.js';
import { MessageKind } from '../message/message.entity.js';
import { Broadcast, BroadcastStatus } from './broadcast.entity.js';
import { canSeeBroadcast } from './broadcast.policy.js';
import { keyOf } from './broadcast.service.js';
import {
  BroadcastConnection,
  BroadcastRecipient,
  BroadcastRecipientConnection,
  BroadcastRecipientFilter,
  ReminderTarget,
  SendBulkNotificationInput,
} from './broadcast.types.js';

/** How much of a broadcast's text `preview` gives. */
const PREVIEW_LENGTH = 200;

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

  @Query(() => BroadcastConnection, {
    description:
      "Notifications and emails, scheduled, sent, cancelled and recalled, newest first (by when they were made); only those of `status` when given. The head sees the office's, a caretaker their own. first is 1..100.",
  })
  broadcasts(
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('status', () => BroadcastStatus, { nullable: true }) status: BroadcastStatus | null,
    @CurrentStaff() context: StaffContext,
  ): Promise<ConnectionShape<Broadcast>> {
    return context.services.broadcasts.list(context, { first, after, status });
  }

  @Mutation(() => Broadcast, {
    description:
      'A follow-up notification, as a new broadcast linked by remindsOf, to exactly the companies of the broadcast where no client user has read it (target UNREAD) or confirmed its receipt (UNACKNOWLEDGED), not archived, and for a caretaker still theirs. body defaults to a Polish reminder naming the original (for UNACKNOWLEDGED, asking to confirm its receipt). A company reminded of the same broadcast in the last hour is skipped. PRECONDITION_FAILED with reasons NOTHING_UNREAD, NOTHING_UNACKNOWLEDGED or RECENTLY_REMINDED when nobody is left to remind, ACKNOWLEDGMENT_NOT_REQUIRED for UNACKNOWLEDGED of a broadcast that asked for no confirmation.',
  })
  remindUnread(
    @Arg('broadcastId', () => ID) broadcastId: string,
    @Arg('body', () => String, { nullable: true }) body: string | null,
    @Arg('target', () => ReminderTarget, { nullable: true, defaultValue: ReminderTarget.UNREAD })
    target: ReminderTarget | null,
    @CurrentStaff() context: StaffContext,
  ): Promise<Broadcast> {
    return context.services.broadcasts.remindUnread(
      context,
      broadcastId,
      body,
      target ?? ReminderTarget.UNREAD,
    );
  }

  @Mutation(() => Broadcast, {
    description:
      'Stops a SCHEDULED broadcast before it goes: CANCELLED (cancelReason BY_USER), and nothing of it is ever delivered. Its author or the office head; cancelling a cancelled one changes nothing; PRECONDITION_FAILED (ALREADY_SENT) once it went.',
  })
  cancelBroadcast(
    @Arg('id', () => ID) id: string,
    @CurrentStaff() context: StaffContext,
  ): Promise<Broadcast> {
    return context.services.broadcasts.cancel(context, id);
  }

  @Mutation(() => Broadcast, {
    description:
      'Withdraws a SENT notification (RECALLED): it disappears for the clients of every company where no client user had read it (thread, unread counts, last message, attachments); read ones stay, and recipients say which (recalled). Staff still see the messages, with recalledAt. Its author or the office head; a second recall changes nothing. PRECONDITION_FAILED: EMAIL_CANNOT_BE_RECALLED for an email, NOT_SENT for a scheduled or cancelled one.',
  })
  recallBroadcast(
    @Arg('id', () => ID) id: string,
    @CurrentStaff() context: StaffContext,
  ): Promise<Broadcast> {
    return context.services.broadcasts.recall(context, id);
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

  @FieldResolver(() => Int, {
    description:
      'Recipient companies where a client user confirmed receipt (requireAcknowledgment).',
  })
  acknowledgedCount(@Root() broadcast: Broadcast, @Ctx() { loaders }: Context): Promise<number> {
    return loaders.broadcastAcknowledgedCount.load(broadcast.id);
  }

  @FieldResolver(() => String, {
    description: `The start of the text (an email's as plain text), at most ${PREVIEW_LENGTH} characters.`,
  })
  preview(@Root() broadcast: Broadcast): string {
    const text = (
      broadcast.kind === MessageKind.EMAIL ? htmlToText(broadcast.body) : broadcast.body
    ).replace(/\s+/g, ' ');
    return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
  }

  @FieldResolver(() => Broadcast, {
    nullable: true,
    description: 'For a reminder (remindUnread): the broadcast it follows up.',
  })
  async remindsOf(
    @Root() broadcast: Broadcast,
    @Ctx() { loaders, actor }: Context,
  ): Promise<Broadcast | null> {
    if (!broadcast.remindsOf) return null;
    const original = await loaders.broadcastById.load(broadcast.remindsOf.id);
    return original && canSeeBroadcast(actor, keyOf(original)) ? original : null;
  }

  @FieldResolver(() => [Broadcast], {
    description: 'The reminders sent for this broadcast (remindUnread), oldest first.',
  })
  async reminders(
    @Root() broadcast: Broadcast,
    @Ctx() { loaders, actor }: Context,
  ): Promise<Broadcast[]> {
    const reminders = await loaders.remindersOf.load(broadcast.id);
    return reminders.filter((r) => canSeeBroadcast(actor, keyOf(r)));
  }

  @FieldResolver(() => BroadcastRecipientConnection, {
    description:
      'Per company, by name: who read it and when, the email state, downloads, a reply after it. Filters combine (AND). A caretaker sees the companies still assigned to them. first is 1..100.',
  })
  recipients(
    @Root() broadcast: Broadcast,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => BroadcastRecipientFilter, { nullable: true })
    filter: BroadcastRecipientFilter | null,
    @CurrentStaff() context: StaffContext,
  ): Promise<ConnectionShape<BroadcastRecipient>> {
    return context.services.broadcasts.recipients(context, broadcast, { first, after, filter });
  }
}
