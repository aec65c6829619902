import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** At most this many rows (besides the header) in one imported file. */
export const MAX_IMPORT_ROWS = 10_000;

export enum ImportRowStatus {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  ERROR = 'ERROR',
}
registerEnumType(ImportRowStatus, { name: 'CompanyImportRowStatus' });

@ObjectType({ description: 'What the import did (or, in a dry run, would do) with one row.' })
export class CompanyImportRow {
  @Field(() => Int, { description: "The row's line in the file; the header is line 1." })
  line!: number;

  @Field(() => ImportRowStatus)
  status!: ImportRowStatus;

  @Field(() => String, { nullable: true, description: 'The header of the column in error.' })
  column!: string | null;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => String, { nullable: true })
  nip!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;
}

@ObjectType()
export class CompanyImportResult {
  @Field({
    description:
      'Whether the rows were written: false in a dry run, and when rows failed without skipInvalid.',
  })
  applied!: boolean;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => [CompanyImportRow])
  rows!: CompanyImportRow[];
}
