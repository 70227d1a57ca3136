/**
 * `pnpm bench` (start-up part): time from starting the server to a healthy `/api/health`, for the
 * production build run by `pnpm start` (plain Node on `dist/main.js`), for Node on the build
 * without pnpm in between, and for the TypeScript sources through `tsx` as before the build
 * existed. Rounds alternate, so a busy machine slows each alike; medians are printed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROUNDS = 5;
const PORT = 8849;
const serverRoot = fileURLToPath(new URL('..', import.meta.url));

const WAYS = [
  { name: 'pnpm start (node dist/main.js)', command: 'pnpm', args: ['start'] },
  { name: 'node dist/main.js', command: process.execPath, args: ['dist/main.js'] },
  {
    name: 'tsx src/main.ts (before the build)',
    command: 'pnpm',
    args: ['exec', 'tsx', 'src/main.ts'],
  },
] as const;

async function timeToHealthy(command: string, args: readonly string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: serverRoot,
    env: { ...process.env, PORT: String(PORT), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) {
          return performance.now() - started;
        }
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 30_000) throw new Error(`${command} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const built = spawnSync('pnpm', ['build'], { cwd: serverRoot, stdio: 'inherit' });
if (built.status !== 0) throw new Error('the server build failed');

const times = new Map<string, number[]>(WAYS.map((way) => [way.name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const way of WAYS) times.get(way.name)?.push(await timeToHealthy(way.command, way.args));
}
const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
console.log(`\nstart-up to a healthy /api/health, median of ${ROUNDS} (ms):`);
for (const [name, values] of times) {
  console.log(
    `  ${name.padEnd(38)} ${median(values).toFixed(0).padStart(6)}   (${values.map((v) => v.toFixed(0)).join(', ')})`,
  );
}
