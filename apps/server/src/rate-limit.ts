/**
 * The per-client limit on `/api/traffic`: `perMinute` requests per client in each minute window
 * (the window starts at the client's first request), with `rate-limiter-flexible`. In memory,
 * a client's record is dropped when its window ends. With Redis, every instance counts against
 * one shared limit; while Redis is away, an in-memory insurance limiter of the same size takes
 * over in each instance, so a request is never refused or failed for Redis's sake.
 */
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
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

/**
 * @example (await createRateLimiter(600).take('203.0.113.7')).allowed // true
 */
export function createRateLimiter(perMinute: number, shared?: SharedRedis): RateLimiter {
  if (perMinute <= 0) return { take: () => Promise.resolve(ALLOWED) };
  const memory = new RateLimiterMemory({ points: perMinute, duration: 60 });
  const limiter = shared
    ? new RateLimiterRedis({
        storeClient: shared.client,
        useRedisPackage: true,
        rejectIfRedisNotReady: true,
        keyPrefix: 'footfall:rate:traffic',
        points: perMinute,
        duration: 60,
        insuranceLimiter: memory,
      })
    : memory;
  return {
    async take(client) {
      try {
        await limiter.consume(client);
        return ALLOWED;
      } catch (refusal) {
        // The memory store refuses with the client's state; anything else is a fault.
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)),
        };
      }
    },
  };
}
