import { SANDBOX_ACCOUNT, FAULT_MACS } from '@footfall/sandbox';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { createHarness, createMemoryLogger, MAIN_DOOR, TEST_DEVICES } from './test-kit.ts';

describe('GET /api/health', () => {
  it('should say the server is up and in sandbox mode', async () => {
    const response = await createHarness().app.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', mode: 'sandbox', shared: 'memory' });
  });
});

describe('GET /api/devices', () => {
  it('should list the configured devices with exactly the API fields', async () => {
    const response = await createHarness().app.request('/api/devices');
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    expect(body).toEqual({ devices: TEST_DEVICES });
    expect(body).toMatchObject({
      devices: expect.arrayContaining([
        {
          mac: MAIN_DOOR,
          name: 'Main entrance',
          store: 'Nanjing Road Flagship',
          storeId: 'nanjing-road',
          timezone: 'Asia/Shanghai',
          countsWalkOut: true,
          entrance: true,
        },
      ]) as unknown,
    });
  });
});

describe('other /api paths', () => {
  it.each([
    ['GET', '/api'],
    ['GET', '/api/nope'],
    ['GET', '/api/traffic/extra'],
    ['POST', '/api/traffic'],
    ['DELETE', '/api/devices'],
  ])('should answer %s %s with a 404 JSON error', async (method, path) => {
    const response = await createHarness().app.request(path, { method });
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});

describe('security', () => {
  it('should send secure headers and no CORS headers', async () => {
    const response = await createHarness().app.request('/api/health', {
      headers: { Origin: 'https://evil.example' },
    });
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('should refuse an overlong query string with 414 JSON', async () => {
    const response = await createHarness().app.request(`/api/traffic?mac=${'a'.repeat(3000)}`);
    expect(response.status).toBe(414);
    expect(await response.json()).toMatchObject({ error: { code: 'URI_TOO_LONG' } });
  });

  it('should refuse oversized headers with 431 JSON', async () => {
    const response = await createHarness().app.request('/api/health', {
      headers: { 'X-Filler': 'x'.repeat(9000) },
    });
    expect(response.status).toBe(431);
    expect(await response.json()).toMatchObject({ error: { code: 'HEADERS_TOO_LARGE' } });
  });

  it("should log a refusal or the platform's failure as its request line only, never as a bug", async () => {
    const { app, lines, sandbox } = createHarness();
    expect((await app.request('/api/traffic?mac=nope')).status).toBe(400);
    sandbox.faults.push({ code: -500, times: 100 });
    const failed = await app.request(`/api/traffic?mac=${MAIN_DOOR}&from=2024-05-06&to=2024-05-06`);
    expect(failed.status).toBe(502);
    expect(lines.filter((line) => line.includes(' ERROR '))).toEqual([]);
    expect(lines.some((line) => line.includes(' 400 '))).toBe(true);
  });

  it('should answer an unexpected failure with a JSON 500 and no stack trace', async () => {
    const logger = createMemoryLogger();
    const app = createApp({
      config: { mode: 'live', rateLimitPerMinute: 0, cacheMaxBytes: 1 << 20 },
      devices: TEST_DEVICES,
      upstream: { listDevicePassengerIndicator: () => Promise.reject(new Error('boom at x.ts:1')) },
      logger,
    });
    const response = await app.request(
      `/api/traffic?mac=${MAIN_DOOR}&from=2024-05-06&to=2024-05-06`,
    );
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'INTERNAL_ERROR', message: 'Something went wrong on the server.' },
    });
    expect(text).not.toContain('boom');
    expect(logger.lines.some((line) => line.includes('boom'))).toBe(true);
    // No platform call was made: a bug is not counted as one.
    expect(logger.lines.at(-1)).toMatch(/ 500 \S+ upstream=0 cache=-$/);
  });

  it('should put the secret and the signatures in no response and no log line', async () => {
    const { app, requests, lines } = createHarness();
    const texts: string[] = [];
    for (const mac of [MAIN_DOOR, FAULT_MACS.serverError, FAULT_MACS.malformed, '001122334455']) {
      const response = await app.request(`/api/traffic?mac=${mac}&from=2024-05-06&to=2024-05-06`);
      texts.push(await response.text(), JSON.stringify([...response.headers]));
    }
    texts.push(await (await app.request('/api/health')).text());
    const signatures = requests.map((body) => new URLSearchParams(body).get('_sig') ?? '');
    expect(signatures.length).toBeGreaterThan(4);
    for (const text of [...texts, ...lines]) {
      expect(text).not.toContain(SANDBOX_ACCOUNT.secret);
      for (const signature of signatures) expect(text).not.toContain(signature);
    }
  });
});

describe('request log', () => {
  it('should write one line per request with method, path, status, ms, upstream calls and cache', async () => {
    const { app, lines } = createHarness();
    await app.request(`/api/traffic?mac=${MAIN_DOOR}&from=2024-05-06&to=2024-05-06`);
    await app.request('/api/devices');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/INFO GET \/api\/traffic 200 \d+\.\dms upstream=1 cache=miss$/);
    expect(lines[1]).toMatch(/INFO GET \/api\/devices 200 \d+\.\dms upstream=0 cache=-$/);
  });
});
