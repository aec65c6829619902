import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from './config.js';
import { migrate, openDatabase, startEmbeddedPostgres } from './core/database.js';
import { createLogger } from './core/logger.js';

/**
 * `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded database).
 * `npm run migrate -- create`: writes a migration for what the entities changed; add it to
 * migrations/index.ts.
 */
async function main(command = 'up'): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres(
        path.join(config.dataDir, 'postgres'),
        config.embeddedPgPort,
        logger,
      );
  const orm = await openDatabase(config.databaseUrl ?? embedded!.url, 2);
  try {
    const applied = await migrate(orm);
    process.stdout.write(
      applied.length ? `Applied: ${applied.join(', ')}\n` : 'No pending migrations.\n',
    );
    if (command === 'create') {
      const created = await orm.getMigrator().createMigration();
      process.stdout.write(
        created.fileName
          ? `Created migrations/${created.fileName}\n`
          : 'The entities match the database.\n',
      );
    }
  } finally {
    await orm.close();
    await embedded?.stop();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
