/**
 * `pnpm bench`: the platform calls of the cache scenarios (counted on the sandbox); requests per
 * second and p99 of a cached `/api/traffic` (one week, hourly) for a device and for a store of
 * three doors, under 50 connections, each alternating with a bare Hono route answering the same
 * bytes, in the same run, plain and compressed (the bare route then sends the app's compressed
 * bytes); the answers' compressed sizes; plus the server's own time on a cache miss (total minus
 * time inside upstream calls).
 *
 * The servers run in a child process and autocannon in its own, so neither steals the other's
 * event loop (the machine has two cores).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { autocannon } from './autocannon.ts';
import { platformCallLines } from './platform-calls.ts';

const ROUNDS = 3;
const SECONDS = 5;
const CONNECTIONS = 50;

const readySchema = z.object({
  targets: z.array(
    z.object({
      name: z.string(),
      appUrl: z.string(),
      bareUrl: z.string(),
      bytes: z.number(),
      acceptEncoding: z.string().optional(),
    }),
  ),
  sizes: z.array(
    z.object({ name: z.string(), plain: z.number(), br: z.number(), gzip: z.number() }),
  ),
  miss: z.object({ medianMs: z.number(), p90Ms: z.number(), medianTotalMs: z.number() }),
});
const resultSchema = z.object({
  requests: z.object({ average: z.number(), total: z.number() }),
  latency: z.object({ p99: z.number() }),
  non2xx: z.number(),
  errors: z.number(),
});

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

function startServers(): Promise<{ child: ChildProcess; ready: z.infer<typeof readySchema> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', here('./bench-server.ts')], {
    cwd: here('..'),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message) => {
      resolve({ child, ready: readySchema.parse(message) });
    });
    child.once('exit', (code) => {
      reject(new Error(`the bench server exited with ${code ?? 'a signal'}`));
    });
  });
}

const cpuSchema = z.object({ cpuMicros: z.number() });

function serverCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (message) => {
      resolve(cpuSchema.parse(message).cpuMicros);
    });
    child.send('cpu');
  });
}

const load = (url: string, seconds: number, acceptEncoding?: string) =>
  autocannon(
    [
      '-c',
      String(CONNECTIONS),
      '-d',
      String(seconds),
      ...(acceptEncoding === undefined ? [] : ['-H', `Accept-Encoding=${acceptEncoding}`]),
      url,
    ],
    resultSchema,
  );

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

console.log('platform calls (sandbox, counted):');
for (const line of await platformCallLines()) console.log(`  ${line}`);

/** One cached view against its bare route: the median of the round ratios, printed. */
async function compare(
  child: ChildProcess,
  target: z.infer<typeof readySchema>['targets'][number],
): Promise<number> {
  const label = `cached /api/traffic, ${target.name}`;
  const asked =
    target.acceptEncoding === undefined ? '' : ` (Accept-Encoding: ${target.acceptEncoding})`;
  console.log(
    `${label}: ${target.bytes} bytes${asked}; ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS} s each`,
  );
  const { acceptEncoding } = target;
  await load(target.appUrl, 2, acceptEncoding);
  await load(target.bareUrl, 2, acceptEncoding);
  const app: number[] = [];
  const bare: number[] = [];
  const appP99: number[] = [];
  const bareP99: number[] = [];
  const appCpu: number[] = [];
  const bareCpu: number[] = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    const runs = [
      ['app ', target.appUrl, app, appP99, appCpu],
      ['bare', target.bareUrl, bare, bareP99, bareCpu],
    ] as const;
    // Alternate which goes first, so neither always meets the machine in the same state.
    for (const [name, url, rps, p99, cpu] of round % 2 === 1 ? runs : [...runs].reverse()) {
      const before = await serverCpu(child);
      const result = await load(url, SECONDS, acceptEncoding);
      const perRequest = ((await serverCpu(child)) - before) / result.requests.total;
      cpu.push(perRequest);
      if (result.non2xx > 0 || result.errors > 0) {
        throw new Error(`${name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
      }
      rps.push(result.requests.average);
      p99.push(result.latency.p99);
      console.log(
        `round ${round} ${name}: ${result.requests.average.toFixed(0)} req/s, p99 ${result.latency.p99} ms, server CPU ${perRequest.toFixed(1)} µs/request`,
      );
    }
  }
  // Each round's two runs are back to back, so their ratio is the least exposed to the load of
  // whatever else runs on the machine; the headline is the median of the round ratios.
  const roundRatios = app.map((rps, i) => rps / (bare[i] ?? Number.NaN));
  const ratio = median(roundRatios);
  console.log(`${label}: ${mean(app).toFixed(0)} req/s, p99 ${Math.max(...appP99)} ms`);
  console.log(
    `bare Hono route, same bytes: ${mean(bare).toFixed(0)} req/s, p99 ${Math.max(...bareP99)} ms`,
  );
  console.log(
    `${label}, ratio: ${ratio.toFixed(2)} (median of rounds ${roundRatios.map((r) => r.toFixed(2)).join(', ')}; ratio of means ${(mean(app) / mean(bare)).toFixed(2)}; target >= 0.8, floor 0.6)`,
  );
  console.log(
    `server CPU per request: app ${median(appCpu).toFixed(1)} µs, bare ${median(bareCpu).toFixed(1)} µs (bare/app ${(median(bareCpu) / median(appCpu)).toFixed(2)}, medians)`,
  );
  return ratio;
}

const { child, ready } = await startServers();
console.log('answer sizes (plain → brotli, gzip):');
for (const { name, plain, br, gzip } of ready.sizes) {
  const share = (bytes: number) => `${bytes} bytes (${((100 * bytes) / plain).toFixed(1)} %)`;
  console.log(`  ${name}: ${plain} bytes → br ${share(br)}, gzip ${share(gzip)}`);
}
try {
  const ratios: number[] = [];
  for (const target of ready.targets) ratios.push(await compare(child, target));
  console.log(
    `cache-miss overhead (total - upstream), 50 misses: median ${ready.miss.medianMs.toFixed(2)} ms, p90 ${ready.miss.p90Ms.toFixed(2)} ms (median total ${ready.miss.medianTotalMs.toFixed(2)} ms; target < 5 ms)`,
  );
  if (ratios.some((ratio) => ratio < 0.6)) process.exitCode = 1;
} finally {
  child.disconnect();
}
