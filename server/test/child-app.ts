import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/postgresql';
import { transformFile } from '@swc/core';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/core/database.js';
import { createLogger } from '../src/core/logger.js';
import { LiveBus } from '../src/core/pubsub.js';
import { ApiTokenService } from '../src/modules/api-token/api-token.service.js';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { OfficeVerification } from '../src/modules/office/office.entity.js';
import { type OfficeFixture, officeFixture } from './factories.js';
import type { TypedDocumentString } from './gql/graphql.js';
import { graphql } from './gql/index.js';
import type { GraphQLResponse, TestApp } from './harness.js';
import { freePort } from './net.js';

export { sleep, until } from './wait.js';

import { sleep } from './wait.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Inside node_modules, so the compiled files resolve packages from the project's node_modules. */
const buildDir = path.join(root, 'node_modules/.cache/ledgerpost-child-app');

let built: Promise<string> | undefined;

/**
 * The server compiled as the tests see it: swc with decorator metadata (which MikroORM and
 * type-graphql read, and esbuild does not emit), straight from the working tree, so a test never
 * runs a stale dist/. A second or so for the whole server.
 */
export function buildChildApp(): Promise<string> {
  built ??= (async () => {
    const sources: string[] = [];
    for (const dir of ['server/src', 'migrations']) {
      for (const entry of await fs.readdir(path.join(root, dir), { recursive: true })) {
        if (entry.endsWith('.ts') && !entry.endsWith('.test.ts') && !entry.endsWith('.d.ts'))
          sources.push(path.join(dir, entry));
      }
    }
    await fs.mkdir(buildDir, { recursive: true });
    // Past node_modules Node stops looking for the project's package.json: say ESM here.
    await fs.writeFile(path.join(buildDir, 'package.json'), '{ "type": "module" }\n');
    await Promise.all(
      sources.map(async (source) => {
        const output = await transformFile(path.join(root, source), {
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: {
              legacyDecorator: true,
              decoratorMetadata: true,
              useDefineForClassFields: false,
            },
            target: 'es2022',
          },
          module: { type: 'es6' },
          sourceMaps: 'inline',
        });
        const target = path.join(buildDir, source.replace(/\.ts$/, '.js'));
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.writeFile(target, output.code);
      }),
    );
    return path.join(buildDir, 'server/src');
  })();
  return built;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ChildAppOptions {
  /** Extra environment (ROLE, WORKERS, SHUTDOWN_TIMEOUT_MS, …) for every start. */
  env?: Record<string, string>;
  /** The entry under server/src: main.js (default) or worker.js. */
  entry?: string;
}

/**
 * The app as a child process on its own embedded PostgreSQL (a data directory of its own, kept
 * across restarts), so a test can kill -9 it, SIGTERM it, freeze or kill its database, and start
 * it again. The child leads a process group of its own with its PostgreSQL in it.
 */
export class ChildApp {
  process: ChildProcess | undefined;
  /** Resolves when the current process exits. */
  exited: Promise<Exit> = Promise.resolve({ code: null, signal: null });
  /** Everything the processes wrote, start after start. */
  output = '';
  private testOrm: MikroORM | undefined;

  private constructor(
    readonly dataDir: string,
    readonly port: number,
    readonly pgPort: number,
    private readonly options: ChildAppOptions,
    /** False for a process beside another on the same data directory, which that one removes. */
    private readonly ownsDataDir = true,
  ) {}

  static async create(options: ChildAppOptions = {}): Promise<ChildApp> {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledgerpost-child-'));
    // The embedded PostgreSQL runs as the postgres user when the tests run as root.
    await fs.chmod(dataDir, 0o777);
    return new ChildApp(dataDir, await freePort(), await freePort(), options);
  }

  /** Another process on the same data directory and embedded PostgreSQL (an API beside a worker). */
  static async beside(other: ChildApp, options: ChildAppOptions = {}): Promise<ChildApp> {
    return new ChildApp(other.dataDir, await freePort(), other.pgPort, options, false);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get databaseUrl(): string {
    return `postgres://postgres:ledgerpost@127.0.0.1:${this.pgPort}/ledgerpost`;
  }

  get pgDir(): string {
    return path.join(this.dataDir, 'postgres');
  }

  get storageDir(): string {
    return path.join(this.dataDir, 'files');
  }

  /** Spawns the app and waits until /healthz answers 200; fails with its output if it exits first. */
  async start(env: Record<string, string> = {}): Promise<void> {
    const dist = await buildChildApp();
    const child = spawn(process.execPath, [path.join(dist, this.options.entry ?? 'main.js')], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        HOST: '127.0.0.1',
        PORT: String(this.port),
        DATA_DIR: this.dataDir,
        EMBEDDED_PG_PORT: String(this.pgPort),
        DEMO_DATA: 'false',
        DEV_SMTP_PORT: '0',
        CLIENT_DIR: path.join(this.dataDir, 'no-client'),
        SECRET_KEY: 'ab'.repeat(32),
        // The test SMTP servers listen on this machine, on any port.
        SMTP_ALLOWED_HOSTS: '127.0.0.1:*',
        ...this.options.env,
        ...env,
      },
    });
    this.process = child;
    const record = (chunk: Buffer) => {
      this.output += chunk.toString();
    };
    child.stdout!.on('data', record);
    child.stderr!.on('data', record);
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    const since = this.output.length;
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(
          `the app exited while starting (${child.exitCode ?? child.signalCode}):\n${this.output.slice(since)}`,
        );
      }
      if ((await this.health(1000)) === 200) return;
      if (Date.now() > deadline)
        throw new Error(`the app did not become healthy:\n${this.output.slice(since)}`);
      await sleep(100);
    }
  }

  /** The status of GET /healthz, or 0 when nothing answered within `timeoutMs`. */
  async health(timeoutMs = 5000): Promise<number> {
    try {
      const response = await fetch(`${this.url}/healthz`, {
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return 0;
    }
  }

  /** POST /graphql with a typed document from `graphql(...)`, and the HTTP status. */
  async gql<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables?: TVariables,
    token?: string,
    timeoutMs = 60_000,
  ): Promise<GraphQLResponse<TResult> & { status: number }> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: String(document), variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, ...((await response.json()) as GraphQLResponse<TResult>) };
  }

  /** Signals the node process alone (its PostgreSQL lives on when it is killed). */
  signal(signal: NodeJS.Signals): void {
    if (this.process?.pid) process.kill(this.process.pid, signal);
  }

  /** SIGKILL to the whole group: node, its PostgreSQL and every backend, as a power cut would. */
  killAll(): void {
    if (this.process?.pid) {
      try {
        process.kill(-this.process.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }

  /** The PID in postmaster.pid, when the file is there. */
  postmasterPid(): number | undefined {
    try {
      const pid = Number(
        readFileSync(path.join(this.pgDir, 'postmaster.pid'), 'utf8').split('\n')[0],
      );
      return pid > 0 ? pid : undefined;
    } catch {
      return undefined;
    }
  }

  /** The postmaster and its children (backends, checkpointer, …). */
  async databasePids(): Promise<number[]> {
    const postmaster = this.postmasterPid();
    if (!postmaster || !isRunning(postmaster)) return [];
    const pids = [postmaster];
    for (const entry of await fs.readdir('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = await fs.readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster)
        pids.push(Number(entry));
    }
    return pids;
  }

  /** SIGSTOP (or SIGCONT) to every process of the database. */
  async signalDatabase(signal: 'SIGSTOP' | 'SIGCONT' | 'SIGKILL'): Promise<number[]> {
    const pids = await this.databasePids();
    for (const pid of pids) process.kill(pid, signal);
    return pids;
  }

  /** An ORM on the child's database for fixtures and assertions (re-connects across restarts). */
  async orm(): Promise<MikroORM> {
    this.testOrm ??= await openDatabase(this.databaseUrl, 4);
    return this.testOrm;
  }

  /** What officeFixture needs from an app: the ORM and sessions. */
  async fixtureHost(): Promise<TestApp> {
    // Sessions are rows: an in-process bus is all the service needs to make them here.
    const config = loadConfig({ NODE_ENV: 'test' });
    const live = new LiveBus(createLogger('silent'));
    const auth = new AuthService(
      config,
      live,
      new ApiTokenService(live, { requestsPerMinute: config.apiTokenRequestsPerMinute }),
    );
    return { orm: await this.orm(), services: { auth } } as unknown as TestApp;
  }

  async sql<T extends object>(query: string, params: unknown[] = []): Promise<T[]> {
    return (await this.orm()).em.fork().execute<T[]>(query, params);
  }

  async closeOrm(): Promise<void> {
    await this.testOrm?.close(true);
    this.testOrm = undefined;
  }

  /** Kills whatever is left (the app, a PostgreSQL it left behind) and removes the data. */
  async dispose(): Promise<void> {
    await this.closeOrm().catch(() => undefined);
    this.killAll();
    await this.exited;
    if (!this.ownsDataDir) return;
    for (const pid of await this.databasePids().catch(() => [])) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await fs.rm(this.dataDir, { recursive: true, force: true });
  }
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
}

const SET_SMTP = graphql(`
  mutation ChildAppSetSmtp($input: SmtpIntegrationInput!) {
    updateSmtpIntegration(input: $input) { host }
  }
`);

/**
 * A VERIFIED office of `companies` companies on the child's database whose SMTP integration points
 * at a test SMTP server on this machine.
 */
export async function emailOffice(
  app: ChildApp,
  smtpPort: number,
  companies: number,
): Promise<OfficeFixture> {
  const office = await officeFixture(await app.fixtureHost(), {
    companies,
    verification: OfficeVerification.VERIFIED,
  });
  const set = await app.gql(
    SET_SMTP,
    {
      input: {
        host: '127.0.0.1',
        port: smtpPort,
        security: 'NONE',
        fromAddress: 'biuro@kancelaria.test',
      },
    },
    office.head.token,
  );
  if (set.errors)
    throw new Error(
      `SMTP settings refused: ${JSON.stringify(set.errors)}\n${app.output.slice(-2000)}`,
    );
  return office;
}

/** Accepted emails per recipient at a test SMTP server. */
export function perRecipient(transactions: Array<{ rcptTo: string[] }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of transactions) for (const r of t.rcptTo) counts.set(r, (counts.get(r) ?? 0) + 1);
  return counts;
}
