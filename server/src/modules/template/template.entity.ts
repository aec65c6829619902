import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../auth/user.entity.js';
import { Office } from '../office/office.entity.js';

/** What a template writes: an in-app notification or an email from the company list. */
export enum MessageTemplateKind {
  NOTIFICATION = 'NOTIFICATION',
  EMAIL = 'EMAIL',
}
registerEnumType(MessageTemplateKind, {
  name: 'MessageTemplateKind',
  description:
    'NOTIFICATION templates serve sendBulkNotification, EMAIL templates sendEmail; a send refuses a template of the other kind.',
});

/**
 * A text an office reuses, with placeholders ({{firma}}, {{deklaracja.kwota|brak danych}}, …; see
 * template.placeholders.ts) that each company's message fills with its own data. The HTML is
 * stored sanitized, as an email's is; the names are unique per office, whatever their case.
 */
@ObjectType({
  description:
    'A reusable message of the office with placeholders filled per company when it is sent or previewed.',
})
@Entity()
@Unique({
  name: 'message_template_office_name_unique',
  expression:
    'create unique index "message_template_office_name_unique" on "message_template" ("office_id", lower("name"))',
})
export class MessageTemplate extends BaseEntity {
  @Index()
  @ManyToOne(() => Office, { ref: true, deleteRule: 'cascade' })
  office!: Ref<Office>;

  @ManyToOne(() => User, { ref: true })
  author!: Ref<User>;

  @Field()
  @Property({ length: 100 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Plain text with placeholders.' })
  @Property({ length: 200, nullable: true })
  subject?: string | null;

  @Field({ description: 'Sanitized HTML with placeholders.' })
  @Property({ type: 'text' })
  html!: string;

  @Field(() => MessageTemplateKind)
  @Enum({ items: () => MessageTemplateKind })
  kind!: MessageTemplateKind;
}
