/**
 * Short-lived records that must be the same on every instance: sessions, and OpenID Connect
 * sign-ins between their start and their callback. Each has a time to live; a record is kept in
 * this process's memory (bounded, least recently used out first) or, with `REDIS_URL`, in Redis
 * under `footfall:<kind>:<key>` with `PX`, so Redis drops it when it ends.
 *
 * Unlike the chunk cache, these fail closed: while Redis is away a call rejects with 503
 * `SESSION_STORE_UNAVAILABLE` (never "no such session", which would sign people out, and never
 * this instance's memory, which the others cannot see).
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { ApiError } from '../errors.ts';
import type { SharedRedis } from './redis.ts';

export interface Records<T> {
  get(key: string): Promise<T | undefined>;
  /** Keeps `value` for `ttlMs`; the store drops it after that. */
  set(key: string, value: T, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Reads and deletes in one step: of two callers, only one gets the record. */
  take(key: string): Promise<T | undefined>;
}

/**
 * The key a record is kept under when what names it is a secret (a session id, an OIDC state):
 * its SHA-256, so what the store holds (a memory dump, a Redis `KEYS`) cannot be replayed.
 *
 * @example await sessions.get(secretKey(id));
 */
export const secretKey = (secret: string): string =>
  createHash('sha256').update(secret).digest('base64url');

/** The longest a record may live: more is a bug, not a setting. */
const MAX_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const ttlOf = (ttlMs: number): number => Math.min(MAX_TTL_MS, Math.max(1, Math.round(ttlMs)));

/**
 * @example const pending = memoryRecords<Pending>(Date.now, 10_000);
 */
export function memoryRecords<T extends object>(now: () => number, max: number): Records<T> {
  const entries = new LRUCache<string, T>({ max, perf: { now }, ttlResolution: 0 });
  return {
    get: (key) => Promise.resolve(entries.get(key)),
    set: (key, value, ttlMs) => {
      entries.set(key, value, { ttl: ttlOf(ttlMs) });
      return Promise.resolve();
    },
    delete: (key) => {
      entries.delete(key);
      return Promise.resolve();
    },
    take: (key) => {
      const value = entries.get(key);
      entries.delete(key);
      return Promise.resolve(value);
    },
  };
}

/** The answer while sessions cannot be read: the request is refused, not served unchecked. */
export function sessionStoreUnavailable(): ApiError {
  return new ApiError(
    503,
    'SESSION_STORE_UNAVAILABLE',
    'Signed-in requests are paused: the session store (Redis) cannot be reached. Try again in a moment.',
  );
}

/**
 * `parse` checks what Redis holds (another version may have written it); a record that does not
 * parse counts as missing.
 *
 * @example const sessions = redisRecords(shared, 'session', (value) => recordSchema.safeParse(value).data);
 */
export function redisRecords<T>(
  shared: SharedRedis,
  kind: string,
  parse: (value: unknown) => T | undefined,
): Records<T> {
  const { client } = shared;
  const keyOf = (key: string): string => `footfall:${kind}:${key}`;
  const run = async <R>(command: () => Promise<R>): Promise<R> => {
    if (!shared.ready()) throw sessionStoreUnavailable();
    try {
      return await command();
    } catch {
      throw sessionStoreUnavailable();
    }
  };
  const read = (text: string | null): T | undefined => {
    if (text === null) return undefined;
    try {
      return parse(JSON.parse(text));
    } catch {
      return undefined;
    }
  };
  return {
    get: async (key) => read(await run(() => client.get(keyOf(key)))),
    set: async (key, value, ttlMs) => {
      await run(() =>
        client.set(keyOf(key), JSON.stringify(value), {
          expiration: { type: 'PX', value: ttlOf(ttlMs) },
        }),
      );
    },
    delete: async (key) => {
      await run(() => client.del(keyOf(key)));
    },
    take: async (key) => read(await run(() => client.getDel(keyOf(key)))),
  };
}
