import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { type ConnectionShape, encodeCursor, isId, toConnection } from './pagination.js';

/**
 * A PostgreSQL array literal of ids, bound as one parameter (`?::uuid[]`), so a statement's text and
 * round trips stay the same whatever the number of ids. Only validated UUIDs get here.
 */
export function uuidArray(ids: readonly string[]): string {
  for (const id of ids) if (!isId(id)) throw new Error('uuidArray takes validated ids only');
  return `{${ids.join(',')}}`;
}

/**
 * Runs a statement with its values bound by the driver (`$1`, `$2`…). MikroORM's `execute` formats
 * every value into the SQL text first: 20-50 ms of JavaScript for the 370 KB id array of a
 * 10,000-company send, and as much again for PostgreSQL to parse the literal. Statements that carry
 * id arrays use this; inside `em.transactional` it runs in that transaction.
 */
export async function executeBound<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string | Knex.QueryBuilder,
  bindings: readonly Knex.Value[] = [],
): Promise<T[]> {
  const query = typeof sql === 'string' ? em.getKnex().raw(sql, bindings as Knex.Value[]) : sql;
  const transaction = em.getTransactionContext<Knex.Transaction>();
  if (transaction) query.transacting(transaction);
  const result: unknown = await query;
  return typeof sql === 'string' ? (result as { rows: T[] }).rows : (result as T[]);
}

/** Rows come back from raw SQL with snake_case keys and bigint counts as strings. */
export function toInt(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}

/** The number of rows of a listing query, without its paging: a `totalCount` that was asked for. */
export async function countRows(em: EntityManager, query: Knex.QueryBuilder): Promise<number> {
  const [row] = await em.execute(query.clone().clearSelect().clearOrder().count({ count: '*' }));
  return toInt(row?.count);
}

export interface KeysetOptions<T> {
  first: number;
  /** The decoded `after` cursor: the two sort values of the last row seen. */
  after: string[] | null;
  /** The two sort columns of the rows with their SQL types; the second is unique (an id). */
  sort: [[column: string, type: string], [column: string, type: string]];
  descending?: boolean;
  map(row: Record<string, unknown>): T;
  cursorOf(node: T): Array<string>;
}

/**
 * One page of a listing query by keyset (never OFFSET): `inner` selects the rows (filters and scope
 * applied); this adds the cursor condition, the order and the limit, so an index on (scope, sort
 * columns) answers it by reading `first + 1` entries whatever the listing's size. The total is a
 * separate count, run only if the client selects `totalCount`, and not at all when the first page
 * holds every row.
 */
export async function keysetPage<T>(
  em: EntityManager,
  inner: Knex.QueryBuilder,
  options: KeysetOptions<T>,
): Promise<ConnectionShape<T>> {
  const knex = em.getKnex();
  const [[first, firstType], [second, secondType]] = options.sort;
  const order = options.descending ? 'desc' : 'asc';
  const outer = knex.select('*').from(inner.clone().as('s'));
  if (options.after) {
    outer.whereRaw(
      `(s.${first}, s.${second}) ${options.descending ? '<' : '>'} (?::${firstType}, ?::${secondType})`,
      options.after,
    );
  }
  outer
    .orderBy([
      { column: `s.${first}`, order },
      { column: `s.${second}`, order },
    ])
    .limit(options.first + 1);
  const rows: Array<Record<string, unknown>> = await em.execute(outer);
  const nodes = rows.map((row) => options.map(row));
  const complete = !options.after && rows.length <= options.first;
  let total: Promise<number> | undefined;
  const totalCount = () =>
    (total ??= complete ? Promise.resolve(rows.length) : countRows(em, inner));
  return toConnection(nodes, options.first, totalCount, (node) =>
    encodeCursor(options.cursorOf(node)),
  );
}
