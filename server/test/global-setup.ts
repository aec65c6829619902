import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  type EmbeddedDatabase,
  migrate,
  openDatabase,
  startEmbeddedPostgres,
} from '../src/core/database.js';
import { createLogger } from '../src/core/logger.js';
import { freePort } from './net.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * One PostgreSQL for the whole run (TEST_DATABASE_URL, or an embedded one in a temporary folder),
 * built through the migrations. Tests make their own offices, so they share it without truncating.
 */
export default async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  let embedded: EmbeddedDatabase | undefined;
  let dir: string | undefined;
  if (!url) {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledgerpost-test-pg-'));
    await fs.chmod(dir, 0o777);
    embedded = await startEmbeddedPostgres(
      path.join(dir, 'data'),
      await freePort(),
      createLogger('silent'),
      {
        persistent: false,
        database: 'ledgerpost_test',
      },
    );
    url = embedded.url;
  }
  const orm = await openDatabase(url, 2);
  await migrate(orm);
  await orm.close();
  project.provide('databaseUrl', url);
  return async () => {
    await embedded?.stop();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  };
}
