import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { requireActor } from '../../core/auth-checker.js';
import type { Actor, Context, Scope } from '../../core/context.js';
import { liveValue } from '../../core/live-stream.js';
import type { ConnectionShape } from '../../core/pagination.js';
import { Topic, topicId } from '../../core/pubsub.js';
import { Role, staffRoles } from '../auth/user.entity.js';
import { Broadcast } from '../broadcast/broadcast.entity.js';
import { Company } from '../company/company.entity.js';
import { StoredFile } from '../file/file.entity.js';
import { Message, MessageKind } from '../message/message.entity.js';
import { MessageConnection } from '../message/message.types.js';
import { EmailDeliveryConnection, SendEmailInput } from './email.types.js';
import { DeliveryStatus, EmailDelivery } from './email-delivery.entity.js';

@Resolver(() => Broadcast)
export class EmailResolver {
  @Authorized(...staffRoles)
  @Mutation(() => Broadcast, {
    description:
      'Email to each ticked company separately, through the office SMTP, with its own printouts as links. PRECONDITION_FAILED unless the office is VERIFIED and has SMTP.',
  })
  sendEmail(@Arg('input') input: SendEmailInput, @Ctx() context: Context): Promise<Broadcast> {
    return context.services.email.send(context, input);
  }

  @Authorized(...staffRoles)
  @Mutation(() => Broadcast, {
    description:
      'Queues the failed deliveries of an email broadcast again (e.g. after the SMTP settings were fixed). NOT_FOUND unless the viewer sees the broadcast; PRECONDITION_FAILED when none failed (NOTHING_TO_RETRY), or the office cannot send (OFFICE_NOT_VERIFIED, SMTP_NOT_CONFIGURED, SMTP_LOGIN_REJECTED: its server refused the current settings).',
  })
  retryFailedDeliveries(
    @Arg('broadcastId', () => ID) broadcastId: string,
    @Ctx() context: Context,
  ): Promise<Broadcast> {
    return context.services.email.retryFailed(context, broadcastId);
  }

  @Subscription(() => Broadcast, {
    description:
      'The broadcast at once, then again whenever its counts move (QUEUED → SENT / FAILED).',
    subscribe: async ({ args, context }) => {
      requireActor(context);
      const id = args.id as string;
      await context.services.broadcasts.get(context, id);
      return liveValue({
        listen: (changed, failed) =>
          context.services.live.listen(
            Topic.BroadcastProgress,
            [topicId.broadcast(id)],
            changed,
            failed,
          ),
        // Read when the subscriber is ready for it, in a unit of work dropped right after.
        compute: () =>
          context.isolated((scope: Scope) => context.services.broadcasts.get(scope, id)),
        keyOf: (b) => `${b.queuedCount}/${b.sentCount}/${b.failedCount}`,
        onError: (error) =>
          context.services.logger.error('live broadcast progress failed', { error: String(error) }),
      });
    },
  })
  broadcastProgress(@Root() broadcast: Broadcast, @Arg('id', () => ID) _id: string): Broadcast {
    return broadcast;
  }

  @FieldResolver(() => EmailDeliveryConnection, {
    description: 'One per company, for email broadcasts (empty for notifications).',
  })
  deliveries(
    @Root() broadcast: Broadcast,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('status', () => DeliveryStatus, {
      nullable: true,
      description: 'Only deliveries in this state (e.g. FAILED).',
    })
    status: DeliveryStatus | null,
    @Ctx() { em, services }: Context,
  ): Promise<ConnectionShape<EmailDelivery>> {
    return services.email.deliveries(em, broadcast.id, { first, after, status });
  }
}

@Resolver(() => EmailDelivery)
export class EmailDeliveryResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'SMTP transactions started for it, retries included. Office staff only; null for clients.',
  })
  attempts(@Root() delivery: EmailDelivery, @Ctx() { actor }: Context): number | null {
    return isStaff(actor) ? delivery.attempts : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Why the last attempt failed: what went wrong and the server's reply code, never its own words or an address. Office staff only; null for clients.",
  })
  lastError(@Root() delivery: EmailDelivery, @Ctx() { actor }: Context): string | null {
    return isStaff(actor) ? (delivery.lastError ?? null) : null;
  }

  @FieldResolver(() => Company)
  company(@Root() delivery: EmailDelivery, @Ctx() { loaders }: Context): Promise<Company | null> {
    return loaders.company.load(delivery.company.id);
  }

  @FieldResolver(() => Message)
  message(@Root() delivery: EmailDelivery, @Ctx() { loaders }: Context): Promise<Message | null> {
    return loaders.message.load(delivery.message.id);
  }
}

/** The CRM archive: emails under the company, their delivery and download state. */
@Resolver(() => Company)
export class CompanyEmailsResolver {
  @FieldResolver(() => MessageConnection, {
    description:
      'CRM › Contractors › company › Messages: the emails sent to the company, newest first.',
  })
  emails(
    @Root() company: Company,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: Context,
  ): Promise<ConnectionShape<Message>> {
    return context.services.messages.threadOfVisible(context.em, company.id, {
      first,
      after,
      kind: MessageKind.EMAIL,
    });
  }
}

@Resolver(() => Message)
export class MessageDeliveryResolver {
  @FieldResolver(() => EmailDelivery, {
    nullable: true,
    description: 'For an email: its delivery state.',
  })
  delivery(
    @Root() message: Message,
    @Ctx() { loaders }: Context,
  ): Promise<EmailDelivery | null> | null {
    return message.kind === MessageKind.EMAIL ? loaders.deliveryOfMessage.load(message.id) : null;
  }
}

@Resolver(() => StoredFile)
export class AttachmentDownloadResolver {
  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When a client user of the company first downloaded it.',
  })
  downloadedAt(@Root() file: StoredFile, @Ctx() { loaders }: Context): Promise<Date | null> {
    return loaders.clientDownloadAt.load(file.id);
  }
}

/** Delivery internals (attempts, errors) are the office's business, not its clients'. */
function isStaff(actor: Actor | null): boolean {
  return actor?.role === Role.OFFICE_HEAD || actor?.role === Role.CARETAKER;
}
