import { describe, expect, it } from 'vitest';
import {
  createMemorySessionStore,
  createSessions,
  SESSION_ABSOLUTE_MS,
  type SessionRecord,
  type SessionStore,
} from './sessions.ts';

const user = { username: 'mei', name: 'Mei', admin: false, stores: ['ginza'] };
const MINUTE = 60_000;

function setup() {
  const clock = { now: Date.UTC(2024, 4, 15) };
  const now = () => clock.now;
  const store = createMemorySessionStore(now);
  const keys: string[] = [];
  const spied = {
    ...store,
    set: (
      key: string,
      ...rest: Parameters<typeof store.set> extends [string, ...infer R] ? R : never
    ) => {
      keys.push(key);
      return store.set(key, ...rest);
    },
  };
  const sessions = createSessions({ store: spied, now, idleMs: 30 * MINUTE });
  return { clock, sessions, keys };
}

describe('createSessions', () => {
  it('should issue a fresh 256-bit id at every start and resume it', async () => {
    const { sessions } = setup();
    const first = await sessions.start(user);
    const second = await sessions.start(user);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(first, 'base64url')).toHaveLength(32);
    expect(second).not.toBe(first);
    expect(await sessions.resume(first)).toEqual(user);
  });

  it('should key the store by a hash of the id, never the id', async () => {
    const { sessions, keys } = setup();
    const id = await sessions.start(user);
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain(id);
    expect(await sessions.resume(keys[0] ?? '')).toBeUndefined();
  });

  it('should end a session unused for the idle time, and keep one in use', async () => {
    const { clock, sessions } = setup();
    const used = await sessions.start(user);
    const idle = await sessions.start(user);
    for (let i = 0; i < 3; i++) {
      clock.now += 20 * MINUTE;
      expect(await sessions.resume(used)).toEqual(user);
    }
    expect(await sessions.resume(idle)).toBeUndefined();
  });

  it('should end every session 7 days after sign-in, however much it is used', async () => {
    const { clock, sessions } = setup();
    const id = await sessions.start(user);
    const end = clock.now + SESSION_ABSOLUTE_MS;
    while (clock.now + 20 * MINUTE < end) {
      clock.now += 20 * MINUTE;
      expect(await sessions.resume(id)).toEqual(user);
    }
    clock.now = end;
    expect(await sessions.resume(id)).toBeUndefined();
  });

  it('should end a session on sign-out', async () => {
    const { sessions } = setup();
    const id = await sessions.start(user);
    await sessions.end(id);
    expect(await sessions.resume(id)).toBeUndefined();
  });

  it('should refuse a forged id without asking the store', async () => {
    const { sessions } = setup();
    expect(await sessions.resume('forged')).toBeUndefined();
    expect(await sessions.resume('A'.repeat(43))).toBeUndefined();
  });
});

/**
 * A store that keeps what it is given until it is deleted, whatever the time to live (a Redis
 * whose clock runs behind this server's), and notes every call.
 */
function keepingStore() {
  const records = new Map<string, SessionRecord>();
  const calls: string[] = [];
  const ttls: number[] = [];
  const store: SessionStore = {
    get: (key) => {
      calls.push('get');
      return Promise.resolve(records.get(key));
    },
    set: (key, record, ttlMs) => {
      calls.push('set');
      ttls.push(ttlMs);
      records.set(key, record);
      return Promise.resolve();
    },
    delete: (key) => {
      calls.push('delete');
      records.delete(key);
      return Promise.resolve();
    },
  };
  const clock = { now: Date.UTC(2024, 4, 15) };
  const sessions = createSessions({ store, now: () => clock.now, idleMs: 30 * MINUTE });
  return { sessions, clock, records, calls, ttls };
}

describe('createSessions (against the store)', () => {
  it('should end a session whose time is up even while the store still holds it', async () => {
    const { sessions, clock, records } = keepingStore();
    const id = await sessions.start(user);
    clock.now += 30 * MINUTE;
    expect(await sessions.resume(id)).toBeUndefined();
    expect(records.size).toBe(0);
  });

  it('should count the idle time from the last use, noted at most a minute late', async () => {
    const { sessions, clock } = keepingStore();
    const id = await sessions.start(user);
    clock.now += MINUTE;
    expect(await sessions.resume(id)).toEqual(user);
    clock.now += 30 * MINUTE - 1;
    expect(await sessions.resume(id)).toEqual(user);
  });

  it('should write the last use back at most once a minute, not at every request', async () => {
    const { sessions, clock, calls } = keepingStore();
    const id = await sessions.start(user);
    for (let i = 0; i < 5; i++) {
      clock.now += 10_000;
      expect(await sessions.resume(id)).toEqual(user);
    }
    expect(calls.filter((call) => call === 'set')).toHaveLength(1);
    clock.now += 10_000;
    await sessions.resume(id);
    expect(calls.filter((call) => call === 'set')).toHaveLength(2);
  });

  it('should let the store drop a session when it ends: after the idle time, or at 7 days', async () => {
    const { sessions, clock, ttls } = keepingStore();
    const id = await sessions.start(user);
    expect(ttls).toEqual([30 * MINUTE]);
    const start = clock.now;
    // In use every 20 minutes until 10 minutes before the 7 days are over.
    while (clock.now + 20 * MINUTE <= start + SESSION_ABSOLUTE_MS - 10 * MINUTE) {
      clock.now += 20 * MINUTE;
      await sessions.resume(id);
    }
    expect(ttls.at(-1)).toBe(start + SESSION_ABSOLUTE_MS - clock.now);
    expect(ttls.at(-1)).toBeLessThan(30 * MINUTE);
    expect(SESSION_ABSOLUTE_MS).toBe(7 * 24 * 60 * MINUTE);
  });

  it('should look up an id of the form it issues, and never ask the store about another', async () => {
    const { sessions, calls } = keepingStore();
    const wellFormed = `${'A'.repeat(20)}-_${'z9'.repeat(10)}a`;
    expect(wellFormed).toHaveLength(43);
    expect(await sessions.resume(wellFormed)).toBeUndefined();
    expect(calls).toEqual(['get']);
    for (const forged of [
      'A'.repeat(42),
      'A'.repeat(44),
      `${'A'.repeat(42)}=`,
      `${'A'.repeat(42)}+`,
      `${'A'.repeat(42)}/`,
      `${'A'.repeat(43)}\n`,
      `\n${'A'.repeat(43)}`,
    ]) {
      expect(await sessions.resume(forged)).toBeUndefined();
      await sessions.end(forged);
    }
    expect(calls).toEqual(['get']);
    await sessions.end(wellFormed);
    expect(calls).toEqual(['get', 'delete']);
  });
});
