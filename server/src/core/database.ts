import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '../../../migrations/index.js';
import { entities } from '../entities.js';

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

export { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
