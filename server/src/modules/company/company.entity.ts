import { Entity, Enum, Index, ManyToOne, PrimaryKeyProp, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../auth/user.entity.js';
import { Office } from '../office/office.entity.js';

export enum TaxForm {
  FULL_ACCOUNTING = 'FULL_ACCOUNTING',
  TAX_BOOK = 'TAX_BOOK',
  LUMP_SUM = 'LUMP_SUM',
}
registerEnumType(TaxForm, { name: 'TaxForm' });

@ObjectType()
@Entity()
@Unique({ properties: ['office', 'nip'] })
@Index({ properties: ['office', 'name'] })
@Index({ name: 'company_office_last_message_idx', expression: 'create index "company_office_last_message_idx" on "company" ("office_id", "last_message_at" desc, "id" desc) where "last_message_at" is not null' })
export class Company extends BaseEntity<'vatPayer'> {
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

  @Index()
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  caretaker?: Ref<User>;

  /** Latest message in the thread: orders the office inbox without scanning messages. */
  @Property({ type: 'timestamptz', nullable: true })
  lastMessageAt?: Date;
}

/** A client user's membership of a company. */
@Entity()
export class CompanyMember {
  [PrimaryKeyProp]?: ['company', 'user'];

  @ManyToOne(() => Company, { primary: true, ref: true, deleteRule: 'cascade' })
  company!: Ref<Company>;

  @Index()
  @ManyToOne(() => User, { primary: true, ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;
}
