/**
 * The chunk cache shared by every instance through Redis. An instance's own `lru-cache` stays in
 * front (hot chunks never leave the process); behind it, a chunk is read from Redis, or fetched
 * from the platform by exactly one instance while the others wait for it in Redis:
 *
 * 1. a fresh copy in Redis is used as it is;
 * 2. otherwise the instance takes the chunk's lock (`lock.ts`), looks again, and calls the
 *    platform only if the copy is still missing or old, then writes it for the others;
 * 3. an instance that finds the lock taken reads Redis again every `POLL_MS` (never the
 *    platform) until the copy appears, or the lock is gone (its holder failed or died), or
 *    `WAIT_MS` passed, and then goes on from 1.
 *
 * Redis being away never fails a request: every step falls back to the platform.
 */
import type { SharedRedis } from './redis.ts';
import { tryLock } from './lock.ts';

/** A dead holder's lock expires after this; a live call finishes well within it. */
export const LOCK_TTL_MS = 15_000;
/** How long an instance waits for another's call before making its own. */
export const WAIT_MS = 20_000;
const POLL_MS = 20;

const FAILED = Symbol('Redis failed');

async function attempt<T>(operation: () => Promise<T>): Promise<T | typeof FAILED> {
  try {
    return await operation();
  } catch {
    return FAILED;
  }
}

/** What one chunk needs: its call, and the rules for its copies. */
export interface ChunkRules<T> {
  /** Whether a copy read from Redis may be used as it is. */
  isFresh: (entry: T) => boolean;
  /** How long Redis keeps `entry` (past chunks long, today's shortly: the eviction bound). */
  keepMs: (entry: T) => number;
}

export interface SharedLoad<T> {
  entry: T;
  /** True when this instance made the platform call. */
  fetched: boolean;
}

export interface SharedChunks<T> {
  load(key: string, fetch: () => Promise<T>, rules: ChunkRules<T>): Promise<SharedLoad<T>>;
  /** Writes a chunk another call brought along (best effort). */
  put(key: string, entry: T, keepMs: number): Promise<void>;
}

/**
 * `codec.parse` reads what Redis holds (a value that does not parse counts as missing);
 * `codec.serialize` writes it.
 *
 * @example const chunks = sharedChunks(redis, { parse, serialize }); await chunks.load(key, () => callPlatform(), { isFresh, keepMs });
 */
export function sharedChunks<T>(
  redis: SharedRedis,
  codec: { parse: (text: string) => T | undefined; serialize: (entry: T) => string },
): SharedChunks<T> {
  const { parse, serialize } = codec;
  const { client } = redis;
  const dataKey = (key: string): string => `footfall:chunk:${key}`;
  const lockKey = (key: string): string => `footfall:lock:${key}`;

  const read = async (key: string): Promise<T | undefined> => {
    const text = await client.get(dataKey(key));
    return text === null ? undefined : parse(text);
  };
  const write = async (key: string, entry: T, keepMs: number): Promise<void> => {
    await client.set(dataKey(key), serialize(entry), {
      expiration: { type: 'PX', value: Math.max(1, Math.round(keepMs)) },
    });
  };
  const fetchAlone = async (fetch: () => Promise<T>): Promise<SharedLoad<T>> => ({
    entry: await fetch(),
    fetched: true,
  });

  return {
    async load(key, fetch, { isFresh, keepMs }) {
      const deadline = Date.now() + WAIT_MS;
      for (;;) {
        if (!redis.ready()) return fetchAlone(fetch);
        const copy = await attempt(() => read(key));
        if (copy === FAILED) return fetchAlone(fetch);
        if (copy !== undefined && isFresh(copy)) return { entry: copy, fetched: false };
        const lock = await attempt(() => tryLock(client, lockKey(key), LOCK_TTL_MS));
        if (lock === FAILED) return fetchAlone(fetch);
        if (lock) {
          try {
            const again = await attempt(() => read(key));
            if (again !== FAILED && again !== undefined && isFresh(again)) {
              return { entry: again, fetched: false };
            }
            const entry = await fetch();
            await attempt(() => write(key, entry, keepMs(entry)));
            return { entry, fetched: true };
          } finally {
            await attempt(() => lock.release());
          }
        }
        if (Date.now() >= deadline) return fetchAlone(fetch);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
    async put(key, entry, keepMs) {
      if (redis.ready()) await attempt(() => write(key, entry, keepMs));
    },
  };
}
