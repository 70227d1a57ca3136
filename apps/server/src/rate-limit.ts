/**
 * The per-client limit on `/api/traffic`: `rate-limiter-flexible`'s memory store, `perMinute`
 * requests per client in each minute window (the window starts at the client's first request).
 * Memory is bounded: a client's record is dropped when its window ends. The same library has a
 * Redis store, for when instances share their limits.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

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
export function createRateLimiter(perMinute: number): RateLimiter {
  if (perMinute <= 0) return { take: () => Promise.resolve(ALLOWED) };
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
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
