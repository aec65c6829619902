import { Field, InputType } from 'type-graphql';
import { Connection } from '../../core/pagination.js';
import { WebhookDelivery, WebhookEvent } from './webhook.entity.js';

/** Webhooks one office may have. */
export const MAX_WEBHOOKS_PER_OFFICE = 10;
export const WEBHOOK_SECRET_MIN = 32;
export const WEBHOOK_SECRET_MAX = 200;

@InputType()
export class CreateWebhookInput {
  @Field({
    description:
      'Where events are POSTed: https to a public address (http only for WEBHOOK_ALLOWED_HOSTS).',
  })
  url!: string;

  @Field(() => [WebhookEvent], { description: 'At least one.' })
  events!: WebhookEvent[];

  @Field(() => String, {
    nullable: true,
    description: `The signing secret, ${WEBHOOK_SECRET_MIN} to ${WEBHOOK_SECRET_MAX} characters; none: one is made and shown once, in the answer.`,
  })
  secret?: string | null;
}

export const WebhookDeliveryConnection = Connection(WebhookDelivery, 'WebhookDelivery');
