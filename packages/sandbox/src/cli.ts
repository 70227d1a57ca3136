/**
 * `pnpm --filter @footfall/sandbox start [--port N]`: the sandbox gateway on 127.0.0.1 (port from
 * `--port`, else `PORT`, else 8788), printing its address and the demo credentials.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { SANDBOX_ACCOUNT } from './accounts.ts';
import { DEMO_DEVICES } from './devices.ts';
import { startSandboxServer } from './server.ts';

const DEFAULT_PORT = 8788;
const HOSTNAME = '127.0.0.1';

const portSchema = z.coerce
  .number({ error: 'the port must be a number' })
  .int('the port must be a whole number')
  .min(0, 'the port must be 0–65535')
  .max(65535, 'the port must be 0–65535');

function readPort(): number {
  const { values } = parseArgs({ options: { port: { type: 'string' } } });
  const text = values.port ?? process.env.PORT;
  if (text === undefined || text === '') return DEFAULT_PORT;
  const parsed = portSchema.safeParse(text);
  if (parsed.success) return parsed.data;
  process.stderr.write(`sandbox: ${parsed.error.issues[0]?.message ?? 'bad port'}: ${text}\n`);
  process.exit(1);
}

const server = await startSandboxServer({ port: readPort(), hostname: HOSTNAME });
const stores = new Set(DEMO_DEVICES.map((device) => device.store));
process.stdout.write(
  [
    `Footfall sandbox gateway listening on ${server.gatewayUrl}`,
    `  key (_akey):   ${SANDBOX_ACCOUNT.akey}`,
    `  secret:        ${SANDBOX_ACCOUNT.secret}`,
    `  system (_aid): ${SANDBOX_ACCOUNT.aid}`,
    `  ${DEMO_DEVICES.length} demo devices in ${stores.size} stores, e.g. mac ${DEMO_DEVICES[0]?.mac ?? ''}`,
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
