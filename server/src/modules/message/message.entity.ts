import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKeyProp,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../auth/user.entity.js';
import type { Broadcast } from '../broadcast/broadcast.entity.js';
import { Company } from '../company/company.entity.js';
import { StoredFile } from '../file/file.entity.js';

export enum MessageDirection {
  OFFICE_TO_CLIENT = 'OFFICE_TO_CLIENT',
  CLIENT_TO_OFFICE = 'CLIENT_TO_OFFICE',
}
registerEnumType(MessageDirection, { name: 'MessageDirection' });

export enum MessageKind {
  NOTIFICATION = 'NOTIFICATION',
  EMAIL = 'EMAIL',
  QUESTION = 'QUESTION',
  REPLY = 'REPLY',
}
registerEnumType(MessageKind, { name: 'MessageKind' });

@ObjectType()
@Entity()
@Index({
  name: 'message_thread_idx',
  expression:
    'create index "message_thread_idx" on "message" ("company_id", "created_at" desc, "id" desc)',
})
@Index({
  name: 'message_client_thread_idx',
  expression:
    'create index "message_client_thread_idx" on "message" ("company_id", "created_at" desc, "id" desc) where "direction" = \'CLIENT_TO_OFFICE\'',
})
export class Message extends BaseEntity {
  @ManyToOne(() => Company, { ref: true, deleteRule: 'cascade' })
  company!: Ref<Company>;

  @ManyToOne(() => User, { ref: true })
  author!: Ref<User>;

  @Index()
  @ManyToOne('Broadcast', { ref: true, nullable: true })
  broadcast?: Ref<Broadcast>;

  @Field(() => MessageDirection)
  @Enum({ items: () => MessageDirection })
  direction!: MessageDirection;

  @Field(() => MessageKind)
  @Enum({ items: () => MessageKind })
  kind!: MessageKind;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  subject?: string;

  /** The text; for an email, its plain-text part with the list of attached printouts. */
  @Field()
  @Property({ type: 'text' })
  body!: string;

  /** For an email: the sanitized HTML that was sent. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  html?: string;

  /**
   * Set when its broadcast was recalled and no client user of the company had read it: from then on
   * clients see it nowhere (thread, counts, last message, its attachments); staff see it marked.
   */
  @Field(() => Date, {
    nullable: true,
    description:
      'When the office recalled this notification before any client read it (staff only: clients no longer see it).',
  })
  @Property({ type: 'timestamptz', nullable: true })
  recalledAt?: Date;

  /** First time any office staff member read this client message; drives unreadFromClientCount. */
  @Property({ type: 'timestamptz', nullable: true })
  officeReadAt?: Date;
}

/** A file linked to a message; one upload may be shared by the messages of a broadcast. */
@Entity()
export class MessageAttachment {
  [PrimaryKeyProp]?: ['message', 'file'];

  @ManyToOne(() => Message, { primary: true, ref: true, deleteRule: 'cascade' })
  message!: Ref<Message>;

  @Index()
  @ManyToOne(() => StoredFile, { primary: true, ref: true })
  file!: Ref<StoredFile>;
}
