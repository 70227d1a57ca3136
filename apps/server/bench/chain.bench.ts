/**
 * A chain's overview (issue 21): 300 generated stores of 3 doors on the sandbox, 150 ms a platform
 * call, `PLATFORM_CONCURRENCY` 4. The server's app and warmer run in this process on a clock that
 * the bench may move forward (so "61 s later" and "after midnight" need no waiting); every call
 * really takes its 150 ms. Printed: the start-up warming, the overview of the last 30 days with
 * `compare=previous` (after warming, again, 61 s later, moved by a day), the same including
 * today, RSS, platform calls per door per day in steady state (a day of the warmer's rounds after
 * every zone's midnight and 06:00), and the next morning's overview.
 *
 * `BENCH_STORES` and `BENCH_LATENCY_MS` change the estate and the latency.
 */
import { bucketStart, DAY_MS, formatDate, fromWall, HOUR_MS, toWall } from '@footfall/buckets';
import { createSandbox, generatedDevices } from '@footfall/sandbox';
import { chunkCacheBytes, createApp } from '../src/app.ts';
import { parseDevices } from '../src/devices.ts';
import { createLogger } from '../src/logger.ts';
import { createTrafficService } from '../src/traffic-service.ts';
import { sandboxClient } from '../src/upstream.ts';
import { nextDayTurn } from '../src/finality.ts';
import { createWarmer } from '../src/warming.ts';

const STORES = Number(process.env.BENCH_STORES ?? 300);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 150);
const CONCURRENCY = 4;
const CACHE_MAX_BYTES = 128 * 1024 * 1024;
const ZONE = 'Asia/Shanghai';

const offset = { ms: 0 };
const now = (): number => Date.now() + offset.ms;
const sandbox = createSandbox({ now, stores: STORES, latencyMs: LATENCY_MS });
const upstream = sandboxClient(sandbox, { now });
const devices = parseDevices(generatedDevices(STORES), ZONE);
const logger = createLogger({ level: 'warn' });
const service = createTrafficService({
  upstream,
  now,
  cacheMaxBytes: chunkCacheBytes(CACHE_MAX_BYTES),
  concurrency: CONCURRENCY,
});
const app = createApp({
  config: { mode: 'sandbox', rateLimitPerMinute: 0, cacheMaxBytes: CACHE_MAX_BYTES },
  devices,
  upstream,
  service,
  now,
  logger,
});
const warmer = createWarmer({
  service,
  devices: () => devices,
  now,
  logger,
  platformConcurrency: CONCURRENCY,
});

const seconds = (ms: number): string => (ms / 1000).toFixed(2);
const mb = (): string => (process.memoryUsage().rss / 1024 / 1024).toFixed(0);

async function overview(from: number, to: number): Promise<{ ms: number; calls: number }> {
  const before = sandbox.callCount();
  const started = performance.now();
  const query = `from=${formatDate(from)}&to=${formatDate(to)}&compare=previous`;
  const response = await app.request(`/api/overview?${query}`);
  const body = (await response.json()) as { stores?: unknown[] };
  if (response.status !== 200 || body.stores?.length !== STORES) {
    throw new Error(`overview answered ${response.status}`);
  }
  return { ms: performance.now() - started, calls: sandbox.callCount() - before };
}

/** Targets of platform calls that were missed: a count, unlike a time, does not depend on the machine. */
const missed: string[] = [];

function line(name: string, { ms, calls }: { ms: number; calls: number }, target: string): void {
  console.log(`${name}: ${seconds(ms)} s, ${calls} platform calls (target ${target})`);
  if (target.includes('0 calls') && calls > 0) missed.push(name);
}

async function main(): Promise<void> {
  console.log(
    `A chain of ${STORES} stores × 3 doors (${devices.length} devices), ${LATENCY_MS} ms a platform call, ${CONCURRENCY} at once`,
  );
  const started = performance.now();
  const warm = await warmer.warm();
  console.log(
    `start-up warming: ${seconds(performance.now() - started)} s, ${warm.calls} platform calls (${(warm.calls / devices.length).toFixed(2)} a door), RSS ${mb()} MB`,
  );
  const today = bucketStart(toWall(now(), ZONE), 'day');
  const last30 = { from: today - 30 * DAY_MS, to: today - DAY_MS };
  line(
    'overview, last 30 days to yesterday, compare=previous, after warming',
    await overview(last30.from, last30.to),
    '<= 3 s',
  );
  line('the same again', await overview(last30.from, last30.to), '<= 0.5 s, 0 calls');
  offset.ms += 61_000;
  line('the same 61 s later', await overview(last30.from, last30.to), '<= 0.5 s, 0 calls');
  line('moved by a day', await overview(last30.from - DAY_MS, last30.to - DAY_MS), '0 calls');
  line(
    "the last 30 days including today (each door's today asked again)",
    await overview(last30.from + DAY_MS, today),
    'none; today is fresh for 60 s',
  );
  console.log(`RSS after the overviews: ${mb()} MB`);

  // A day of the warmer's schedule, as the server runs it: a round after each local midnight and
  // 06:00 of every zone of the estate.
  const zones = devices.map((device) => device.timezone);
  const rounds = async (until: number): Promise<number> => {
    let calls = 0;
    for (let next = nextDayTurn(now(), zones); next <= until; next = nextDayTurn(now(), zones)) {
      offset.ms += next + 5_000 - now();
      calls += (await warmer.warm()).calls;
    }
    return calls;
  };
  const day = await rounds(now() + DAY_MS);
  console.log(
    `steady state: ${day} warming calls over 24 h of rounds (midnight and 06:00 in ${new Set(zones).size} zones): ${(day / devices.length).toFixed(2)} platform calls per door per day`,
  );
  const wall = toWall(now(), ZONE);
  let nine = bucketStart(wall, 'day') + 9 * HOUR_MS;
  if (nine <= wall) nine += DAY_MS;
  await rounds(fromWall(nine, ZONE));
  offset.ms += fromWall(nine, ZONE) - now();
  const yesterday = bucketStart(toWall(now(), ZONE), 'day') - DAY_MS;
  line(
    '09:00 the next morning, the overview of the last 30 days to yesterday',
    await overview(yesterday - 29 * DAY_MS, yesterday),
    '0 calls',
  );
  console.log(`RSS at the end: ${mb()} MB`);
  if (missed.length > 0) {
    console.error(`Platform calls where none were due: ${missed.join('; ')}`);
    process.exitCode = 1;
  }
}

await main();
