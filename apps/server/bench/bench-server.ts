/**
 * The benchmark's server process: the real app in sandbox mode (no rate limit, request lines
 * formatted but discarded) and, for each cached view priced (a device's week of hours and a
 * store's, plain and compressed), a bare Hono route answering the same bytes, each on its own ephemeral port. It also measures the app's own time on cache misses, in memory.
 */
import { Hono } from 'hono';
import type { OpretailClient } from '@footfall/opretail';
import { createSandbox } from '@footfall/sandbox';
import { createApp } from '../src/app.ts';
import { parseEnv } from '../src/env.ts';
import { createLogger } from '../src/logger.ts';
import { startServer } from '../src/server.ts';
import { demoDevices, sandboxClient } from '../src/upstream.ts';

const WEEK = 'from=2024-05-06&to=2024-05-12&granularity=hour';
const DEVICE_WEEK = `/api/traffic?mac=d47c44906f14&${WEEK}`;
const STORE_WEEK = `/api/traffic?store=nanjing-road&${WEEK}`;
/**
 * The cached views priced, each against a bare Hono route answering its bytes: plain, and
 * compressed as a browser asks (`Accept-Encoding` sent to both, the bare route sending the app's
 * compressed bytes as they are).
 */
const CACHED = [
  { name: 'device', path: DEVICE_WEEK },
  { name: 'store of three doors', path: STORE_WEEK },
  { name: 'device, brotli', path: DEVICE_WEEK, acceptEncoding: 'gzip, deflate, br' },
  { name: 'store of three doors, gzip', path: STORE_WEEK, acceptEncoding: 'gzip' },
];
/** The answers whose compressed sizes are printed. */
const SIZED = [
  { name: 'device, week of hours', path: DEVICE_WEEK },
  { name: 'store, week of hours', path: STORE_WEEK },
  {
    name: 'store, 92 days of hours',
    path: '/api/traffic?store=nanjing-road&from=2024-02-01&to=2024-05-02&granularity=hour',
  },
];
const MISSES = 50;
const WARM_UP_MISSES = 20;

const config = parseEnv({ RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'info' });
const devices = demoDevices(config.timezone);

/** A client that adds up the time spent inside upstream calls. */
function timed(client: OpretailClient): OpretailClient & { spentMs: number } {
  const wrapper = {
    spentMs: 0,
    async listDevicePassengerIndicator(
      ...args: Parameters<OpretailClient['listDevicePassengerIndicator']>
    ) {
      const started = performance.now();
      try {
        return await client.listDevicePassengerIndicator(...args);
      } finally {
        wrapper.spentMs += performance.now() - started;
      }
    },
  };
  return wrapper;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function missOverhead(): Promise<{ medianMs: number; p90Ms: number; medianTotalMs: number }> {
  const upstream = timed(sandboxClient(createSandbox()));
  const app = createApp({
    config,
    devices,
    upstream,
    logger: createLogger({ level: 'info', write: () => undefined }),
  });
  const overheads: number[] = [];
  const totals: number[] = [];
  // One-week hourly ranges 5 weeks apart, so each is a miss of its own whole chunk (5 weeks of
  // hours, fetched and cached whole); the first few warm the JIT.
  for (let i = -WARM_UP_MISSES; i < MISSES; i += 1) {
    const device = devices[(i + WARM_UP_MISSES) % devices.length];
    const monday = new Date(Date.UTC(2016, 0, 4 + 35 * (i + WARM_UP_MISSES)));
    const from = monday.toISOString().slice(0, 10);
    const to = new Date(monday.getTime() + 6 * 86_400_000).toISOString().slice(0, 10);
    upstream.spentMs = 0;
    const started = performance.now();
    const response = await app.request(
      `/api/traffic?mac=${device?.mac ?? ''}&from=${from}&to=${to}`,
    );
    await response.arrayBuffer();
    const total = performance.now() - started;
    if (response.status !== 200) throw new Error(`miss ${i} answered ${response.status}`);
    if (i >= 0) {
      overheads.push(total - upstream.spentMs);
      totals.push(total);
    }
  }
  const sorted = [...overheads].sort((a, b) => a - b);
  return {
    medianMs: median(overheads),
    p90Ms: sorted[Math.floor(sorted.length * 0.9)] ?? Number.NaN,
    medianTotalMs: median(totals),
  };
}

const app = createApp({
  config,
  devices,
  upstream: sandboxClient(createSandbox()),
  logger: createLogger({ level: 'info', write: () => undefined }),
});
const appServer = await startServer({ fetch: app.fetch, port: 0, host: '127.0.0.1' });
const servers = [appServer];
const targets = [];
for (const { name, path, acceptEncoding } of CACHED) {
  const headers: Record<string, string> =
    acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
  const warm = await app.request(path, { headers });
  const bytes = new Uint8Array(await warm.arrayBuffer());
  if (warm.status !== 200) throw new Error(`the cached request ${path} answered ${warm.status}`);
  const encoding = warm.headers.get('content-encoding');
  if ((encoding === null) !== (acceptEncoding === undefined)) {
    throw new Error(`${name}: the app answered with encoding ${encoding ?? 'none'}`);
  }
  const bareHeaders: Record<string, string> = {
    'Content-Type': 'application/json',
    ...(encoding === null ? {} : { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' }),
  };
  // Same path and query as the app's, so both read the same request bytes. A fresh headers
  // object each time, as a route's literal would be: the Node adapter adds its length to it.
  const bare = new Hono().get('/api/traffic', (c) => c.body(bytes, 200, { ...bareHeaders }));
  const bareServer = await startServer({ fetch: bare.fetch, port: 0, host: '127.0.0.1' });
  servers.push(bareServer);
  targets.push({
    name,
    appUrl: `${appServer.url}${path}`,
    bareUrl: `${bareServer.url}${path}`,
    bytes: bytes.byteLength,
    ...(acceptEncoding === undefined ? {} : { acceptEncoding }),
  });
}
const sizes = [];
for (const { name, path } of SIZED) {
  const size = async (acceptEncoding: string) => {
    const response = await app.request(path, { headers: { 'Accept-Encoding': acceptEncoding } });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    return (await response.arrayBuffer()).byteLength;
  };
  sizes.push({
    name,
    plain: await size('identity'),
    br: await size('br'),
    gzip: await size('gzip'),
  });
}
const miss = await missOverhead();
process.send?.({ targets, sizes, miss });
// The parent asks for the CPU time used so far, to price each request in server CPU: a figure
// the load of other processes on the machine disturbs far less than requests per second.
process.on('message', () => {
  const { user, system } = process.cpuUsage();
  process.send?.({ cpuMicros: user + system });
});
process.on('disconnect', () => {
  void Promise.all(servers.map((server) => server.close())).then(() => process.exit(0));
});
