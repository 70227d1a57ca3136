/**
 * Signing throughput: how many requests per second one core can sign, for each method, with the
 * 13 parameters a real listDevicePassengerIndicator call carries. Run: `pnpm bench`.
 */
import { performance } from 'node:perf_hooks';
import { FULL_REQUEST_VECTOR } from '../src/sign-vectors.ts';
import { sign, type SignMethod } from '../src/sign.ts';

const WARM_UP_MS = 500;
const RUN_MS = 2_000;
const TARGET_PER_SECOND = 200_000;
const { secret: SECRET, params: VECTOR } = FULL_REQUEST_VECTOR;

function request(method: SignMethod, i: number): Record<string, string> {
  // A changing timestamp, as in real use, so no engine can fold the work away.
  return { ...VECTOR, _sm: method, _timestamp: String(20230329000000 + (i % 1_000_000)) };
}

function run(method: SignMethod, durationMs: number): { count: number; elapsedMs: number } {
  const requests = Array.from({ length: 1024 }, (_, i) => request(method, i));
  let count = 0;
  let sink = 0;
  const start = performance.now();
  let elapsedMs = 0;
  while (elapsedMs < durationMs) {
    // Check the clock every 1024 signatures so timing costs stay out of the figure.
    for (const params of requests) sink += sign(params, SECRET, method).length;
    count += requests.length;
    elapsedMs = performance.now() - start;
  }
  if (sink === 0) throw new Error('unreachable: keeps the results alive');
  return { count, elapsedMs };
}

for (const method of ['md5', 'sha1'] as const) {
  run(method, WARM_UP_MS);
  const { count, elapsedMs } = run(method, RUN_MS);
  const perSecond = Math.round((count / elapsedMs) * 1000);
  const verdict = perSecond >= TARGET_PER_SECOND ? 'meets' : 'BELOW';
  console.log(
    `sign ${method.padEnd(4)} ${perSecond.toLocaleString('en-US').padStart(10)} signatures/s ` +
      `(${count.toLocaleString('en-US')} in ${(elapsedMs / 1000).toFixed(2)} s; ${verdict} the ${TARGET_PER_SECOND.toLocaleString('en-US')}/s target)`,
  );
}
