import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { startTestApp, type TestApp } from './harness.js';
import { freePort } from './net.js';

export interface DemoApp {
  app: TestApp;
  /** Stops the app and drops its database. */
  stop(): Promise<void>;
}

/**
 * The demo data on an empty database of its own, as `npm start` shows it on a fresh machine: two
 * offices, forty companies, weeks of notifications, questions, answers and an email with
 * printouts (sent to a mail catcher on a free port). Everyone logs in with `config.demoPassword`.
 */
export async function startDemoApp(): Promise<DemoApp> {
  const database = `demo_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: inject('databaseUrl') });
  await admin.connect();
  await admin.query(`create database ${database}`);
  const url = new URL(inject('databaseUrl'));
  url.pathname = `/${database}`;
  const app = await startTestApp({
    databaseUrl: url.toString(),
    demoData: true,
    devSmtpPort: await freePort(),
  });
  return {
    app,
    async stop() {
      await app.stop();
      await admin.query(`drop database if exists ${database} with (force)`);
      await admin.end();
    },
  };
}
