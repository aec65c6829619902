import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { BadUserInputError } from './errors.js';

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, fallback = 50): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return size;
}

/** Opaque cursors: the sort key of the row, base64url JSON. */
export function encodeCursor(key: Array<string | number>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** What each part of a cursor's key is, so a forged cursor fails here and not as SQL. */
export type CursorPart = 'text' | 'time' | 'id';

const isCursorPart: Record<CursorPart, (value: string) => boolean> = {
  text: (value) => !value.includes('\u0000'),
  time: (value) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) &&
    new Date(value).toISOString() === value,
  id: (value) => isId(value),
};

export function decodeCursor(
  cursor: string | null | undefined,
  parts: readonly CursorPart[],
): string[] | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(key) &&
      key.length === parts.length &&
      key.every((part, i) => {
        const kind = parts[i];
        return typeof part === 'string' && kind !== undefined && isCursorPart[kind](part);
      })
    ) {
      return key as string[];
    }
  } catch {
    // fall through to the same error as a well-formed but wrong cursor
  }
  throw new BadUserInputError('after is not a valid cursor.', 'after');
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/**
 * `totalCount` is a function: graphql's default field resolver calls it only when the field is
 * selected, so a page that does not ask for the total never pays for counting the whole listing.
 */
export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

/** A Relay connection type for `Node`, named `<name>Connection` with `<name>Edge`. */
export function Connection<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => Node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    // simple: graphql's own default resolver, which calls a function-valued property;
    // type-graphql's resolver would return the function itself.
    @Field(() => Int, { simple: true })
    totalCount!: () => Promise<number>;
  }
  return ConnectionType as ClassType<ConnectionShape<T>>;
}

/** Builds a connection from `first + 1` fetched rows. */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: () => Promise<number>,
  cursorOf: (row: T) => string,
): ConnectionShape<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a row, so callers answer NOT_FOUND without asking the database. */
export function isId(value: string): boolean {
  return uuidPattern.test(value);
}
