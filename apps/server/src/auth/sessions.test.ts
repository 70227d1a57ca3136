import { describe, expect, it } from 'vitest';
import { createMemorySessionStore, createSessions, SESSION_ABSOLUTE_MS } from './sessions.ts';

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
