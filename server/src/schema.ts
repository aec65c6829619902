import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import {
  AcknowledgmentResolver,
  CompanyAcknowledgmentsResolver,
} from './modules/acknowledgment/acknowledgment.resolver.js';
import { AlertResolver } from './modules/alert/alert.resolver.js';
import { ApiTokenResolver } from './modules/api-token/api-token.resolver.js';
import { AccountResolver } from './modules/auth/account.resolver.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { bookkeepingResolvers } from './modules/bookkeeping/bookkeeping.resolver.js';
import { BroadcastRecipientResolver } from './modules/broadcast/broadcast.recipient.resolver.js';
import { BroadcastResolver } from './modules/broadcast/broadcast.resolver.js';
import { CompanyResolver } from './modules/company/company.resolver.js';
import { deadlineResolvers } from './modules/deadline/deadline.resolver.js';
import { DemoResolver } from './modules/demo/demo.resolver.js';
import {
  AttachmentDownloadResolver,
  CompanyEmailsResolver,
  EmailDeliveryResolver,
  EmailResolver,
  MessageDeliveryResolver,
} from './modules/email/email.resolver.js';
import {
  InvitationResolver,
  OfficeInvitationsResolver,
} from './modules/invitation/invitation.resolver.js';
import {
  AttachmentResolver,
  ConversationResolver,
  MessageResolver,
} from './modules/message/message.resolver.js';
import { OfficeResolver, SmtpChangeResolver } from './modules/office/office.resolver.js';
import { PrintoutResolver } from './modules/printout/printout.resolver.js';
import { ReceiptResolver } from './modules/receipt/receipt.resolver.js';
import { TemplateResolver } from './modules/template/template.resolver.js';
import { WebhookResolver } from './modules/webhook/webhook.resolver.js';

export const resolvers = [
  AuthResolver,
  AccountResolver,
  CompanyResolver,
  MessageResolver,
  ConversationResolver,
  AttachmentResolver,
  ReceiptResolver,
  BroadcastResolver,
  BroadcastRecipientResolver,
  PrintoutResolver,
  OfficeResolver,
  SmtpChangeResolver,
  InvitationResolver,
  OfficeInvitationsResolver,
  DemoResolver,
  EmailResolver,
  EmailDeliveryResolver,
  CompanyEmailsResolver,
  MessageDeliveryResolver,
  AttachmentDownloadResolver,
  ...bookkeepingResolvers,
  ...deadlineResolvers,
  ApiTokenResolver,
  AlertResolver,
  AcknowledgmentResolver,
  CompanyAcknowledgmentsResolver,
  TemplateResolver,
  WebhookResolver,
] as const;

/**
 * Every subscription brings its own source (core/live-stream.ts over the LiveBus); type-graphql
 * still asks for a pubsub, so it gets one that refuses to be used.
 */
const noTopicSubscriptions: PubSub = {
  publish: () => {
    throw new Error('publish through the LiveBus');
  },
  subscribe: () => {
    throw new Error('subscriptions take their source from subscribe(), not topics');
  },
};

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, pubSub: noTopicSubscriptions, validate: false });
}
