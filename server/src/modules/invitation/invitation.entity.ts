import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Language, Role, User } from '../auth/user.entity.js';
import { Company } from '../company/company.entity.js';
import { Office } from '../office/office.entity.js';

/** Where an invitation stands; EXPIRED is derived from expiresAt, never stored. */
export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

/**
 * An emailed, single-use link that makes (or attaches) an account: office staff (CARETAKER or
 * OFFICE_HEAD, no company) or a client user of one company. Only the token's SHA-256 is kept.
 */
@ObjectType()
@Entity()
@Index({ properties: ['office', 'createdAt'] })
export class Invitation extends BaseEntity<'language'> {
  @ManyToOne(() => Office, { ref: true, deleteRule: 'cascade' })
  office!: Ref<Office>;

  /** The company a client is invited to; unset for staff. */
  @Index()
  @ManyToOne(() => Company, { ref: true, nullable: true, deleteRule: 'cascade' })
  company?: Ref<Company>;

  /** Stored lower-case. */
  @Field()
  @Property()
  email!: string;

  @Field()
  @Property()
  name!: string;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role!: Role;

  /** The language of the invitation email, and of the account it makes. */
  @Field(() => Language)
  @Enum({ items: () => Language, default: Language.PL })
  language: Language = Language.PL;

  /** SHA-256 of the link's token; a resend replaces it, so the old link stops working. */
  @Property({ length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz', length: 3 })
  expiresAt!: Date;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  invitedBy?: Ref<User>;

  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt?: Date;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  acceptedBy?: Ref<User>;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date;
}

/** The status at `now`: accepted and revoked stay so; an open one past its time is EXPIRED. */
export function invitationStatus(
  invitation: Pick<Invitation, 'acceptedAt' | 'revokedAt' | 'expiresAt'>,
  now = new Date(),
): InvitationStatus {
  if (invitation.acceptedAt) return InvitationStatus.ACCEPTED;
  if (invitation.revokedAt) return InvitationStatus.REVOKED;
  if (invitation.expiresAt.getTime() <= now.getTime()) return InvitationStatus.EXPIRED;
  return InvitationStatus.PENDING;
}
