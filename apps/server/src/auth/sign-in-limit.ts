/**
 * The guessing limit on sign-in (DESIGN): after 5 failures for one username, or 20 from one
 * address, within 15 minutes, sign-in is refused with 429 and `Retry-After` until the window
 * passes. A success clears the username's count. `rate-limiter-flexible`, in memory or shared
 * through Redis (with an in-memory insurance limiter while Redis is away).
 */
import { consume, sharedLimiter } from '../rate-limit.ts';
import type { SharedRedis } from '../shared/redis.ts';

export const FAILURES_PER_USERNAME = 5;
export const FAILURES_PER_ADDRESS = 20;
export const FAILURE_WINDOW_SECONDS = 15 * 60;

export interface SignInLimit {
  /** Seconds to wait before trying again, or 0 when an attempt is allowed. */
  waitSeconds(username: string, address: string): Promise<number>;
  failed(username: string, address: string): Promise<void>;
  succeeded(username: string): Promise<void>;
}

const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

/**
 * `shared`: the counts are Redis's, so every instance refuses the 6th guess wherever the first 5
 * went; while Redis is away each instance counts in its own memory.
 *
 * @example if ((await limit.waitSeconds(username, address)) > 0) refuse();
 */
export function createSignInLimit(shared?: SharedRedis): SignInLimit {
  const window = { durationSeconds: FAILURE_WINDOW_SECONDS };
  const byUsername = sharedLimiter(
    { keyPrefix: 'footfall:sign-in:user', points: FAILURES_PER_USERNAME, ...window },
    shared,
  );
  const byAddress = sharedLimiter(
    { keyPrefix: 'footfall:sign-in:address', points: FAILURES_PER_ADDRESS, ...window },
    shared,
  );
  return {
    async waitSeconds(username, address) {
      const [user, client] = await Promise.all([byUsername.get(username), byAddress.get(address)]);
      const waits = [
        user && user.consumedPoints >= FAILURES_PER_USERNAME ? seconds(user.msBeforeNext) : 0,
        client && client.consumedPoints >= FAILURES_PER_ADDRESS ? seconds(client.msBeforeNext) : 0,
      ];
      return Math.max(...waits);
    },
    async failed(username, address) {
      await Promise.all([consume(byUsername, username), consume(byAddress, address)]);
    },
    async succeeded(username) {
      await byUsername.delete(username);
    },
  };
}
