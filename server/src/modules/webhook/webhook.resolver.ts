import { Arg, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { ConnectionShape } from '../../core/pagination.js';
import { CurrentHead, type HeadContext } from '../../core/scope.js';
import { Webhook, type WebhookDelivery } from './webhook.entity.js';
import { CreateWebhookInput, WebhookDeliveryConnection } from './webhook.types.js';

@Resolver(() => Webhook)
export class WebhookResolver {
  @Query(() => [Webhook], {
    description: "The office's webhooks, newest first (heads; API tokens with WEBHOOKS).",
  })
  webhooks(@CurrentHead() context: HeadContext): Promise<Webhook[]> {
    return context.services.webhooks.list(context);
  }

  @Mutation(() => Webhook, {
    description:
      'A webhook of the office (heads; API tokens with WEBHOOKS). BAD_USER_INPUT (field url) for a URL that is not https to a public address; PRECONDITION_FAILED (WEBHOOK_LIMIT) past the limit per office. Its `secret` is in this answer only.',
  })
  createWebhook(
    @Arg('input') input: CreateWebhookInput,
    @CurrentHead() context: HeadContext,
  ): Promise<Webhook> {
    return context.services.webhooks.create(context, input);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a webhook and its deliveries: nothing more is sent to it (heads).',
  })
  deleteWebhook(
    @Arg('id', () => ID) id: string,
    @CurrentHead() context: HeadContext,
  ): Promise<boolean> {
    return context.services.webhooks.delete(context, id);
  }

  @Query(() => WebhookDeliveryConnection, {
    description: "A webhook's events and how their delivery went, newest first (heads).",
  })
  webhookDeliveries(
    @Arg('webhookId', () => ID) webhookId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @CurrentHead() context: HeadContext,
  ): Promise<ConnectionShape<WebhookDelivery>> {
    return context.services.webhooks.deliveries(context, webhookId, { first, after });
  }
}
