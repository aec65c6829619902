import type { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

export interface RateLimit {
  /** Keeps this limit's counters apart from every other's in a shared store. */
  name: string;
  /** Points (attempts) a key may spend per window. */
  points: number;
  windowSeconds: number;
}

/**
 * A counter per key over a fixed window, incremented atomically: in Redis when the process has it
 * (REDIS_URL), so every instance counts together, in memory otherwise. While Redis is unreachable
 * the counting goes on in memory rather than refusing everyone or letting everything through.
 * Counters expire with their window, whichever the store.
 */
export function createRateLimiter(limit: RateLimit, redis?: Redis): RateLimiterAbstract {
  const options = {
    keyPrefix: `ledgerpost:${limit.name}`,
    points: limit.points,
    duration: limit.windowSeconds,
  };
  const memory = new RateLimiterMemory(options);
  if (!redis) return memory;
  return new RateLimiterRedis({
    ...options,
    storeClient: redis,
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  });
}

/** Seconds until a key refused by its limiter may try again; null when `rejection` is not a refusal. */
export function retryAfterSeconds(rejection: unknown): number | null {
  return rejection instanceof RateLimiterRes
    ? Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    : null;
}
