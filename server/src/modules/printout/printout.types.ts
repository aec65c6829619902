import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PrintoutKind } from './printout.kind.js';

@ObjectType({ description: 'A printout the attachment picker offers for the ticked companies.' })
export class PrintoutOption {
  @Field(() => PrintoutKind)
  kind!: PrintoutKind;

  @Field({ description: 'Its name as an accountant writes it (Polish).' })
  label!: string;

  @Field(() => Int, {
    description: 'How many of the ticked companies it applies to; each of them receives its own.',
  })
  companyCount!: number;

  @Field(() => [ID], {
    description: 'Which of the ticked companies it applies to, in the order they were given.',
  })
  companyIds!: string[];
}
