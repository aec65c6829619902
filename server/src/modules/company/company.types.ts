import { Field, ID, InputType } from 'type-graphql';
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

export const CompanyConnection = Connection(Company, 'Company');
