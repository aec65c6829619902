import { performance } from 'node:perf_hooks';
import argon2 from 'argon2';
import { TooManyRequestsError } from '../../core/errors.js';

/** argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes). */
export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

/**
 * Password hashing with a ceiling. argon2 runs on libuv's thread pool (4 threads), which file reads
 * and writes share: left unbounded, a login flood queues every download behind hundreds of hashes
 * (and holds 64 MiB per hash). At most `concurrency` hashes run at once and at most `queueLimit`
 * wait; past that the caller is refused with TOO_MANY_REQUESTS at once, costing nothing.
 */
export class PasswordHasher {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  /** Moving average of one hash, to tell a refused caller how long the queue takes to drain. */
  private averageMs = 250;

  constructor(
    private readonly concurrency: number,
    private readonly queueLimit: number,
  ) {}

  /**
   * Verifies `password` against the hash `loadHash` finds, both inside one slot, so a refused
   * caller has cost no lookup either. False for a wrong password and a malformed hash alike.
   */
  verify(loadHash: () => Promise<string>, password: string): Promise<boolean> {
    return this.run(async () => argon2.verify(await loadHash(), password).catch(() => false));
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.concurrency) this.running += 1;
    else if (this.waiting.length < this.queueLimit)
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    else {
      const drainMs = ((this.waiting.length + this.running) * this.averageMs) / this.concurrency;
      throw new TooManyRequestsError(
        'The server is busy with other logins. Try again shortly.',
        drainMs / 1000,
      );
    }
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.averageMs += (performance.now() - started - this.averageMs) / 8;
      // The slot passes straight to the next in line, so `running` only drops when nobody waits.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
