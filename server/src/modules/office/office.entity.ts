import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';

export enum OfficeVerification {
  UNVERIFIED = 'UNVERIFIED',
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
}
registerEnumType(OfficeVerification, { name: 'OfficeVerification' });

@ObjectType()
@Entity()
export class Office extends BaseEntity<'verification'> {
  @Field()
  @Property()
  name!: string;

  @Field(() => OfficeVerification)
  @Enum({ items: () => OfficeVerification, default: OfficeVerification.UNVERIFIED })
  verification: OfficeVerification = OfficeVerification.UNVERIFIED;
}
