import { Field, ID, InputType } from 'type-graphql';
import { Connection } from '../../core/pagination.js';
import { DeclarationStatus, LedgerEntry, VatRegister } from './bookkeeping.entity.js';

/** Rows accepted by one importLedgerEntries call: large enough for a month of a busy company. */
export const MAX_IMPORT_ROWS = 5_000;

export const MAX_DOCUMENT_NUMBER_LENGTH = 100;
export const MAX_COUNTERPARTY_LENGTH = 255;
export const MAX_DESCRIPTION_LENGTH = 1_000;
export const MAX_COLUMN_LENGTH = 20;
export const MAX_REFERENCE_NUMBER_LENGTH = 100;

@InputType({ description: 'One bookkeeping entry as a bookkeeping application sends it.' })
export class LedgerEntryInput {
  @Field({ description: 'Date of the entry, YYYY-MM-DD.' })
  date!: string;

  @Field()
  documentNumber!: string;

  @Field()
  counterparty!: string;

  @Field(() => String, {
    nullable: true,
    description: "The counterparty's NIP; separators and a PL prefix are allowed.",
  })
  counterpartyNip?: string | null;

  @Field()
  description!: string;

  @Field({ description: 'Decimal string with at most 2 decimals, e.g. "1234.50".' })
  net!: string;

  @Field()
  vat!: string;

  @Field({ description: 'Must equal net + vat exactly.' })
  gross!: string;

  @Field({
    description:
      'Where the entry goes: the KPiR column (7, 8, 10, 11, 12, 13, 16) for the tax book, the lump-sum rate (e.g. 8.5) for ' +
      'the revenue record, the debit account (e.g. 201 or 402-1) in full accounting.',
  })
  column!: string;

  @Field(() => String, { nullable: true, description: 'Full accounting only: the credit account.' })
  contraAccount?: string | null;

  @Field(() => VatRegister, {
    nullable: true,
    description: 'VAT payers only: the VAT register the document belongs to.',
  })
  vatRegister?: VatRegister | null;
}

@InputType()
export class DeclarationInput {
  @Field(() => ID)
  companyId!: string;

  @Field({ description: 'Form symbol, e.g. JPK_V7M, PIT-28, PIT-36, PIT-36L, CIT-8, VAT-UE.' })
  type!: string;

  @Field({ description: '"YYYY-MM" for monthly declarations, "YYYY" for annual ones.' })
  period!: string;

  @Field()
  taxBase!: string;

  @Field({ description: 'Tax to pay, or negative to refund.' })
  taxDue!: string;

  @Field(() => DeclarationStatus, { defaultValue: DeclarationStatus.DRAFT })
  status!: DeclarationStatus;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was filed; defaults to now for a filed declaration, none for a draft.',
  })
  filedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'When the tax is due, "YYYY-MM-DD". Left out: kept on an update, else the statutory date for the form and period.',
  })
  dueDate?: string | null;
}

@InputType()
export class UpoInput {
  @Field(() => ID)
  declarationId!: string;

  @Field({ description: "The tax authority's reference number of the filing." })
  referenceNumber!: string;

  @Field(() => Date)
  receivedAt!: Date;
}

export const LedgerEntryConnection = Connection(LedgerEntry, 'LedgerEntry');
