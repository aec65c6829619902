import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { encodeCursor, isId, toConnection, type ConnectionShape } from './pagination.js';

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
 * One page of a listing query by keyset (never OFFSET), with the total count from the same
 * statement: `inner` selects the rows (filters and scope applied); this adds the window count, the
 * cursor condition, the order and the limit.
 */
export async function keysetPage<T>(em: EntityManager, inner: Knex.QueryBuilder, options: KeysetOptions<T>): Promise<ConnectionShape<T>> {
  const knex = em.getKnex();
  const [[first, firstType], [second, secondType]] = options.sort;
  const order = options.descending ? 'desc' : 'asc';
  const outer = knex.select('*').from(inner.clone().select(knex.raw('count(*) over () as total_count')).as('s'));
  if (options.after) {
    outer.whereRaw(`(s.${first}, s.${second}) ${options.descending ? '<' : '>'} (?::${firstType}, ?::${secondType})`, options.after);
  }
  outer.orderBy([{ column: `s.${first}`, order }, { column: `s.${second}`, order }]).limit(options.first + 1);
  const rows: Array<Record<string, unknown>> = await em.execute(outer);
  const totalCount = rows.length ? toInt(rows[0].total_count) : options.after ? await countRows(em, inner) : 0;
  const nodes = rows.map(({ total_count: _total, ...row }) => options.map(row));
  return toConnection(nodes, options.first, totalCount, (node) => encodeCursor(options.cursorOf(node)));
}
