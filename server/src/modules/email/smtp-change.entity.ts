import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { User } from '../auth/user.entity.js';
import { Office, OfficeVerification } from '../office/office.entity.js';

/**
 * The server an office sends through was changed (host, port or username), or set for the first
 * time: kept for the platform admin, who verifies offices and must see where a VERIFIED office's
 * email goes now, and where a PENDING one's would. The verification stays as it is; taking it back
 * is the admin's decision.
 */
@ObjectType({
  description:
    'A change of host, port or username of an office’s SMTP settings, or its first settings (platform admins). createdAt: when.',
})
@Entity()
@Index({ properties: ['office', 'createdAt'] })
export class SmtpChange extends BaseEntity {
  @ManyToOne(() => Office, { ref: true, deleteRule: 'cascade' })
  office!: Ref<Office>;

  /** The office's verification when the change was made: a VERIFIED office's change is one to review. */
  @Field(() => OfficeVerification)
  @Enum({ items: () => OfficeVerification })
  verification!: OfficeVerification;

  /** The head who saved the settings; null once that user is gone. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  changedBy?: Ref<User>;

  @Field(() => String, {
    nullable: true,
    description: 'Null when the office had no SMTP settings before.',
  })
  @Property({ nullable: true })
  previousHost?: string;

  @Field(() => Int, { nullable: true })
  @Property({ nullable: true })
  previousPort?: number;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  previousUsername?: string;

  @Field()
  @Property()
  host!: string;

  @Field(() => Int)
  @Property()
  port!: number;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  username?: string;
}
