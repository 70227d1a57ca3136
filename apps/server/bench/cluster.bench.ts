/**
 * `pnpm bench:cluster`: instances sharing one real `redis-server` (started on a free port).
 *
 * 1. Platform calls per distinct chunk: 3 instances (in this process, each with its own memory
 *    and Redis connection, as real HTTP servers) under 50 concurrent clients asking cold,
 *    overlapping ranges round-robin; the sandbox counts every call.
 * 2. Cached `/api/traffic`: req/s and p99 of one built instance (`node dist/main.js`) with
 *    `REDIS_URL` and without, alternating rounds (autocannon in its own process).
 * 3. Memory: RSS of one built instance with Redis across a soak of mixed queries
 *    (`SOAK_SECONDS`, 300 by default), after a warm-up.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alignedChunks, parseDate } from '@footfall/buckets';
import { createOpretailClient } from '@footfall/opretail';
import { createSandbox, SANDBOX_ACCOUNT, SANDBOX_GATEWAY_URL } from '@footfall/sandbox';
import { z } from 'zod';
import { createApp } from '../src/app.ts';
import { parseEnv } from '../src/env.ts';
import { createLogger } from '../src/logger.ts';
import { startServer } from '../src/server.ts';
import { connectRedis } from '../src/shared/redis.ts';
import { freePort, startTestRedis } from '../src/test-redis.ts';
import { demoDevices } from '../src/upstream.ts';
import { autocannon } from './autocannon.ts';

const serverRoot = fileURLToPath(new URL('..', import.meta.url));
const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const CLIENTS = 50;
const ROUNDS = 3;
const SECONDS = 5;
const quiet = createLogger({ level: 'error', write: () => undefined });
const config = parseEnv({ RATE_LIMIT_PER_MINUTE: '0' });
const devices = demoDevices(config.timezone);
const macs = devices.map((device) => device.mac);

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const redis = await startTestRedis();
try {
  // 1. Calls per distinct chunk.
  const sandbox = createSandbox();
  let calls = 0;
  const upstream = createOpretailClient({
    ...SANDBOX_ACCOUNT,
    gatewayUrl: SANDBOX_GATEWAY_URL,
    fetch: async (input, init) => {
      calls++;
      return sandbox.fetch(new Request(input, init));
    },
  });
  const connections = Array.from({ length: 3 }, () => connectRedis(redis.url, quiet));
  await until(() => connections.every((connection) => connection.ready()));
  const servers = await Promise.all(
    connections.map((shared) =>
      startServer({
        fetch: createApp({ config, devices, upstream, logger: quiet, shared }).fetch,
        port: 0,
        host: '127.0.0.1',
      }),
    ),
  );
  // Cold, overlapping ranges: every door, 12 weekly hourly ranges two weeks apart in 2025.
  const ranges = macs.flatMap((mac) =>
    Array.from({ length: 12 }, (_, i) => {
      const from = new Date(Date.UTC(2025, 0, 6 + 14 * i));
      const to = new Date(from.getTime() + 6 * 86_400_000);
      const day = (date: Date) => date.toISOString().slice(0, 10);
      return { mac, from: day(from), to: day(to), granularity: 'hour' as const };
    }),
  );
  const chunks = new Set(
    ranges.flatMap((range) =>
      alignedChunks(parseDate(range.from) ?? 0, parseDate(range.to) ?? 0, range.granularity).map(
        (chunk) => `${range.mac}|${chunk.from}`,
      ),
    ),
  );
  // Each range asked 3 times over, by different clients on different instances.
  const asks = [...ranges, ...ranges, ...ranges];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let i = next++; i < asks.length; i = next++) {
        const ask = asks[i];
        const server = servers[(client + i) % servers.length];
        if (!ask || !server) break;
        const { mac, from, to, granularity } = ask;
        const response = await fetch(
          `${server.url}/api/traffic?mac=${mac}&from=${from}&to=${to}&granularity=${granularity}`,
        );
        if (response.status !== 200) failures++;
        await response.arrayBuffer();
      }
    }),
  );
  console.log(
    `platform calls per distinct chunk, 3 instances, ${CLIENTS} concurrent clients: ${(calls / chunks.size).toFixed(2)} ` +
      `(${calls} calls for ${chunks.size} chunks, ${asks.length} requests, ${failures} not 200, ${(performance.now() - started).toFixed(0)} ms) (budget 1.00)`,
  );
  // Counts, not timings: these hold on any machine, so the bench fails when they do not.
  if (calls !== chunks.size || failures > 0) {
    process.exitCode = 1;
    console.log(
      'FAILED: each distinct chunk must cost exactly one platform call, every answer 200',
    );
  }
  // For sizing Redis (docs/deploy.md): what a chunk costs there.
  const info = await connections[0]?.client.info('memory');
  const keys = await connections[0]?.client.dbSize();
  const used = Number(/used_memory:(\d+)/.exec(info ?? '')?.[1] ?? Number.NaN);
  console.log(
    `Redis after it: ${keys ?? 0} keys, used_memory ${(used / 1024 / 1024).toFixed(1)} MB, ${(used / chunks.size / 1024).toFixed(1)} KB per chunk of 5 weeks of hours`,
  );
  await Promise.all(servers.map((server) => server.close()));
  await Promise.all(connections.map((connection) => connection.close()));

  // 2 and 3 run the production build.
  if (spawnSync('pnpm', ['build'], { cwd: serverRoot, stdio: 'ignore' }).status !== 0) {
    throw new Error('the server build failed');
  }
  async function instance(withRedis: boolean): Promise<{ child: ChildProcess; url: string }> {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, ['dist/main.js'], {
      cwd: serverRoot,
      env: {
        ...process.env,
        PORT: String(port),
        RATE_LIMIT_PER_MINUTE: '0',
        LOG_LEVEL: 'error',
        REDIS_URL: withRedis ? redis.url : '',
      },
      stdio: 'ignore',
    });
    await until(async () => {
      try {
        return (await fetch(`${url}/api/health`)).ok;
      } catch {
        return false;
      }
    });
    return { child, url };
  }
  const stop = (child: ChildProcess) =>
    new Promise<void>((resolve) => {
      child.once('exit', () => {
        resolve();
      });
      child.kill('SIGTERM');
    });

  const resultSchema = z.object({
    requests: z.object({ average: z.number() }),
    latency: z.object({ p99: z.number() }),
    non2xx: z.number(),
  });
  const cached = '/api/traffic?mac=d47c44906f14&from=2024-05-06&to=2024-05-12&granularity=hour';
  const figures = {
    redis: { rps: [] as number[], p99: [] as number[] },
    memory: { rps: [] as number[], p99: [] as number[] },
  };
  for (let round = 1; round <= ROUNDS; round++) {
    for (const kind of ['redis', 'memory'] as const) {
      const { child, url } = await instance(kind === 'redis');
      await fetch(url + cached);
      const result = await autocannon(
        ['-c', '50', '-d', String(SECONDS), url + cached],
        resultSchema,
      );
      if (result.non2xx > 0) throw new Error(`${kind}: ${result.non2xx} answers not 2xx`);
      figures[kind].rps.push(result.requests.average);
      figures[kind].p99.push(result.latency.p99);
      await stop(child);
    }
  }
  const rpsRedis = median(figures.redis.rps);
  const rpsMemory = median(figures.memory.rps);
  console.log(
    `cached /api/traffic, one instance, median of ${ROUNDS}: with Redis ${rpsRedis.toFixed(0)} req/s (p99 ${median(figures.redis.p99)} ms), ` +
      `in memory ${rpsMemory.toFixed(0)} req/s (p99 ${median(figures.memory.p99)} ms); ratio ${(rpsRedis / rpsMemory).toFixed(2)} (budget ≥ 0.8: ${rpsRedis / rpsMemory >= 0.8 ? 'met' : 'NOT met'})`,
  );

  // 3. RSS across a soak of mixed queries.
  const { child, url } = await instance(true);
  const rss = (): number => {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
  };
  const stores = ['nanjing-road', 'lujiazui-kiosk', 'ginza', 'xintiandi-popup', 'berlin-hbf'];
  const granularities = ['hour', 'day', 'week', 'month'] as const;
  const compares = ['', '&compare=previous', '&compare=week', '&compare=year'];
  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % n;
  };
  const mixedPath = (): string => {
    const granularity = granularities[random(granularities.length)] ?? 'hour';
    const days = granularity === 'hour' ? 1 + random(30) : 1 + random(300);
    const from = new Date(Date.UTC(2025, 0, 1) + random(600) * 86_400_000);
    const to = new Date(from.getTime() + (days - 1) * 86_400_000);
    const subject = random(2)
      ? `store=${stores[random(stores.length)] ?? 'ginza'}`
      : `mac=${macs[random(macs.length)] ?? macs[0]}`;
    return `/api/traffic?${subject}&from=${from.toISOString().slice(0, 10)}&to=${to.toISOString().slice(0, 10)}&granularity=${granularity}&businessHours=${random(2) ? 'true' : 'false'}${compares[random(compares.length)] ?? ''}`;
  };
  const soak = async (seconds: number): Promise<number> => {
    const end = Date.now() + seconds * 1000;
    let requests = 0;
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (Date.now() < end) {
          const response = await fetch(url + mixedPath());
          await response.arrayBuffer();
          requests++;
        }
      }),
    );
    return requests;
  };
  await soak(Math.min(30, SOAK_SECONDS / 5));
  const before = rss();
  const requests = await soak(SOAK_SECONDS);
  const after = rss();
  console.log(
    `RSS of one instance with Redis across a ${SOAK_SECONDS} s soak of ${requests} mixed queries: ${before.toFixed(1)} → ${after.toFixed(1)} MB (growth ${(after - before).toFixed(1)} MB)`,
  );
  await stop(child);
} finally {
  await redis.stop();
}
