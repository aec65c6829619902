import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Client, createClient } from 'graphql-ws';
import { inject } from 'vitest';
import WebSocket from 'ws';
import { type App, startApp } from '../src/app.js';
import { type Config, loadConfig } from '../src/config.js';
import { sqlStatements } from '../src/core/database.js';
import { createLogger } from '../src/core/logger.js';
import type { TypedDocumentString } from './gql/graphql.js';

/**
 * A document for `gql`/`subscribe`: a typed one from `graphql(...)` (`server/test/gql`, made by
 * `npm run codegen`), whose result and variables are checked against the schema; or, for
 * documents the schema must refuse (unknown fields, hostile shapes), a plain string whose result is
 * `unknown`.
 */
export type Document<TResult, TVariables> = TypedDocumentString<TResult, TVariables> | string;

/** What a typed document's variables are given as: optional when it has none. */
export type Variables<TVariables> =
  TVariables extends Record<string, never> ? Record<string, unknown> | undefined : TVariables;

export interface GraphQLResponse<T = unknown> {
  data?: T | null;
  errors?: Array<{
    message: string;
    path?: string[];
    extensions?: { code?: string; [key: string]: unknown };
  }>;
}

export interface TestApp extends App {
  config: Config;
  /** POST /graphql with the token as a Bearer header. */
  gql<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables?: Variables<TVariables>,
    token?: string,
  ): Promise<GraphQLResponse<TResult>>;
  /** A document the schema must refuse: its result is not known. */
  gql(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<unknown>>;
  /** A graphql-ws client on the same port, authenticated by connectionParams. */
  ws(token?: string): Client;
}

/** The real server (HTTP + WebSocket) in this process, on a free port, against the test database. */
export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const storageDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledgerpost-files-'));
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test' }),
    databaseUrl: inject('databaseUrl'),
    host: '127.0.0.1',
    port: 0,
    storageDir,
    demoData: false,
    devSmtpPort: 0,
    // Each app has its own queue, so parallel test files never work each other's deliveries.
    emailQueue: `test-${randomUUID().slice(0, 12)}`,
    workers: 2,
    emailRetryDelaySeconds: 1,
    // The shortest lease checkEmailTiming accepts for these timeouts: a dead worker's emails move on soon.
    emailJobExpireSeconds: 8,
    smtpTimeoutMs: 2000,
    // Test SMTP servers listen on this machine, on any free port: allowed here, refused by default.
    smtpAllowedHosts: [{ host: '127.0.0.1', port: '*' }],
    // Alert sweeps run when a test asks for them (with its own clock), never on their own.
    alertSweepSeconds: 0,
    // Test webhook receivers too (http://127.0.0.1:<port>); `localhost` stays refused.
    webhookAllowedHosts: [{ host: '127.0.0.1', port: '*' }],
    webhookRetryDelaySeconds: 1,
    ...overrides,
  };
  const app = await startApp(config, createLogger(config.logLevel));
  config.publicUrl = app.url;
  const clients: Client[] = [];
  return {
    ...app,
    config,
    async gql(
      query: Document<unknown, unknown>,
      variables?: unknown,
      token?: string,
    ): Promise<GraphQLResponse<never>> {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query: String(query), variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    ws(token) {
      const client = createClient({
        url: `${app.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: false,
        // A refused connection (bad token) is asserted by the tests through subscribe(); no console noise.
        onNonLazyError: () => undefined,
      });
      clients.push(client);
      return client;
    },
    async stop() {
      await Promise.all(clients.map((c) => c.dispose()));
      await app.stop();
      if (!overrides.storageDir) await fs.rm(storageDir, { recursive: true, force: true });
    },
    async kill() {
      await Promise.all(clients.map((c) => c.dispose()));
      await app.kill();
    },
  };
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function ok<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length)
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

/** The codes of a response's errors. */
export function codes(response: GraphQLResponse<unknown>): string[] {
  return (response.errors ?? []).map((e) => String(e.extensions?.code));
}

/** The one row a query answers (an aggregate, a row by id); fails the test when there is none. */
export async function oneRow<T extends object>(
  em: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<T> {
  const [row] = await em.execute<T[]>(sql, params);
  if (!row) throw new Error(`no row from: ${sql}`);
  return row;
}

/** SQL statements this process sent while `run` ran (tests in a file run one at a time). */
export async function countStatements<T>(
  run: () => Promise<T>,
): Promise<{ result: T; statements: number }> {
  const before = sqlStatements.count;
  const result = await run();
  return { result, statements: sqlStatements.count - before };
}

export interface Subscription<T> {
  events: GraphQLResponse<T>[];
  readonly error: unknown;
  readonly done: boolean;
  next(timeoutMs?: number): Promise<GraphQLResponse<T>>;
  pending(settleMs?: number): Promise<GraphQLResponse<T>[]>;
  dispose(): void;
}

/**
 * A live subscription: every event is kept in `events`; `next()` waits for the next one not yet
 * taken. Errors from the server end up in `errors`.
 */
export function subscribe<TResult, TVariables>(
  client: Client,
  document: TypedDocumentString<TResult, TVariables>,
  variables?: Variables<TVariables>,
): Subscription<TResult>;
/** A subscription the schema must refuse: its events' data is not known. */
export function subscribe(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Subscription<unknown>;
export function subscribe<T>(
  client: Client,
  document: Document<T, unknown>,
  variables?: unknown,
): Subscription<T> {
  const query = String(document);
  const events: GraphQLResponse<T>[] = [];
  const waiters: Array<() => void> = [];
  let taken = 0;
  let closedWith: unknown;
  let done = false;
  const dispose = client.subscribe<T>(
    { query, variables: variables as Record<string, unknown> | undefined },
    {
      next: (value) => {
        events.push(value as GraphQLResponse<T>);
        for (const wake of waiters.splice(0)) wake();
      },
      error: (error) => {
        const event = error as { code?: number; reason?: string };
        closedWith =
          event && typeof event.code === 'number'
            ? { code: event.code, reason: event.reason }
            : error;
        done = true;
        for (const wake of waiters.splice(0)) wake();
      },
      complete: () => {
        done = true;
        for (const wake of waiters.splice(0)) wake();
      },
    },
  );
  return {
    events,
    get error() {
      return closedWith;
    },
    get done() {
      return done;
    },
    async next(timeoutMs = 5000): Promise<GraphQLResponse<T>> {
      const deadline = Date.now() + timeoutMs;
      while (events.length <= taken) {
        if (done) throw new Error(`subscription ended: ${JSON.stringify(closedWith)}`);
        const remaining = deadline - Date.now();
        if (remaining <= 0)
          throw new Error(`no event within ${timeoutMs} ms (got ${events.length})`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, remaining);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      // The loop above leaves at least one event not yet taken.
      return events[taken++]!;
    },
    /** Waits a moment and returns the events that arrived but were not taken. */
    async pending(settleMs = 300): Promise<GraphQLResponse<T>[]> {
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      return events.slice(taken);
    },
    dispose,
  };
}
