import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** An empty database of the test server's own, for a suite whose work spans every row there is. */
export interface PrivateDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates one (`startTestApp({ databaseUrl: db.url })` migrates it); `drop` ends its connections. */
export async function createPrivateDatabase(prefix: string): Promise<PrivateDatabase> {
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: inject('databaseUrl') });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(inject('databaseUrl'));
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
