import { describe, expect, it } from 'vitest';
import { createHarness, getTraffic, MAIN_DOOR, trafficBody } from './test-kit.ts';

const pastWeek = { mac: MAIN_DOOR, from: '2024-05-06', to: '2024-05-12' };
// 2024-05-01 … 15 cuts into three ISO-week chunks, the last one holding today.
const toToday = { mac: MAIN_DOOR, from: '2024-05-01', to: '2024-05-15' };

describe('traffic cache', () => {
  it('should answer a repeated past range from the cache', async () => {
    const { app, calls, lines } = createHarness();
    const first = await getTraffic(app, pastWeek);
    const second = await getTraffic(app, pastWeek);
    expect(second.body).toEqual(first.body);
    expect(calls()).toBe(1);
    expect(lines[0]).toMatch(/upstream=1 cache=miss$/);
    expect(lines[1]).toMatch(/upstream=0 cache=hit$/);
  });

  it('should keep a past range however much time passes', async () => {
    const { app, calls, clock } = createHarness();
    await getTraffic(app, pastWeek);
    clock.now += 30 * 86_400_000;
    await getTraffic(app, { ...pastWeek, mac: 'D4:7C:44:90:6F:14' });
    expect(calls()).toBe(1);
  });

  it('should refetch only the chunk touching today, after at most 60 s', async () => {
    const { app, calls, clock, lines } = createHarness();
    await getTraffic(app, toToday);
    expect(calls()).toBe(3);
    clock.now += 59_000;
    await getTraffic(app, toToday);
    expect(calls()).toBe(3);
    clock.now += 2_000;
    await getTraffic(app, toToday);
    expect(calls()).toBe(4);
    expect(lines.at(-1)).toMatch(/upstream=1 cache=partial$/);
  });

  it('should share one upstream call per chunk among 20 concurrent identical requests', async () => {
    const { app, calls } = createHarness();
    const answers = await Promise.all(Array.from({ length: 20 }, () => getTraffic(app, toToday)));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(calls()).toBe(3);
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
  });

  it('should evict the least recently used answers beyond its byte bound', async () => {
    // Room for about one week of hourly rows.
    const { app, calls } = createHarness({ cacheMaxBytes: 30_000 });
    await getTraffic(app, pastWeek);
    await getTraffic(app, { ...pastWeek, from: '2024-04-29', to: '2024-05-05' });
    await getTraffic(app, pastWeek);
    expect(calls()).toBe(3);
  });

  it('should serve an expired copy marked stale with its age when the platform fails', async () => {
    const { app, clock, sandbox, lines } = createHarness();
    const fresh = trafficBody((await getTraffic(app, toToday)).body);
    clock.now += 120_000;
    sandbox.faults.push({ code: -500, times: 100 });
    const { status, body } = await getTraffic(app, toToday);
    expect(status).toBe(200);
    const stale = trafficBody(body);
    expect(stale).toMatchObject({ stale: true, staleAgeSeconds: 120 });
    expect(stale.buckets).toEqual(fresh.buckets);
    expect(lines.at(-1)).toMatch(/ 200 .* cache=stale$/);
  });

  it('should answer the error when the platform fails and nothing is cached', async () => {
    const { app, sandbox } = createHarness();
    sandbox.faults.push({ code: -500, times: 100 });
    const { status, body } = await getTraffic(app, toToday);
    expect(status).toBe(502);
    expect(body).toMatchObject({ error: { code: 'UPSTREAM_ERROR', upstreamCode: -500 } });
  });
});

describe('traffic rate limit', () => {
  const socketOf = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

  it('should answer 429 with Retry-After once a client exceeds its limit', async () => {
    const { app } = createHarness({ rateLimitPerMinute: 3 });
    const ask = (address: string) =>
      app.request(
        `/api/traffic?mac=${MAIN_DOOR}&from=2024-05-06&to=2024-05-06`,
        {},
        socketOf(address),
      );
    for (let i = 0; i < 3; i += 1) expect((await ask('203.0.113.7')).status).toBe(200);
    const refused = await ask('203.0.113.7');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('20');
    expect(await refused.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect((await ask('198.51.100.2')).status).toBe(200);
  });

  it('should not limit other routes', async () => {
    const { app } = createHarness({ rateLimitPerMinute: 1 });
    for (let i = 0; i < 5; i += 1) expect((await app.request('/api/health')).status).toBe(200);
  });
});
