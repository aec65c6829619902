import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToOne,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Company } from '../company/company.entity.js';

export enum VatRegister {
  SALES = 'SALES',
  PURCHASES = 'PURCHASES',
}
registerEnumType(VatRegister, { name: 'VatRegister' });

export enum DeclarationStatus {
  DRAFT = 'DRAFT',
  FILED = 'FILED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(DeclarationStatus, { name: 'DeclarationStatus' });

/**
 * One bookkeeping entry. `column` is what places it in the company's record: the KPiR column
 * (7, 8, 10, 11, 12, 13), the lump-sum rate (e.g. 8.5) or, in full accounting, the debit account
 * with `contraAccount` the credit one. Amounts are exact decimals, kept as strings.
 */
@ObjectType()
@Entity()
@Index({ properties: ['company', 'date'] })
export class LedgerEntry extends BaseEntity {
  @ManyToOne(() => Company, { ref: true, deleteRule: 'cascade' })
  company!: Ref<Company>;

  @Field()
  @Property({ type: 'date' })
  date!: string;

  @Field()
  @Property()
  documentNumber!: string;

  @Field()
  @Property()
  counterparty!: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 10, nullable: true })
  counterpartyNip?: string;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Field()
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  net!: string;

  @Field()
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  vat!: string;

  @Field()
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  gross!: string;

  @Field()
  @Property({ length: 20 })
  column!: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 20, nullable: true })
  contraAccount?: string;

  @Field(() => VatRegister, { nullable: true })
  @Enum({ items: () => VatRegister, nullable: true })
  vatRegister?: VatRegister;
}

/** A tax declaration for a period: "YYYY-MM" for monthly ones (JPK_V7M), "YYYY" for annual. */
@ObjectType()
@Entity()
@Unique({ properties: ['company', 'type', 'period'] })
// Deadline reminders find the unpaid declarations due on a day.
@Index({
  name: 'declaration_due_unpaid_idx',
  expression:
    'create index "declaration_due_unpaid_idx" on "declaration" ("due_date") where "paid_at" is null',
})
export class Declaration extends BaseEntity<'status'> {
  @ManyToOne(() => Company, { ref: true, deleteRule: 'cascade' })
  company!: Ref<Company>;

  @Field()
  @Property({ length: 20 })
  type!: string;

  @Field()
  @Property({ length: 7 })
  period!: string;

  @Field({ description: 'Tax base.' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  taxBase!: string;

  @Field({ description: 'Tax due (to pay, or negative to refund).' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  taxDue!: string;

  @Field(() => DeclarationStatus)
  @Enum({ items: () => DeclarationStatus, default: DeclarationStatus.DRAFT })
  status: DeclarationStatus = DeclarationStatus.DRAFT;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  filedAt?: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'When the tax is due, "YYYY-MM-DD": as the office gave it, else from the form and period under the Polish rules (moved past weekends and holidays).',
  })
  @Property({ type: 'date', nullable: true })
  dueDate?: string;

  @Field(() => Date, {
    nullable: true,
    description:
      'When office staff marked the tax as paid (markDeclarationPaid); null while unpaid. A paid declaration gets no deadline reminder.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  paidAt?: Date | null;
}

/** The tax authority's official receipt (UPO) of a filed declaration. */
@ObjectType()
@Entity()
export class Upo extends BaseEntity {
  @OneToOne(() => Declaration, { owner: true, ref: true, unique: true, deleteRule: 'cascade' })
  declaration!: Ref<Declaration>;

  @Field()
  @Property()
  referenceNumber!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  receivedAt!: Date;
}
