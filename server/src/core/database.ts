import path from 'node:path';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';
import { migrationsList } from '../../../migrations/index.js';
import { entities } from '../entities.js';

/** SQL statements sent by this process; tests read it to assert how many a request costs. */
export const sqlStatements = { count: 0 };

/** Bounds on waiting for the database, so a slow or frozen one turns into errors, not hangs. */
export interface DatabaseLimits {
  /** No statement waits longer: PostgreSQL cancels it, or the client gives up on a silent server. */
  statementTimeoutMs?: number;
  /** Longest wait for a pooled connection, connecting a new one included. */
  acquireTimeoutMs?: number;
}

/**
 * PostgreSQL cancels a statement a little before the client would stop waiting for it, so that
 * its clean error (and a connection fit for reuse) comes first; the client's own timeout only ends
 * the wait on a server that does not answer at all.
 */
function statementTimeouts(timeoutMs: number | undefined) {
  if (!timeoutMs) return {};
  return {
    statement_timeout: timeoutMs - Math.min(500, Math.floor(timeoutMs / 10)),
    query_timeout: timeoutMs,
  };
}

export function ormOptions(databaseUrl: string, poolMax = 10, limits: DatabaseLimits = {}) {
  return {
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    forceUtcTimezone: true,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: poolMax },
    driverOptions: {
      acquireConnectionTimeout: limits.acquireTimeoutMs ?? 60_000,
      connection: {
        ...statementTimeouts(limits.statementTimeoutMs),
        connectionTimeoutMillis: limits.acquireTimeoutMs ?? 0,
        // A peer gone without a word (host down, network cut) is noticed instead of waited on.
        keepAlive: true,
        keepAliveInitialDelayMillis: 10_000,
      },
      pool: {
        // A connection whose statement the client gave up on still waits for that answer: it is
        // dropped rather than handed out again.
        validate: (connection: { readyForQuery?: boolean }) => connection.readyForQuery !== false,
      },
    },
    migrations: {
      migrationsList,
      path: path.resolve('migrations'),
      pathTs: path.resolve('migrations'),
      tableName: 'mikro_orm_migrations',
      transactional: true,
      silent: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts' as const,
    },
  };
}

export async function openDatabase(
  databaseUrl: string,
  poolMax: number,
  limits: DatabaseLimits = {},
): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(databaseUrl, poolMax, limits));
  orm.em.getKnex().on('query', () => {
    sqlStatements.count += 1;
  });
  return orm;
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/** Any constant, the same in every process: the advisory lock that serialises migrations. */
const MIGRATION_LOCK = 7_104_202_611;

/**
 * Applies pending migrations over connections of their own, free of the statement timeout, one
 * process at a time: processes starting together (two APIs and a worker) would otherwise race to
 * create the same tables; the later ones find nothing left to do.
 */
export async function migrateDatabase(databaseUrl: string): Promise<string[]> {
  const orm = await openDatabase(databaseUrl, 2);
  try {
    return await orm.em.getKnex().transaction(async (lock) => {
      await lock.raw('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
      return migrate(orm);
    });
  } finally {
    await orm.close(true);
  }
}

/** Whether the database answers a trivial statement (the health check); never throws. */
export function databaseAnswers(orm: MikroORM): Promise<boolean> {
  return orm.em
    .fork()
    .execute('select 1')
    .then(
      () => true,
      () => false,
    );
}

export { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres.js';
