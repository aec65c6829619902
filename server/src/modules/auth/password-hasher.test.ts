import { describe, expect, it } from 'vitest';
import { TooManyRequestsError } from '../../core/errors.js';
import { hashPassword, PasswordHasher } from './password-hasher.js';

describe('PasswordHasher', () => {
  it('runs at most `concurrency` hashes, queues at most `queueLimit`, refuses the rest at once', async () => {
    const hasher = new PasswordHasher(1, 1);
    const hash = await hashPassword('right');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const started: string[] = [];
    /** Looks the hash up after recording that it started, and after `wait` when given. */
    const lookup = (name: string, wait?: Promise<void>) => async () => {
      started.push(name);
      await wait;
      return hash;
    };
    const first = hasher.verify(lookup('first', gate), 'right');
    const second = hasher.verify(lookup('second'), 'wrong');
    const third = hasher.verify(lookup('third'), 'right');

    const refusal = await third.then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(TooManyRequestsError);
    expect((refusal as TooManyRequestsError).extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
    expect((refusal as TooManyRequestsError).retryAfter).toBeGreaterThanOrEqual(1);
    // The second waits for the first's slot; the refused one never looked anything up.
    expect(started).toEqual(['first']);

    release();
    expect(await first).toBe(true);
    expect(await second).toBe(false);
    expect(started).toEqual(['first', 'second']);
    expect(await hasher.verify(async () => hash, 'right')).toBe(true);
  });

  it('frees the slot when finding the hash fails', async () => {
    const hasher = new PasswordHasher(1, 0);
    await expect(
      hasher.verify(() => Promise.reject(new Error('database gone')), 'x'),
    ).rejects.toThrow('database gone');
    expect(await hasher.verify(() => hashPassword('x'), 'x')).toBe(true);
  });
});
