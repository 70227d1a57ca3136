/**
 * A per-client token bucket: each client may make `perMinute` requests in a burst and earns them
 * back evenly over a minute. Memory is bounded: clients whose bucket has refilled are forgotten.
 */

export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until the next request would be allowed (0 when allowed). */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  take(client: string): RateDecision;
}

const MINUTE_MS = 60_000;
const MAX_TRACKED_CLIENTS = 10_000;

/**
 * @example createRateLimiter(600, Date.now).take('203.0.113.7').allowed // true
 */
export function createRateLimiter(perMinute: number, now: () => number): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = perMinute / MINUTE_MS;

  const refilled = (bucket: { tokens: number; at: number }, time: number): number =>
    Math.min(perMinute, bucket.tokens + (time - bucket.at) * refillPerMs);

  const prune = (time: number): void => {
    for (const [client, bucket] of buckets) {
      if (refilled(bucket, time) >= perMinute) buckets.delete(client);
    }
  };

  return {
    take(client) {
      if (perMinute <= 0) return { allowed: true, retryAfterSeconds: 0 };
      const time = now();
      const bucket = buckets.get(client);
      const tokens = bucket ? refilled(bucket, time) : perMinute;
      if (tokens < 1) {
        buckets.set(client, { tokens, at: time });
        return { allowed: false, retryAfterSeconds: Math.ceil((1 - tokens) / refillPerMs / 1000) };
      }
      if (!bucket && buckets.size >= MAX_TRACKED_CLIENTS) prune(time);
      buckets.set(client, { tokens: tokens - 1, at: time });
      return { allowed: true, retryAfterSeconds: 0 };
    },
  };
}
