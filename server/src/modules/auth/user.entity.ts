import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Office } from '../office/office.entity.js';

export enum Role {
  OFFICE_HEAD = 'OFFICE_HEAD',
  CARETAKER = 'CARETAKER',
  CLIENT = 'CLIENT',
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
}
registerEnumType(Role, { name: 'Role' });

/** The languages of the web client and of the platform's own emails. */
export enum Language {
  PL = 'pl',
  EN = 'en',
}
registerEnumType(Language, {
  name: 'Language',
  description: 'Polish (the default) or English: the web client and system emails.',
});

@ObjectType()
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity<'language'> {
  /** Stored lower-case; unique across the platform. */
  @Field()
  @Property({ unique: true })
  email!: string;

  @Field()
  @Property()
  name!: string;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role!: Role;

  /** Staff belong to an office; clients reach offices through their companies; admins have none. */
  @ManyToOne(() => Office, { ref: true, nullable: true })
  office?: Ref<Office>;

  /** argon2id; never exposed. */
  @Property({ hidden: true, lazy: true })
  passwordHash!: string;

  /** The language of the platform's emails to this person (invitations excepted: no account yet). */
  @Field(() => Language, {
    description:
      "The language of Ledgerpost's own emails to this person; set in `updateMyAccount`.",
  })
  @Enum({ items: () => Language, default: Language.PL })
  language: Language = Language.PL;

  /** Set by the office head: the user can no longer log in, and their sessions ended. */
  @Field(() => Date, {
    nullable: true,
    description:
      'When an office head deactivated this person (`deactivateUser`); null while active.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  deactivatedAt?: Date;
}
