import { Field, InputType } from 'type-graphql';
import { Connection } from '../../core/pagination.js';
import { Language } from '../auth/user.entity.js';
import { Office } from './office.entity.js';

export const OfficeConnection = Connection(Office, 'Office');

@InputType({ description: 'A new office and its first head, who is logged in by the answer.' })
export class SignUpOfficeInput {
  @Field()
  officeName!: string;

  @Field({ description: "The office's own NIP: 10 digits with a valid checksum." })
  nip!: string;

  @Field({ description: "The first head's name." })
  headName!: string;

  @Field({ description: "The first head's login; CONFLICT when an account has it." })
  email!: string;

  @Field({
    description: 'At least 10 characters, not a common password, not the email.',
  })
  password!: string;

  @Field(() => Language, {
    nullable: true,
    description: "The head's language for Ledgerpost's emails; PL when not given.",
  })
  language?: Language | null;
}

/** Longest office or person name accepted. */
export const NAME_MAX = 200;
