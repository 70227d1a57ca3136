/**
 * The guessing limit on sign-in (DESIGN): after 5 failures for one username, or 20 from one
 * address, within 15 minutes, sign-in is refused with 429 and `Retry-After` until the window
 * passes. A success clears the username's count. `rate-limiter-flexible`'s memory store; its
 * Redis store fits the same calls when instances share limits.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

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

/** Counts a failure; the limiter refuses (rejects) once over, which is the point, not a fault. */
async function count(limiter: RateLimiterMemory, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
  }
}

/**
 * @example if ((await limit.waitSeconds(username, address)) > 0) refuse();
 */
export function createSignInLimit(): SignInLimit {
  const byUsername = new RateLimiterMemory({
    keyPrefix: 'sign-in-user',
    points: FAILURES_PER_USERNAME,
    duration: FAILURE_WINDOW_SECONDS,
  });
  const byAddress = new RateLimiterMemory({
    keyPrefix: 'sign-in-address',
    points: FAILURES_PER_ADDRESS,
    duration: FAILURE_WINDOW_SECONDS,
  });
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
      await Promise.all([count(byUsername, username), count(byAddress, address)]);
    },
    async succeeded(username) {
      await byUsername.delete(username);
    },
  };
}
