import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { answerBytes, cachedAnswers, createAnswerCache } from './answer-cache.ts';
import { createLogger } from './logger.ts';
import { createHarness, MAIN_DOOR } from './test-kit.ts';

const url = `/api/traffic?mac=${MAIN_DOOR}&from=2024-05-06&to=2024-05-12`;

describe('cached answers', () => {
  it('should answer a kept question with the same bytes and headers as the full path', async () => {
    const { app, calls, lines } = createHarness();
    const full = await app.request(url);
    const kept = await app.request(url);
    expect(await kept.text()).toBe(await full.text());
    const headers = (response: Response) =>
      Object.fromEntries([...response.headers].filter(([name]) => name !== 'date'));
    expect(headers(kept)).toEqual({
      ...headers(full),
      'content-length': expect.any(String) as unknown,
    });
    expect(kept.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(calls()).toBe(1);
    expect(lines[1]).toMatch(/INFO GET \/api\/traffic 200 \d+\.\dms upstream=0 cache=hit$/);
  });

  it('should keep an answer touching today no longer than its chunk is fresh', async () => {
    const { app, clock, calls } = createHarness();
    const today = `/api/traffic?mac=${MAIN_DOOR}&from=2024-05-15&to=2024-05-15`;
    await app.request(today);
    clock.now += 59_000;
    await app.request(today);
    expect(calls()).toBe(1);
    clock.now += 2_000;
    await app.request(today);
    expect(calls()).toBe(2);
  });

  it('should not keep an answer served stale', async () => {
    const { app, clock, sandbox, lines } = createHarness();
    const today = `/api/traffic?mac=${MAIN_DOOR}&from=2024-05-15&to=2024-05-15`;
    await app.request(today);
    clock.now += 120_000;
    sandbox.faults.push({ code: -500, times: 8 });
    await app.request(today);
    await app.request(today);
    expect(lines.slice(1).map((line) => / cache=(\w+)$/.exec(line)?.[1])).toEqual([
      'stale',
      'stale',
    ]);
  });

  it('should not serve a kept answer for a POST or another path', async () => {
    const { app } = createHarness();
    await app.request(url);
    expect((await app.request(url, { method: 'POST' })).status).toBe(404);
    expect((await app.request(url.replace('/api/traffic', '/api/traffic/'))).status).toBe(404);
  });
});

describe('createAnswerCache', () => {
  const door = { kind: 'device', mac: MAIN_DOOR } as const;
  const small = JSON.stringify({ buckets: [] });
  const large = JSON.stringify({ buckets: Array.from({ length: 200 }, (_, i) => ({ i })) });

  async function cacheAt(maxBytes = 1 << 20, headers: Promise<Record<string, string>> = ready) {
    const clock = { now: 1_000_000 };
    const cache = createAnswerCache(maxBytes, () => clock.now, headers);
    await Promise.resolve();
    return { cache, clock };
  }
  const ready = Promise.resolve({ 'x-frame-options': 'DENY' });

  it('should keep nothing until the security headers are known, then send them with each answer', async () => {
    const { cache } = await cacheAt(1 << 20, new Promise(() => undefined));
    expect(cache.set('/api/traffic?x=1', door, small, Infinity)).toBeUndefined();
    expect(cache.get('/api/traffic?x=1')).toBeUndefined();
    const { cache: known } = await cacheAt();
    known.set('/api/traffic?x=1', door, small, Infinity);
    expect(known.get('/api/traffic?x=1')?.plain.headers['x-frame-options']).toBe('DENY');
  });

  it('should keep an answer until its expiry, no longer, and one without expiry for ever', async () => {
    const { cache, clock } = await cacheAt();
    expect(cache.set('/api/traffic?now', door, small, clock.now)).toBeUndefined();
    expect(cache.get('/api/traffic?now')).toBeUndefined();
    cache.set('/api/traffic?soon', door, small, clock.now + 1_000);
    cache.set('/api/traffic?past', door, small, Infinity);
    clock.now += 999;
    expect(cache.get('/api/traffic?soon')?.subject).toEqual(door);
    clock.now += 2;
    expect(cache.get('/api/traffic?soon')).toBeUndefined();
    clock.now += 400 * 86_400_000;
    expect(cache.get('/api/traffic?past')?.subject).toEqual(door);
  });

  it('should key an answer by its query as written, whatever the host', async () => {
    const { cache } = await cacheAt();
    cache.set('http://localhost/api/traffic?mac=a&from=1', door, small, Infinity);
    expect(cache.get('http://127.0.0.1:8080/api/traffic?mac=a&from=1')?.subject).toEqual(door);
    expect(cache.get('http://localhost/api/traffic?from=1&mac=a')).toBeUndefined();
    expect(cache.get('http://localhost/api/traffic?mac=a&from=10')).toBeUndefined();
  });

  it('should send the plain bytes with their length and type, and Vary only when they may be compressed', async () => {
    const { cache } = await cacheAt();
    const plainOf = (text: string) =>
      cache.set(`/api/traffic?${text.length}`, door, text, Infinity)?.plain;
    const smallPlain = plainOf(small);
    expect(Buffer.from(smallPlain?.body ?? []).toString()).toBe(small);
    expect(smallPlain?.headers).toEqual({
      'x-frame-options': 'DENY',
      'content-type': 'application/json',
      'content-length': String(small.length),
    });
    expect(plainOf(large)?.headers).toMatchObject({
      vary: 'Accept-Encoding',
      'content-length': String(large.length),
    });
  });

  it('should compress an answer from 1 KiB up, and send a smaller one as it is', async () => {
    const { cache } = await cacheAt();
    const ofBytes = (bytes: number) => {
      const text = JSON.stringify({ pad: 'x'.repeat(bytes - 10) });
      expect(text).toHaveLength(bytes);
      const answer = cache.set(`/api/traffic?b=${bytes}`, door, text, Infinity);
      if (!answer) throw new Error('not kept');
      return answer;
    };
    const under = ofBytes(1023);
    expect(under.plain.headers.vary).toBeUndefined();
    expect(answerBytes(under, 'br')).toBe(under.plain);
    const at = ofBytes(1024);
    expect(at.plain.headers.vary).toBe('Accept-Encoding');
    expect((await answerBytes(at, 'br')).headers['content-encoding']).toBe('br');
  });

  it('should count an answer twice, leaving room for its compressed copies', async () => {
    const { cache } = await cacheAt(50 * 1024);
    const sized = (kib: number) => JSON.stringify({ pad: 'x'.repeat(kib * 1024) });
    cache.set('/api/traffic?big', door, sized(30), Infinity);
    cache.set('/api/traffic?fits', door, sized(20), Infinity);
    expect(cache.get('/api/traffic?big')).toBeUndefined();
    expect(cache.get('/api/traffic?fits')).toBeDefined();
  });

  it('should hold its byte bound, counting each small answer at a kilobyte or more', async () => {
    // 100 small answers are at least 100 KiB: not all of them fit in 50 KiB.
    const { cache } = await cacheAt(50 * 1024);
    for (let i = 0; i < 100; i += 1) cache.set(`/api/traffic?i=${i}`, door, small, Infinity);
    const keptCount = Array.from({ length: 100 }, (_, i) =>
      cache.get(`/api/traffic?i=${i}`),
    ).filter(Boolean).length;
    expect(keptCount).toBeGreaterThan(0);
    expect(keptCount).toBeLessThanOrEqual(50);
    // The most recent are the ones kept.
    expect(cache.get('/api/traffic?i=99')).toBeDefined();
    expect(cache.get('/api/traffic?i=0')).toBeUndefined();
  });
});

describe('cachedAnswers', () => {
  it('should log a kept answer served with the time it took, as the full path does', async () => {
    const answers = createAnswerCache(1 << 20, () => 0, Promise.resolve({}));
    await Promise.resolve();
    answers.set(url, { kind: 'device', mac: MAIN_DOOR }, '{"buckets":[]}', Infinity);
    const lines: string[] = [];
    const times = [1_000, 1_012.5];
    const app = new Hono().use(
      cachedAnswers({
        answers,
        limiter: undefined,
        logger: createLogger({ level: 'info', write: (line) => lines.push(line), now: () => 0 }),
        viewer: () => Promise.resolve({ username: 'manager', name: 'M', admin: true, stores: [] }),
        sees: () => true,
        clock: () => times.shift() ?? Number.NaN,
      }),
    );
    const response = await app.request(url);
    expect(await response.text()).toBe('{"buckets":[]}');
    expect(lines).toEqual([
      expect.stringMatching(/ GET \/api\/traffic 200 12\.5ms upstream=0 cache=hit$/),
    ]);
  });

  it('should leave a request with oversized headers to the full path, which refuses it', async () => {
    const { app } = createHarness();
    await app.request(url);
    const refused = await app.request(url, { headers: { 'x-padding': 'a'.repeat(9000) } });
    expect(refused.status).toBe(431);
  });
});
