import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../core/pagination.js';
import { Company, TaxForm } from './company.entity.js';

@InputType()
export class CompanyFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, or the start of the NIP (separators ignored).',
  })
  search?: string;

  @Field(() => TaxForm, { nullable: true })
  taxForm?: TaxForm;

  @Field(() => ID, { nullable: true, description: 'Companies assigned to this caretaker.' })
  caretakerId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only companies with (true) or without (false) unread client messages.',
  })
  hasUnreadFromClient?: boolean;

  @Field(() => Boolean, { nullable: true })
  vatPayer?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Archived companies (true) instead of the others (false, the default).',
  })
  archived?: boolean | null;
}

@InputType()
export class CreateCompanyInput {
  @Field()
  name!: string;

  @Field()
  nip!: string;

  @Field(() => TaxForm)
  taxForm!: TaxForm;

  @Field({ defaultValue: false })
  vatPayer!: boolean;

  @Field({ description: "The company's account address: its login and the address emails go to." })
  email!: string;

  @Field(() => ID, { nullable: true })
  caretakerId?: string;
}

@InputType({ description: 'A partial update: fields left out keep their value.' })
export class UpdateCompanyInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Checked, unique in the office.' })
  nip?: string | null;

  @Field(() => TaxForm, { nullable: true })
  taxForm?: TaxForm | null;

  @Field(() => Boolean, { nullable: true })
  vatPayer?: boolean | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

/** At most this many companies in one assignCaretaker call, as in a bulk send. */
export const MAX_ASSIGN_COMPANIES = 10_000;

export const CompanyConnection = Connection(Company, 'Company');

@ObjectType({
  description:
    'A company given to the subscribed caretaker (`visible`) or taken from them (`assignCaretaker`, a CSV import).',
})
export class CompanyAccessChange {
  @Field(() => ID)
  companyId!: string;

  @Field({ description: 'True when the caretaker now sees the company, false when no longer.' })
  visible!: boolean;
}
