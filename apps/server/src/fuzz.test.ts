/**
 * A fuzz test of the HTTP API: random methods, paths, queries, headers and bodies, each answered
 * without a 5xx, a crash or a stack trace; every refusal under `/api` is the API's JSON error.
 * The devices are the demo's (no fault device: their 502/504 are the platform's, on purpose).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_DEVICES } from '@footfall/sandbox';
import { errorBodySchema } from '@footfall/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDevices } from './devices.ts';
import { createHarness } from './test-kit.ts';

const RUNS = 10_000;
const devices = parseDevices(DEMO_DEVICES, 'Asia/Shanghai');
// A built SPA, so that its paths answer as in production (unbuilt, they answer 503 on purpose).
const staticRoot = mkdtempSync(join(tmpdir(), 'footfall-fuzz-'));
mkdirSync(join(staticRoot, 'assets'));
writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><title>Footfall</title>');
writeFileSync(join(staticRoot, 'assets', 'index-abc123.js'), 'console.log(1)');
const { app } = createHarness({ devices, staticRoot });

const ROUTES = [
  '/api/traffic',
  '/api/overview',
  '/api/devices',
  '/api/stores',
  '/api/health',
  '/api',
  '/api/',
  '/',
  '/overview',
  '/robots.txt',
  '/favicon.ico',
  '/assets/x.js',
];
const KEYS = ['mac', 'store', 'from', 'to', 'granularity', 'businessHours', 'compare', 'x'];
const VALUES = [
  'd47c44906f14',
  'D4:7C:44:90:6F:14',
  'nanjing-road',
  'ginza',
  '2024-05-01',
  '2024-05-07',
  '2024-02-30',
  '2023-01-01',
  'hour',
  'day',
  'week',
  'month',
  'quarter',
  'year',
  'true',
  'false',
  'previous',
  'year',
  '',
  '%',
  '%00',
  '../../etc/passwd',
];

const text = fc.string({ unit: 'binary', maxLength: 40 });
const pathArb = fc.oneof(
  fc.constantFrom(...ROUTES),
  fc.webPath(),
  fc
    .tuple(fc.constantFrom(...ROUTES), text)
    .map(([route, tail]) => route + encodeURIComponent(tail)),
  fc.string({ maxLength: 60 }).map((raw) => `/${raw.replace(/[?#\s]/g, '')}`),
);
const queryArb = fc.array(
  fc.tuple(
    fc.oneof(fc.constantFrom(...KEYS), text),
    fc.oneof(fc.constantFrom(...VALUES), text, fc.integer().map(String)),
  ),
  { maxLength: 8 },
);
const headerName = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
const headerValue = fc.stringMatching(/^[\x20-\x7e]{0,80}$/).map((value) => value.trim());
const headersArb = fc.array(
  fc.oneof(
    fc.tuple(
      fc.constantFrom(
        'content-type',
        'accept',
        'accept-encoding',
        'origin',
        'cookie',
        'if-none-match',
        'range',
        'x-forwarded-for',
      ),
      headerValue,
    ),
    fc.tuple(headerName, headerValue),
  ),
  { maxLength: 6 },
);
const methodArb = fc.constantFrom(
  'GET',
  'GET',
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'OPTIONS',
);
const bodyArb = fc.option(fc.oneof(text, fc.json(), fc.string({ maxLength: 2000 })), {
  nil: undefined,
});

describe('the HTTP API under random requests', () => {
  it(`should answer ${RUNS} random requests without a 5xx, and refuse under /api with JSON`, async () => {
    await fc.assert(
      fc.asyncProperty(
        methodArb,
        pathArb,
        queryArb,
        headersArb,
        bodyArb,
        async (method, path, query, headers, body) => {
          const search = new URLSearchParams(query).toString();
          const init: RequestInit = { method, headers: new Headers(headers) };
          if (body !== undefined && method !== 'GET' && method !== 'HEAD') init.body = body;
          const response = await app.request(
            `http://127.0.0.1${path}${search ? `?${search}` : ''}`,
            init,
          );
          expect(response.status).toBeLessThan(500);
          const answer = method === 'HEAD' ? '' : await response.text();
          expect(answer).not.toMatch(/\n\s+at .+:\d+:\d+/);
          const url = new URL(response.url || `http://127.0.0.1${path}`);
          if (response.status >= 400 && method !== 'HEAD' && /^\/api(\/|$)/.test(url.pathname)) {
            expect(errorBodySchema.safeParse(JSON.parse(answer)).success).toBe(true);
          }
        },
      ),
      { numRuns: RUNS },
    );
  }, 300_000);
});
