import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startServerProcess as start } from './test-process.ts';

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

  it('should serve SANDBOX_STORES generated stores of three doors', async () => {
    const server = start({ PORT: '0', SANDBOX_STORES: '300', SANDBOX_LATENCY_MS: '1' });
    const url = await server.url;
    const { stores } = z
      .object({ stores: z.array(z.object({ id: z.string(), devices: z.array(z.string()) })) })
      .parse(await (await fetch(`${url}/api/stores`)).json());
    expect(stores).toHaveLength(300);
    expect(stores.every((store) => store.devices.length === 3)).toBe(true);
    expect(stores[0]?.id).toBe('store-0001');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('900 devices');
  });
});
