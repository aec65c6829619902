import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { isId } from './pagination.js';

/**
 * A PostgreSQL array literal of ids, bound as one parameter (`?::uuid[]`), so a statement's text and
 * round trips stay the same whatever the number of ids. Only validated UUIDs get here.
 */
export function uuidArray(ids: readonly string[]): string {
  for (const id of ids) if (!isId(id)) throw new Error('uuidArray takes validated ids only');
  return `{${ids.join(',')}}`;
}

/** Rows come back from raw SQL with snake_case keys and bigint counts as strings. */
export function toInt(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}

/** The size of a listing query without its paging (used when a cursor points past the last row). */
export async function countRows(em: EntityManager, query: Knex.QueryBuilder): Promise<number> {
  const [row] = await em.execute(query.clone().clearSelect().clearOrder().count({ count: '*' }));
  return toInt(row?.count);
}
