import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
// `--import tsx` resolves from the working folder: the server's own, wherever vitest runs from.
const serverRoot = fileURLToPath(new URL('..', import.meta.url));

/** Runs `main.ts` as `pnpm start` does, with only `env` set (no credentials: sandbox mode). */
function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    cwd: serverRoot,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then(() => {
      reject(new Error(output));
    });
  });
  // A test that expects a refusal never waits for the URL.
  url.catch(() => undefined);
  return { child, url, exited, output: () => output };
}

// Each test starts a process: let them start together.
describe.concurrent('main', { timeout: 20_000 }, () => {
  it('should serve /api/health in sandbox mode and exit cleanly on SIGTERM', async () => {
    const server = start({ PORT: '0', LOG_LEVEL: 'info' });
    const url = await server.url;
    const response = await fetch(`${url}/api/health`);
    expect(await response.json()).toEqual({ status: 'ok', mode: 'sandbox', shared: 'memory' });
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/sandbox mode on http:\/\/127\.0\.0\.1:\d+/);
    expect(server.output()).toContain('SIGTERM: finishing in-flight requests');
  });

  it('should refuse to start with only a key, naming the missing variable', async () => {
    const server = start({ OPRETAIL_AKEY: 'key-only' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('OPRETAIL_SECRET: must be set together with OPRETAIL_AKEY');
  });

  it('should refuse to start in live mode without AUTH, saying what to set', async () => {
    const server = start({ OPRETAIL_AKEY: 'key', OPRETAIL_SECRET: 'secret' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('AUTH: must be set in live mode');
  });

  it('should warn when live mode is open on purpose (AUTH=none)', async () => {
    const server = start({
      PORT: '0',
      OPRETAIL_AKEY: 'key',
      OPRETAIL_SECRET: 'secret',
      AUTH: 'none',
    });
    await server.url;
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/WARN AUTH=none: anyone who reaches this server/);
  });
});
