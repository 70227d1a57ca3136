/**
 * `pnpm bench` (static part): requests per second of a hashed asset's brotli copy, served by the
 * server's own static handler (read once, then from memory) and by `@hono/node-server`'s
 * `serveStatic` with `precompressed` (stat and stream from disk per request), alternating rounds
 * on the same fixture. The figures back decision 008.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { z } from 'zod';
import { startServer } from '../src/server.ts';
import { createStaticHandler } from '../src/static.ts';
import { autocannon } from './autocannon.ts';

const ROUNDS = 3;
const SECONDS = 4;
const ASSET = '/assets/index-bench01.js';

const root = join(mkdtempSync(join(tmpdir(), 'footfall-static-bench-')), 'dist');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Footfall</title>');
// About the size of the dashboard's main chunk.
const script = Array.from({ length: 4000 }, (_, i) => `export const v${i} = ${i * 7};`).join('\n');
writeFileSync(join(root, ASSET), script);
writeFileSync(join(root, `${ASSET}.br`), brotliCompressSync(script));
writeFileSync(join(root, `${ASSET}.gz`), gzipSync(script));

const own = new Hono().get('*', createStaticHandler(root));
const library = new Hono().use('*', serveStatic({ root, precompressed: true }));

const resultSchema = z.object({ requests: z.object({ average: z.number() }), non2xx: z.number() });
const load = (url: string) =>
  autocannon(
    ['-c', '50', '-d', String(SECONDS), '-H', 'Accept-Encoding: br, gzip', url],
    resultSchema,
  );

const servers = await Promise.all(
  [own, library].map((app) => startServer({ fetch: app.fetch, port: 0, host: '127.0.0.1' })),
);
try {
  const [ownUrl, libraryUrl] = servers.map((server) => `${server.url}${ASSET}`);
  const rates: Record<'own' | 'serveStatic', number[]> = { own: [], serveStatic: [] };
  for (let round = 1; round <= ROUNDS; round += 1) {
    const runs = [
      ['own', ownUrl],
      ['serveStatic', libraryUrl],
    ] as const;
    for (const [name, url] of round % 2 === 1 ? runs : [...runs].reverse()) {
      const result = await load(url ?? '');
      if (result.non2xx > 0) throw new Error(`${name}: ${result.non2xx} non-2xx answers`);
      rates[name].push(result.requests.average);
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[1] ?? Number.NaN;
  console.log(
    `static brotli asset (${Buffer.byteLength(brotliCompressSync(script))} bytes): own ${median(rates.own).toFixed(0)} req/s, serveStatic ${median(rates.serveStatic).toFixed(0)} req/s (medians of ${ROUNDS}; own/serveStatic ${(median(rates.own) / median(rates.serveStatic)).toFixed(2)})`,
  );
} finally {
  await Promise.all(servers.map((server) => server.close()));
}
