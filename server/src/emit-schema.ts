import 'reflect-metadata';
import fs from 'node:fs/promises';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from './schema.js';

export const SCHEMA_FILE = 'schema.graphql';

/** The SDL of the code-first schema, as committed in schema.graphql. */
export async function printAppSchema(): Promise<string> {
  const schema = await buildAppSchema();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (process.argv[1]?.endsWith('emit-schema.js')) {
  await fs.writeFile(SCHEMA_FILE, await printAppSchema());
  process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
}
