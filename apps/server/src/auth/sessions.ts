/**
 * Server-side sessions behind a store interface: in this process's memory, or in Redis when
 * instances share them (`REDIS_URL`), so every store call is async. A session id is 256 random bits, fresh at every
 * sign-in; the store is keyed by the id's SHA-256, so what it holds (a memory dump, a Redis
 * `KEYS`) cannot be replayed as a cookie. A session ends after `idleMs` unused and, whatever its
 * use, `absoluteMs` after sign-in; sign-out deletes it.
 */
import { randomBytes } from 'node:crypto';
import { sessionUserSchema, type SessionUser } from '@footfall/contract';
import { z } from 'zod';
import { memoryRecords, redisRecords, secretKey, type Records } from '../shared/records.ts';
import type { SharedRedis } from '../shared/redis.ts';

/** Every session ends this long after sign-in (DESIGN). */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** A session's last use is written back at most this often (a store write per request is waste). */
const TOUCH_EVERY_MS = 60_000;

export interface SessionRecord {
  user: SessionUser;
  createdAt: number;
  lastSeenAt: number;
}

/** Where sessions live, keyed by the hash of their id; `ttlMs` is when the store may drop one. */
export type SessionStore = Pick<Records<SessionRecord>, 'get' | 'set' | 'delete'>;

/**
 * Sessions in this process's memory, bounded (the least recently used go first past `max`).
 *
 * @example const store = createMemorySessionStore(Date.now);
 */
export function createMemorySessionStore(now: () => number, max = 100_000): SessionStore {
  return memoryRecords<SessionRecord>(now, max);
}

const sessionRecordSchema = z.object({
  user: sessionUserSchema,
  createdAt: z.number(),
  lastSeenAt: z.number(),
});

/**
 * Sessions in Redis (`footfall:session:<hash of id>`), seen by every instance: a sign-out on one
 * ends the session on all. While Redis is away, every call fails with 503
 * `SESSION_STORE_UNAVAILABLE`.
 *
 * @example const store = createRedisSessionStore(shared);
 */
export function createRedisSessionStore(shared: SharedRedis): SessionStore {
  return redisRecords(shared, 'session', (value) => sessionRecordSchema.safeParse(value).data);
}

export interface Sessions {
  /** Starts a session for `user`; the id goes in the cookie and nowhere else. */
  start(user: SessionUser): Promise<string>;
  /** The user of a live session, its last use noted; `undefined` for anything else. */
  resume(id: string): Promise<SessionUser | undefined>;
  /** Ends a session on the server: its cookie no longer works. */
  end(id: string): Promise<void>;
}

export interface SessionOptions {
  store: SessionStore;
  now: () => number;
  idleMs: number;
  absoluteMs?: number;
}

/** 32 bytes as base64url: 43 characters. Anything else is not an id this server made. */
const ID = /^[A-Za-z0-9_-]{43}$/;

/**
 * @example const sessions = createSessions({ store, now: Date.now, idleMs: 480 * 60_000 });
 */
export function createSessions(options: SessionOptions): Sessions {
  const { store, now, idleMs } = options;
  const absoluteMs = options.absoluteMs ?? SESSION_ABSOLUTE_MS;
  const ttl = (record: SessionRecord, at: number): number =>
    Math.min(record.lastSeenAt + idleMs, record.createdAt + absoluteMs) - at;
  return {
    async start(user) {
      const id = randomBytes(32).toString('base64url');
      const at = now();
      const record = { user, createdAt: at, lastSeenAt: at };
      await store.set(secretKey(id), record, ttl(record, at));
      return id;
    },
    async resume(id) {
      if (!ID.test(id)) return undefined;
      const key = secretKey(id);
      const record = await store.get(key);
      if (record === undefined) return undefined;
      const at = now();
      if (ttl(record, at) <= 0) {
        await store.delete(key);
        return undefined;
      }
      if (at - record.lastSeenAt >= TOUCH_EVERY_MS) {
        const touched = { ...record, lastSeenAt: at };
        await store.set(key, touched, ttl(touched, at));
      }
      return record.user;
    },
    async end(id) {
      if (ID.test(id)) await store.delete(secretKey(id));
    },
  };
}
