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
import type { ConnectionShape } from '../../core/pagination.js';
import {
  CurrentStaff,
  isStaffActor,
  requireActorScope,
  type StaffContext,
} from '../../core/scope.js';
import { Broadcast } from '../broadcast/broadcast.entity.js';
import { Company } from '../company/company.entity.js';
import { companyKey } from '../company/company.policy.js';
import { StoredFile } from '../file/file.entity.js';
import { Message, MessageKind } from '../message/message.entity.js';
import { MessageConnection } from '../message/message.types.js';
import { EmailDeliveryConnection, SendEmailInput } from './email.types.js';
import { DeliveryStatus, EmailDelivery } from './email-delivery.entity.js';

@Resolver(() => Broadcast)
export class EmailResolver {
  @Mutation(() => Broadcast, {
    description:
      'Email to each ticked company separately, through the office SMTP, with its own printouts as links. PRECONDITION_FAILED unless the office is VERIFIED and has SMTP.',
  })
  sendEmail(
    @Arg('input') input: SendEmailInput,
    @CurrentStaff() context: StaffContext,
  ): Promise<Broadcast> {
    return context.services.email.send(context, input);
  }

  @Mutation(() => Broadcast, {
    description:
      'Queues the failed deliveries of an email broadcast again (e.g. after the SMTP settings were fixed). NOT_FOUND unless the viewer sees the broadcast; PRECONDITION_FAILED when none failed (NOTHING_TO_RETRY), or the office cannot send (OFFICE_NOT_VERIFIED, SMTP_NOT_CONFIGURED, SMTP_LOGIN_REJECTED: its server refused the current settings).',
  })
  retryFailedDeliveries(
    @Arg('broadcastId', () => ID) broadcastId: string,
    @CurrentStaff() context: StaffContext,
  ): Promise<Broadcast> {
    return context.services.email.retryFailed(context, broadcastId);
  }

  @Subscription(() => Broadcast, {
    description:
      'The broadcast at once, then again whenever its counts move (QUEUED → SENT / FAILED).',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { id: string }, Context>) =>
      context.services.email.liveProgress(requireActorScope(context), args.id),
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
  // Delivery internals (attempts, errors) are the office's business, not its clients'.
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'SMTP transactions started for it, retries included. Office staff only; null for clients.',
  })
  attempts(@Root() delivery: EmailDelivery, @Ctx() { actor }: Context): number | null {
    return isStaffActor(actor) ? delivery.attempts : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Why the last attempt failed: what went wrong and the server's reply code, never its own words or an address. Office staff only; null for clients.",
  })
  lastError(@Root() delivery: EmailDelivery, @Ctx() { actor }: Context): string | null {
    return isStaffActor(actor) ? (delivery.lastError ?? null) : null;
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
    return context.services.messages.threadOfVisible(context, companyKey(company), {
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
