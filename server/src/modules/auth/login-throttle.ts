import { createHash } from 'node:crypto';
import net from 'node:net';
import type { Redis } from 'ioredis';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { TooManyRequestsError } from '../../core/errors.js';
import { createRateLimiter, retryAfterSeconds } from '../../core/rate-limit.js';

export interface LoginLimits {
  /** Attempts for one email from one source per window; a successful login starts it over. */
  perEmailAndSource: number;
  /** Failed attempts from one source per window, whatever the emails. */
  perSource: number;
  windowSeconds: number;
}

/** One counted attempt, told how it ended. */
export interface LoginAttempt {
  /** The password was right: this email's count from this source starts over, and the source's count takes this attempt back. */
  succeeded(): Promise<void>;
  /** The password was never checked (the server was too busy, the lookup failed): the attempt does not count. */
  withdraw(): Promise<void>;
}

/**
 * Login attempts, counted before the password is checked, so attempts sent at once are counted as
 * if sent one after another; a successful one is given back afterwards, so the counts are failures
 * (and attempts still running). Per source and per email from that source, never per email alone:
 * a guesser locks an account out only for their own address, and the owner logs in from theirs.
 * An unknown email is counted exactly like a known one, in counters that expire with their window.
 */
export class LoginThrottle {
  private readonly bySource: RateLimiterAbstract;
  private readonly byEmailAndSource: RateLimiterAbstract;

  constructor(limits: LoginLimits, redis?: Redis) {
    this.bySource = createRateLimiter(
      { name: 'login-source', points: limits.perSource, windowSeconds: limits.windowSeconds },
      redis,
    );
    this.byEmailAndSource = createRateLimiter(
      {
        name: 'login-email-source',
        points: limits.perEmailAndSource,
        windowSeconds: limits.windowSeconds,
      },
      redis,
    );
  }

  /** Counts the attempt; TOO_MANY_REQUESTS when this source, or this email from it, has no attempts left. */
  async attempt(email: string, address: string): Promise<LoginAttempt> {
    const source = sourceOf(address);
    const emailKey = `${createHash('sha256').update(email).digest('hex').slice(0, 32)}:${source}`;
    await spend(this.bySource, source, 'Too many failed logins from this address.');
    await spend(this.byEmailAndSource, emailKey, 'Too many failed logins for this email.');
    // Giving back is best effort: a store hiccup must not turn a right password into an error.
    const settle = (steps: Array<Promise<unknown>>) =>
      Promise.all(steps).then(
        () => undefined,
        () => undefined,
      );
    return {
      succeeded: () =>
        settle([this.bySource.reward(source), this.byEmailAndSource.delete(emailKey)]),
      withdraw: () =>
        settle([this.bySource.reward(source), this.byEmailAndSource.reward(emailKey)]),
    };
  }
}

async function spend(limiter: RateLimiterAbstract, key: string, refusal: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    const retryAfter = retryAfterSeconds(rejection);
    if (retryAfter === null) throw rejection;
    throw new TooManyRequestsError(`${refusal} Try again in ${retryAfter} s.`, retryAfter);
  }
}

/**
 * The source an attempt is counted under: an IPv4 address (also when IPv4-mapped), or the /64 of
 * an IPv6 address, which one subscriber usually holds whole and could otherwise rotate through.
 */
export function sourceOf(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)?.[1];
  if (mapped) return mapped;
  if (!net.isIPv6(address)) return address;
  const [withoutZone = ''] = address.split('%');
  const [head, tail] = withoutZone.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [
          ...left,
          ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'),
          ...right,
        ];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}
