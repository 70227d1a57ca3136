/**
 * A lock in Redis for one piece of work that many instances may want at once (one platform call
 * per chunk): `SET key token NX PX ttl` to take it, a compare-and-delete script to release it,
 * so a holder only ever releases its own lock. A holder that dies leaves a lock that expires after
 * `ttl`. Kept small and our own rather than a library: see docs/decisions/014-redis-sharing.md.
 */
import { randomBytes } from 'node:crypto';
import type { RedisClient } from './redis.ts';

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export interface HeldLock {
  /** Releases the lock if this holder still has it (it may have expired and been retaken). */
  release(): Promise<void>;
}

/**
 * Takes `key` for `ttlMs`, or answers `undefined` at once when another holder has it.
 *
 * @example const lock = await tryLock(client, 'footfall:lock:chunk', 15_000); if (lock) try { … } finally { await lock.release(); }
 */
export async function tryLock(
  client: RedisClient,
  key: string,
  ttlMs: number,
): Promise<HeldLock | undefined> {
  const token = randomBytes(16).toString('base64url');
  const taken = await client.set(key, token, {
    condition: 'NX',
    expiration: { type: 'PX', value: ttlMs },
  });
  if (taken !== 'OK') return undefined;
  return {
    release: async () => {
      await client.eval(RELEASE, { keys: [key], arguments: [token] });
    },
  };
}
