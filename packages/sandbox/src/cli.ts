/**
 * `pnpm --filter @footfall/sandbox start [--port N] [--stores N] [--latency-ms N]`: the sandbox
 * gateway on 127.0.0.1, printing its address and the demo credentials. Each flag falls back to an
 * environment variable: `PORT` (else 8788), `SANDBOX_STORES` (a generated estate of that many
 * stores of three doors; unset: the demo's five stores) and `SANDBOX_LATENCY_MS` (every call waits
 * that long; default 0), the server's names for the same settings.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { SANDBOX_ACCOUNT } from './accounts.ts';
import { MAX_GENERATED_STORES } from './estate.ts';
import { startSandboxServer } from './server.ts';

const DEFAULT_PORT = 8788;
const HOSTNAME = '127.0.0.1';

const whole = (what: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${what} must be a number` })
    .int(`${what} must be a whole number`)
    .min(min, `${what} must be ${min}–${max}`)
    .max(max, `${what} must be ${min}–${max}`);

const settings = {
  port: { env: 'PORT', schema: whole('the port', 0, 65_535) },
  stores: { env: 'SANDBOX_STORES', schema: whole('the store count', 1, MAX_GENERATED_STORES) },
  'latency-ms': { env: 'SANDBOX_LATENCY_MS', schema: whole('the latency', 0, 60_000) },
} as const;

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    stores: { type: 'string' },
    'latency-ms': { type: 'string' },
  },
});

/** A flag's value, else its variable's; `undefined` when neither is set. */
function read(name: keyof typeof settings): number | undefined {
  const { env, schema } = settings[name];
  const text = values[name] ?? process.env[env];
  if (text === undefined || text.trim() === '') return undefined;
  const parsed = schema.safeParse(text);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? 'bad value';
  process.stderr.write(`sandbox: --${name} (or ${env}): ${message}: ${text}\n`);
  process.exit(1);
}

const stores = read('stores');
const latencyMs = read('latency-ms');
const server = await startSandboxServer({
  port: read('port') ?? DEFAULT_PORT,
  hostname: HOSTNAME,
  ...(stores === undefined ? {} : { stores }),
  ...(latencyMs === undefined ? {} : { latencyMs }),
});
const { devices } = server.sandbox;
const storeCount = new Set(devices.map((device) => device.storeId)).size;
process.stdout.write(
  [
    `Footfall sandbox gateway listening on ${server.gatewayUrl}`,
    `  key (_akey):   ${SANDBOX_ACCOUNT.akey}`,
    `  secret:        ${SANDBOX_ACCOUNT.secret}`,
    `  system (_aid): ${SANDBOX_ACCOUNT.aid}`,
    `  ${devices.length} ${stores === undefined ? 'demo' : 'generated'} devices in ${storeCount} stores, e.g. mac ${devices[0]?.mac ?? ''}`,
    ...(latencyMs ? [`  every call waits ${latencyMs} ms`] : []),
    'Stop with Ctrl+C.',
    '',
  ].join('\n'),
);

function stop(): void {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
