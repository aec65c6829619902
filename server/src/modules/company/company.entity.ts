import {
  BigIntType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKeyProp,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../auth/user.entity.js';
import { Office } from '../office/office.entity.js';

export enum TaxForm {
  FULL_ACCOUNTING = 'FULL_ACCOUNTING',
  TAX_BOOK = 'TAX_BOOK',
  LUMP_SUM = 'LUMP_SUM',
}
registerEnumType(TaxForm, { name: 'TaxForm' });

// Each listing is an index range read in its keyset order, so a page costs its own rows only:
// the company list by (office, name, id); a caretaker's, and the head's caretaker filter, by
// (caretaker, name, id) (a caretaker belongs to one office; this index also serves the foreign
// key); the inbox by latest activity for either. Name search goes through trigrams
// (ilike '%…%'); NIP prefix search through the unique index, in pattern order so that
// `like '123%'` is a range in any collation.
@ObjectType()
@Entity()
@Unique({
  name: 'company_office_id_nip_unique',
  expression:
    'create unique index "company_office_id_nip_unique" on "company" ("office_id", "nip" text_pattern_ops)',
})
@Index({ properties: ['office', 'name', 'id'] })
@Index({ properties: ['caretaker', 'name', 'id'] })
@Index({
  name: 'company_caretaker_last_message_idx',
  expression:
    'create index "company_caretaker_last_message_idx" on "company" ("caretaker_id", "last_message_at" desc, "id" desc) where "last_message_at" is not null',
})
@Index({
  name: 'company_name_trgm_idx',
  expression: 'create index "company_name_trgm_idx" on "company" using gin ("name" gin_trgm_ops)',
})
@Index({
  name: 'company_office_unread_idx',
  expression:
    'create index "company_office_unread_idx" on "company" ("office_id") where "unread_from_client" > 0',
})
@Index({
  name: 'company_caretaker_unread_idx',
  expression:
    'create index "company_caretaker_unread_idx" on "company" ("caretaker_id") where "unread_from_client" > 0',
})
@Index({
  name: 'company_office_last_message_idx',
  expression:
    'create index "company_office_last_message_idx" on "company" ("office_id", "last_message_at" desc, "id" desc) where "last_message_at" is not null',
})
@Index({
  name: 'company_office_awaiting_idx',
  expression:
    'create index "company_office_awaiting_idx" on "company" ("office_id", "last_message_at" desc, "id" desc) where "awaiting_reply_since" is not null',
})
@Index({
  name: 'company_caretaker_awaiting_idx',
  expression:
    'create index "company_caretaker_awaiting_idx" on "company" ("caretaker_id", "last_message_at" desc, "id" desc) where "awaiting_reply_since" is not null',
})
export class Company extends BaseEntity<'vatPayer' | 'unreadFromClient' | 'unreadVersion'> {
  @ManyToOne(() => Office, { ref: true })
  office!: Ref<Office>;

  @Field()
  @Property()
  name!: string;

  /** 10 digits, checksum-valid (see nip.ts). */
  @Field()
  @Property({ length: 10 })
  nip!: string;

  @Field(() => TaxForm)
  @Enum({ items: () => TaxForm })
  taxForm!: TaxForm;

  @Field()
  @Property({ default: false })
  vatPayer: boolean = false;

  /** The company's account address: the one its login was shared to. */
  @Field()
  @Property()
  email!: string;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  caretaker?: Ref<User>;

  /**
   * Latest question or reply in the thread: orders the office inbox (client conversations) without
   * scanning messages. Bulk notifications and emails leave it, so they neither flood the inbox nor
   * rewrite 10,000 company rows.
   */
  @Property({ type: 'timestamptz', nullable: true })
  lastMessageAt?: Date;

  /**
   * Since when the client waits for the office's answer: set by a client's message (kept if already
   * set), cleared by the office's reply or by closing the conversation. The inbox's default view
   * reads it through its partial indexes.
   */
  @Property({ type: 'timestamptz', nullable: true })
  awaitingReplySince?: Date | null;

  /**
   * When the office marked the conversation answered without replying; a client's new message
   * opens it again.
   */
  @Property({ type: 'timestamptz', nullable: true })
  conversationClosedAt?: Date | null;

  /**
   * Client questions no one in the office has read yet, kept in the transactions that add and read
   * them; staff badges and the company list read it instead of counting messages.
   */
  @Field(() => Int, {
    name: 'unreadFromClientCount',
    description: 'Client messages nobody in the office has read yet.',
  })
  @Property({ default: 0 })
  unreadFromClient: number = 0;

  /** Grows with every change of unreadFromClient, so live subscribers keep the newest count. */
  @Property({ type: new BigIntType('number'), default: 0 })
  unreadVersion: number = 0;

  /**
   * Set while the company is archived: out of the company list (unless asked for), the inbox and
   * every send; its thread and files stay readable.
   */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  archivedAt?: Date | null;
}

/** A client user's membership of a company. */
@Entity()
export class CompanyMember {
  [PrimaryKeyProp]?: ['company', 'user'];
  [OptionalProps]?: 'unreadCount' | 'unreadVersion';

  @ManyToOne(() => Company, { primary: true, ref: true, deleteRule: 'cascade' })
  company!: Ref<Company>;

  @Index()
  @ManyToOne(() => User, { primary: true, ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  /**
   * The member's office messages of this company without their read receipt, kept in the same
   * transactions as messages and receipts, so badges never count rows.
   */
  @Property({ default: 0 })
  unreadCount: number = 0;

  /** Grows with every change of unreadCount, so live subscribers keep the newest whatever the order of events. */
  @Property({ type: new BigIntType('number'), default: 0 })
  unreadVersion: number = 0;
}
