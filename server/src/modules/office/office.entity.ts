import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { StoredFile } from '../file/file.entity.js';

export enum OfficeVerification {
  UNVERIFIED = 'UNVERIFIED',
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
}
registerEnumType(OfficeVerification, { name: 'OfficeVerification' });

// The platform admin's list, newest first, of every office or of one verification status.
@ObjectType()
@Entity()
@Index({
  name: 'office_created_at_id_idx',
  expression: 'create index "office_created_at_id_idx" on "office" ("created_at" desc, "id" desc)',
})
@Index({
  name: 'office_verification_created_at_id_idx',
  expression:
    'create index "office_verification_created_at_id_idx" on "office" ("verification", "created_at" desc, "id" desc)',
})
export class Office extends BaseEntity<'verification'> {
  @Field()
  @Property()
  name!: string;

  /** The office's own NIP, given at sign-up (checksum-valid); unset for offices made before it. */
  @Field(() => String, { nullable: true })
  @Property({ length: 10, nullable: true })
  nip?: string;

  @Field(() => OfficeVerification)
  @Enum({ items: () => OfficeVerification, default: OfficeVerification.UNVERIFIED })
  verification: OfficeVerification = OfficeVerification.UNVERIFIED;

  /**
   * The logo its emails carry (an upload of one of its heads, PNG or JPEG): set by setOfficeLogo,
   * never swept as an orphan while set.
   */
  @Index()
  @ManyToOne(() => StoredFile, { ref: true, nullable: true, deleteRule: 'set null' })
  logo?: Ref<StoredFile> | null;
}
