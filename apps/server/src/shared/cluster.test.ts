/**
 * Three instances on one real `redis-server` (started on a free port for this file), each with
 * its own memory and its own Redis connection, in front of the sandbox that counts every call.
 */
import { alignedChunks, DAY_MS, formatDate, parseDate } from '@footfall/buckets';
import { errorBodySchema, healthSchema, sessionSchema } from '@footfall/contract';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createHarness,
  FLAGSHIP,
  getTraffic,
  localAuth,
  MAIN_DOOR,
  MANAGER,
  NOW,
  SIDE_DOOR,
  signIn,
  TEST_DEVICES,
  type HarnessOptions,
} from '../test-kit.ts';
import { createWarmer } from '../warming.ts';
import { startTestRedis, until, type TestRedis } from '../test-redis.ts';
import { connectRedis, type SharedRedis } from './redis.ts';
import { createLogger } from '../logger.ts';

const quiet = () => createLogger({ level: 'error', write: () => undefined });

let redis: TestRedis;
const connections: SharedRedis[] = [];

beforeAll(async () => {
  redis = await startTestRedis();
}, 20_000);

afterEach(async () => {
  await Promise.all(connections.splice(0).map((connection) => connection.close()));
  if (!(await reachable())) await redis.restart();
  const cleaner = connectRedis(redis.url, quiet());
  await until(() => cleaner.ready());
  await cleaner.client.flushAll();
  await cleaner.close();
});

afterAll(async () => {
  await redis.stop();
});

async function reachable(): Promise<boolean> {
  const probe = connectRedis(redis.url, quiet());
  try {
    await until(() => probe.ready(), 1500);
    return true;
  } catch {
    return false;
  } finally {
    await probe.close();
  }
}

/** `count` instances, each connected to the test Redis and ready. */
async function cluster(count: number, options: HarnessOptions = {}) {
  const instances: ReturnType<typeof createHarness>[] = [];
  for (let i = 0; i < count; i++) {
    const shared = connectRedis(redis.url, quiet());
    connections.push(shared);
    await until(() => shared.ready());
    instances.push(createHarness({ ...options, shared }));
  }
  const calls = (): number => instances.reduce((sum, instance) => sum + instance.calls(), 0);
  return { instances, calls };
}

const week = { from: '2024-04-01', to: '2024-04-07', granularity: 'hour' };
const chunksOf = (range: { from: string; to: string }): number =>
  alignedChunks(parseDate(range.from) ?? 0, parseDate(range.to) ?? 0, 'hour').length;

describe('instances sharing one Redis', () => {
  it('should warm each chunk with one platform call across 3 instances warming at once', async () => {
    const { instances, calls } = await cluster(3);
    const doors = TEST_DEVICES.filter((device) => device.storeId === FLAGSHIP);
    const warmers = instances.map(({ service, logger, clock }) =>
      createWarmer({
        service,
        devices: () => doors,
        now: () => clock.now,
        logger,
        platformConcurrency: 4,
      }),
    );
    await Promise.all(warmers.map((warmer) => warmer.warm()));
    // Per door: one call for its days (this year's chunk bringing last year's) and one for its
    // hours (this chunk of five weeks bringing the one before).
    expect(calls()).toBe(2 * doors.length);
    const made = calls();
    await Promise.all(
      instances.map(({ app }) =>
        getTraffic(app, { mac: MAIN_DOOR, from: '2024-05-01', to: '2024-05-14' }),
      ),
    );
    expect(calls()).toBe(made);
  });

  it('should make one platform call per chunk for 30 identical cold requests over 3 instances', async () => {
    const { instances, calls } = await cluster(3);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        getTraffic(instances[i % 3]?.app ?? instances[0]!.app, { mac: MAIN_DOOR, ...week }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(30).fill(200));
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    expect(calls()).toBe(chunksOf(week));
  });

  it("should answer from another instance's chunks with no platform call", async () => {
    const { instances, calls } = await cluster(3);
    const first = await getTraffic(instances[0]!.app, { mac: SIDE_DOOR, ...week });
    const made = calls();
    expect(made).toBe(chunksOf(week));
    const second = await getTraffic(instances[1]!.app, { mac: SIDE_DOOR, ...week });
    const third = await getTraffic(instances[2]!.app, {
      mac: SIDE_DOOR,
      ...week,
      from: '2024-04-02',
    });
    expect(second.body).toEqual(first.body);
    expect(third.status).toBe(200);
    expect(calls()).toBe(made);
  });

  it('should keep a past chunk in Redis for 35 days, and the one holding today for 2 days', async () => {
    const { instances } = await cluster(1);
    // Today's chunk (2024-05-06 on) and, in the same call, the final one before it.
    await getTraffic(instances[0]!.app, { mac: MAIN_DOOR, from: '2024-05-01', to: '2024-05-15' });
    const probe = connectRedis(redis.url, quiet());
    connections.push(probe);
    await until(() => probe.ready());
    const keptFor = (chunk: string) =>
      probe.client.pTTL(`footfall:chunk:${MAIN_DOOR}|hour|0|${chunk}`);
    const past = await keptFor('2024-04-01|2024-05-05');
    expect(past).toBeGreaterThan(35 * DAY_MS - 60_000);
    expect(past).toBeLessThanOrEqual(35 * DAY_MS);
    const today = await keptFor('2024-05-06|2024-06-09');
    expect(today).toBeGreaterThan(2 * DAY_MS - 60_000);
    expect(today).toBeLessThanOrEqual(2 * DAY_MS);
  });

  it("should take another instance's copy of today's chunk for a minute after it was fetched, no longer", async () => {
    const { instances, calls } = await cluster(2);
    const [a, b] = instances;
    const today = { mac: MAIN_DOOR, from: '2024-05-15', to: '2024-05-15' };
    await getTraffic(a!.app, today);
    const made = calls();
    b!.clock.now += 40_000;
    expect((await getTraffic(b!.app, today)).status).toBe(200);
    expect(calls()).toBe(made);
    // 61 s after the fetch: B's own copy, taken at 40 s, expires when the fetched one does.
    b!.clock.now += 21_000;
    expect((await getTraffic(b!.app, today)).status).toBe(200);
    expect(calls()).toBe(made + 1);
  });

  it("should take another instance's final chunk however long after it was fetched", async () => {
    const { instances, calls } = await cluster(2);
    const [a, b] = instances;
    await getTraffic(a!.app, { mac: MAIN_DOOR, ...week });
    const made = calls();
    b!.clock.now += 10 * DAY_MS;
    expect((await getTraffic(b!.app, { mac: MAIN_DOOR, ...week })).status).toBe(200);
    expect(calls()).toBe(made);
  });

  it("should treat a chunk fetched on its last day as today's: kept 2 days, shared for a minute", async () => {
    const { instances, calls } = await cluster(2);
    const [a, b] = instances;
    // Sunday 2024-05-05, 10:00 in Shanghai: the last day of the chunk from 2024-04-01.
    a!.clock.now = Date.parse('2024-05-05T02:00:00Z');
    b!.clock.now = a!.clock.now;
    const sunday = { mac: MAIN_DOOR, from: '2024-05-05', to: '2024-05-05' };
    await getTraffic(a!.app, sunday);
    const probe = connectRedis(redis.url, quiet());
    connections.push(probe);
    await until(() => probe.ready());
    const kept = await probe.client.pTTL(
      `footfall:chunk:${MAIN_DOOR}|hour|0|2024-04-01|2024-05-05`,
    );
    expect(kept).toBeGreaterThan(2 * DAY_MS - 60_000);
    expect(kept).toBeLessThanOrEqual(2 * DAY_MS);
    const made = calls();
    b!.clock.now += 61_000;
    expect((await getTraffic(b!.app, sunday)).status).toBe(200);
    expect(calls()).toBe(made + 1);
  });

  it('should read a chunk in Redis that does not fit as missing, and ask the platform', async () => {
    const past = { mac: MAIN_DOOR, from: '2024-04-01', to: '2024-04-07' };
    const reference = await getTraffic(createHarness().app, past);
    const final = { fetchedAt: NOW, finalBefore: NOW + DAY_MS };
    const row = { start: Date.UTC(2024, 3, 1, 10), walkIn: 1, walkOut: 1 };
    const misfits = [
      'not JSON',
      'null',
      '5',
      JSON.stringify({ ...final, rows: 'none' }),
      JSON.stringify({ ...final, rows: [{ ...row, walkIn: '1' }] }),
      JSON.stringify({ ...final, rows: [{ ...row, start: null }] }),
      JSON.stringify({ ...final, rows: [{ ...row, walkOut: undefined }] }),
      JSON.stringify({ rows: [row], fetchedAt: String(NOW), finalBefore: NOW + DAY_MS }),
      JSON.stringify({ rows: [row], fetchedAt: NOW }),
    ];
    const probe = connectRedis(redis.url, quiet());
    connections.push(probe);
    await until(() => probe.ready());
    for (const misfit of misfits) {
      await probe.client.flushAll();
      await probe.client.set(`footfall:chunk:${MAIN_DOOR}|hour|0|2024-04-01`, misfit);
      const { instances, calls } = await cluster(1);
      const answer = await getTraffic(instances[0]!.app, past);
      expect(answer.body, misfit).toEqual(reference.body);
      expect(calls(), misfit).toBe(1);
    }
  });

  it('should count the traffic rate limit once for all instances', async () => {
    const { instances } = await cluster(3, { rateLimitPerMinute: 4 });
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await getTraffic(instances[i % 3]!.app, { mac: MAIN_DOOR, ...week })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });

  it('should keep serving while Redis is away, say degraded, and share again once it returns', async () => {
    const { instances, calls } = await cluster(2);
    const health = async () =>
      healthSchema.parse(await (await instances[0]!.app.request('/api/health')).json());
    expect(await health()).toEqual({ status: 'ok', mode: 'sandbox', shared: 'redis' });

    await redis.kill();
    await until(() => connections.every((connection) => !connection.ready()));
    expect(await health()).toEqual({ status: 'degraded', mode: 'sandbox', shared: 'redis' });
    const during = await getTraffic(instances[0]!.app, { mac: MAIN_DOOR, ...week });
    expect(during.status).toBe(200);

    await redis.restart();
    await until(() => connections.every((connection) => connection.ready()), 10_000);
    expect(await health()).toEqual({ status: 'ok', mode: 'sandbox', shared: 'redis' });
    const range = { ...week, from: '2024-03-04', to: '2024-03-10' };
    await getTraffic(instances[0]!.app, { mac: SIDE_DOOR, ...range });
    const before = calls();
    await getTraffic(instances[1]!.app, { mac: SIDE_DOOR, ...range });
    expect(calls()).toBe(before);
  }, 30_000);

  it('should answer every request with 200 while Redis is killed and restarted mid-load', async () => {
    const { instances } = await cluster(3);
    const statuses: number[] = [];
    const loader = { running: true };
    // A new week each time, so most requests need chunks this instance has not seen: they go
    // through Redis (or, while it is away, to the platform).
    const load = (async () => {
      for (let i = 0; loader.running; i++) {
        const day = formatDate(Date.UTC(2021, 0, 4) + i * 7 * DAY_MS);
        const answer = await getTraffic(instances[i % 3]!.app, {
          mac: i % 2 ? MAIN_DOOR : SIDE_DOOR,
          from: day,
          to: day,
          granularity: 'hour',
        });
        statuses.push(answer.status);
        // Let timers run: answers from memory resolve without leaving the microtask queue.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    // Counted in answers, not milliseconds: a busy machine answers fewer in the same time.
    const answered = (more: number) => {
      const target = statuses.length + more;
      return until(() => statuses.length >= target, 20_000);
    };
    await answered(10);
    await redis.kill();
    await answered(10);
    await redis.restart();
    await until(() => connections.every((connection) => connection.ready()), 10_000);
    await answered(10);
    loader.running = false;
    await load;
    expect(statuses.length).toBeGreaterThanOrEqual(30);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
  }, 30_000);
});

describe('signed-in instances sharing one Redis', () => {
  const devicesOf = (app: ReturnType<typeof createHarness>['app'], cookie: string) =>
    app.request('/api/devices', { headers: { cookie } });

  it('should honour a session on every instance, and end it everywhere on sign-out', async () => {
    const { instances } = await cluster(3, { auth: await localAuth() });
    const [a, b, c] = instances.map((instance) => instance.app);
    const { response, cookie } = await signIn(a!, MANAGER);
    expect(response.status).toBe(200);
    for (const app of [a!, b!, c!]) {
      const session = sessionSchema.parse(
        await (await app.request('/api/session', { headers: { cookie } })).json(),
      );
      expect(session.user).toEqual(MANAGER.user);
      expect((await devicesOf(app, cookie)).status).toBe(200);
    }
    const out = await c!.request('/api/session', { method: 'DELETE', headers: { cookie } });
    expect(out.status).toBe(204);
    for (const app of [a!, b!, c!]) expect((await devicesOf(app, cookie)).status).toBe(401);
  });

  it('should keep sessions in Redis by the hash of their id, never the id', async () => {
    const { instances } = await cluster(1, { auth: await localAuth() });
    const { cookie } = await signIn(instances[0]!.app, MANAGER);
    const id = cookie.split('=')[1] ?? '';
    const cleaner = connectRedis(redis.url, quiet());
    connections.push(cleaner);
    await until(() => cleaner.ready());
    const keys = await cleaner.client.keys('footfall:session:*');
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain(id);
    const ttl = await cleaner.client.pTTL(keys[0] ?? '');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(480 * 60_000);
  });

  it('should count sign-in guesses once for all instances', async () => {
    const { instances } = await cluster(3, { auth: await localAuth() });
    const wrong = { ...MANAGER, password: 'not-it' };
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await signIn(instances[i % 3]!.app, wrong)).response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    // The sixth try, on an instance that saw only one failure, with the right password.
    const sixth = await signIn(instances[2]!.app, MANAGER);
    expect(sixth.response.status).toBe(429);
    expect(Number(sixth.response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('should refuse signed-in requests with 503 while Redis is away, and sign in again once it is back', async () => {
    const { instances } = await cluster(2, { auth: await localAuth() });
    const [a, b] = instances.map((instance) => instance.app);
    const { cookie } = await signIn(a!, MANAGER);

    await redis.kill();
    await until(() => connections.every((connection) => !connection.ready()));
    for (const app of [a!, b!]) {
      const during = await getTraffic(app, { mac: MAIN_DOOR, ...week }, { headers: { cookie } });
      expect(during.status).toBe(503);
      const { error } = errorBodySchema.parse(during.body);
      expect(error.code).toBe('SESSION_STORE_UNAVAILABLE');
      expect(error.message).toMatch(/session store \(Redis\) cannot be reached/);
    }
    // Never data without a verified session; no cookie is still a plain 401.
    expect((await getTraffic(a!, { mac: MAIN_DOOR, ...week })).status).toBe(401);
    const attempt = await signIn(b!, MANAGER);
    expect(attempt.response.status).toBe(503);
    expect(attempt.cookie).toBe('');
    // Signing out cannot end the session on the server now, but this browser is signed out.
    const out = await b!.request('/api/session', { method: 'DELETE', headers: { cookie } });
    expect(out.status).toBe(503);
    expect(out.headers.get('set-cookie')).toMatch(/^footfall_session=;.*Max-Age=0/);

    await redis.restart();
    await until(() => connections.every((connection) => connection.ready()), 10_000);
    // This test's Redis keeps nothing across a restart, so the session is gone with it.
    expect((await devicesOf(a!, cookie)).status).toBe(401);
    const again = await signIn(b!, MANAGER);
    expect(again.response.status).toBe(200);
    expect((await devicesOf(a!, again.cookie)).status).toBe(200);
  }, 30_000);
});
