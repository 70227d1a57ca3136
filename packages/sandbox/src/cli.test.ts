import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createOpretailClient } from '@footfall/opretail';
import { afterEach, describe, expect, it } from 'vitest';
import { SANDBOX_ACCOUNT } from './accounts.ts';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
// Starting tsx takes about a second, more on a busy machine.
const TIMEOUT = 20_000;
const started: ChildProcess[] = [];

/** Runs the CLI with `args`, the sandbox variables unset unless `env` sets them. */
function spawnCli(args: readonly string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: packageDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SANDBOX_STORES: '', SANDBOX_LATENCY_MS: '', ...env },
  });
  started.push(child);
  return child;
}

/** Starts the CLI on a free loopback port and waits for it to print its address. */
async function startCli(args: readonly string[] = [], env: Record<string, string> = {}) {
  const child = spawnCli(['--port', '0', ...args], env);
  let output = '';
  child.stdout.setEncoding('utf8');
  const gatewayUrl = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+\/m\.api)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => {
      reject(new Error(`the CLI exited early with ${String(code)}`));
    });
  });
  return { child, gatewayUrl, output: () => output };
}

describe('sandbox CLI', () => {
  afterEach(() => {
    // A failed test must not leave a server running.
    for (const child of started.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  it(
    'should print the demo credentials, answer a signed request and stop on SIGTERM or SIGINT',
    async () => {
      // Two at once: each start pays for tsx, and the machine has two cores.
      const [cli, other] = await Promise.all([startCli(), startCli()]);
      expect(cli.output()).toContain(SANDBOX_ACCOUNT.akey);
      expect(cli.output()).toContain(SANDBOX_ACCOUNT.secret);
      expect(other.gatewayUrl).not.toBe(cli.gatewayUrl);
      const client = createOpretailClient({ ...SANDBOX_ACCOUNT, gatewayUrl: cli.gatewayUrl });
      const result = await client.listDevicePassengerIndicator({
        mac: 'd47c44906f14',
        startTime: '2024-03-04 00:00:00',
        endTime: '2024-03-04 23:59:59',
        timeType: 1,
        isOnBusinessTime: false,
        timezone: 'Asia/Shanghai',
      });
      expect(result.rows).toHaveLength(24);

      const exits = Promise.all([once(cli.child, 'exit'), once(other.child, 'exit')]);
      cli.child.kill('SIGTERM');
      other.child.kill('SIGINT');
      expect(await exits).toEqual([
        [0, null],
        [0, null],
      ]);
    },
    TIMEOUT,
  );

  it(
    'should serve a generated estate with a latency, from flags or variables, and refuse a bad value',
    async () => {
      const [flags, variables] = await Promise.all([
        startCli(['--stores', '2', '--latency-ms', '200']),
        startCli([], { SANDBOX_STORES: '3', SANDBOX_LATENCY_MS: '0' }),
      ]);
      expect(flags.output()).toContain('6 generated devices in 2 stores, e.g. mac 5e0000000101');
      expect(flags.output()).toContain('every call waits 200 ms');
      expect(variables.output()).toContain('9 generated devices in 3 stores');
      const client = createOpretailClient({ ...SANDBOX_ACCOUNT, gatewayUrl: flags.gatewayUrl });
      const started = performance.now();
      const result = await client.listDevicePassengerIndicator({
        mac: '5e0000000203',
        startTime: '2024-03-04 00:00:00',
        endTime: '2024-03-04 23:59:59',
        timeType: 2,
        isOnBusinessTime: false,
        timezone: 'Asia/Shanghai',
      });
      expect(result.rows).toHaveLength(1);
      expect(performance.now() - started).toBeGreaterThanOrEqual(195);

      const refused = spawnCli(['--stores', '0'], {});
      let errors = '';
      refused.stderr.setEncoding('utf8');
      refused.stderr.on('data', (chunk: string) => (errors += chunk));
      expect(await once(refused, 'exit')).toEqual([1, null]);
      expect(errors).toContain('--stores (or SANDBOX_STORES): the store count must be 1–9999: 0');
    },
    TIMEOUT,
  );
});
