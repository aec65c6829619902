import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../auth/user.entity.js';
import { Office } from '../office/office.entity.js';

/** What an API token may do; each root field needs one (see api-token.policy.ts). */
export enum ApiScope {
  READ = 'READ',
  NOTIFY = 'NOTIFY',
  EMAIL = 'EMAIL',
  BOOKKEEPING = 'BOOKKEEPING',
  WEBHOOKS = 'WEBHOOKS',
}
registerEnumType(ApiScope, {
  name: 'ApiScope',
  valuesConfig: {
    READ: { description: 'Queries and subscriptions, file downloads.' },
    NOTIFY: { description: 'sendBulkNotification, sendMessage, markMessagesRead, uploads.' },
    EMAIL: { description: 'sendEmail, retryFailedDeliveries, testSmtpIntegration, uploads.' },
    BOOKKEEPING: { description: 'Ledger entries, declarations, UPOs, uploads.' },
    WEBHOOKS: { description: 'webhooks, webhookDeliveries, createWebhook, deleteWebhook.' },
  },
});

/**
 * A key an office head gives a third-party app: it acts for the office with the head's visibility,
 * limited by its scopes. Only the sha256 of the secret is stored; the secret is shown once.
 */
@ObjectType({ description: 'An API token of the office; never its secret.' })
@Entity()
@Index({ properties: ['office', 'createdAt'] })
export class ApiToken extends BaseEntity {
  @ManyToOne(() => Office, { ref: true, deleteRule: 'cascade' })
  office!: Ref<Office>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  createdBy!: Ref<User>;

  @Field()
  @Property({ length: 100 })
  name!: string;

  @Field(() => [ApiScope])
  @Enum({ items: () => ApiScope, array: true, columnType: 'text[]' })
  scopes!: ApiScope[];

  @Property({ unique: true, length: 64, hidden: true })
  tokenHash!: string;

  @Field({ description: 'The prefix and the last four characters of the secret, as `lp_…abcd`.' })
  @Property({ length: 20 })
  hint!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt?: Date;

  @Field(() => Date, { nullable: true, description: 'Recorded at most once a minute.' })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date;
}
