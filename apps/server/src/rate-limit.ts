/**
 * The per-client limit on `/api/traffic`: `perMinute` requests per client in each minute window
 * (the window starts at the client's first request), with `rate-limiter-flexible`. In memory,
 * a client's record is dropped when its window ends. With Redis, every instance counts against
 * one shared limit; while Redis is away, an in-memory insurance limiter of the same size takes
 * over in each instance, so a request is never refused or failed for Redis's sake.
 */
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { SharedRedis } from './shared/redis.ts';

export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until the next request would be allowed (0 when allowed). */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  take(client: string): Promise<RateDecision>;
}

const ALLOWED: RateDecision = { allowed: true, retryAfterSeconds: 0 };

export interface LimiterSettings {
  /** Redis keys are `<keyPrefix>:<key>`. */
  keyPrefix: string;
  points: number;
  durationSeconds: number;
}

/**
 * One `rate-limiter-flexible` limiter: in memory, or in Redis with an in-memory insurance limiter
 * of the same size that counts while Redis is away.
 *
 * @example const limiter = sharedLimiter({ keyPrefix: 'footfall:rate:traffic', points: 600, durationSeconds: 60 }, shared);
 */
export function sharedLimiter(
  settings: LimiterSettings,
  shared?: SharedRedis,
): RateLimiterAbstract {
  const memory = new RateLimiterMemory({
    keyPrefix: settings.keyPrefix,
    points: settings.points,
    duration: settings.durationSeconds,
  });
  if (!shared) return memory;
  return new RateLimiterRedis({
    storeClient: shared.client,
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    keyPrefix: settings.keyPrefix,
    points: settings.points,
    duration: settings.durationSeconds,
    insuranceLimiter: memory,
  });
}

/**
 * Takes one point for `key`: the refusal when it is over its limit, `undefined` when allowed.
 * The limiter refuses by rejecting with the key's state, which is the point, not a fault.
 */
export async function consume(
  limiter: RateLimiterAbstract,
  key: string,
): Promise<RateLimiterRes | undefined> {
  try {
    await limiter.consume(key);
    return undefined;
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    return refusal;
  }
}

/**
 * @example (await createRateLimiter(600).take('203.0.113.7')).allowed // true
 */
export function createRateLimiter(perMinute: number, shared?: SharedRedis): RateLimiter {
  if (perMinute <= 0) return { take: () => Promise.resolve(ALLOWED) };
  const limiter = sharedLimiter(
    { keyPrefix: 'footfall:rate:traffic', points: perMinute, durationSeconds: 60 },
    shared,
  );
  return {
    async take(client) {
      const refusal = await consume(limiter, client);
      if (refusal === undefined) return ALLOWED;
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)),
      };
    },
  };
}
