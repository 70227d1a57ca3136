import { FAULT_MACS } from '@footfall/sandbox';
import { describe, expect, it } from 'vitest';
import { startServer } from './server.ts';
import { createHarness } from './test-kit.ts';

describe('startServer', () => {
  it('should finish an in-flight request on close, then refuse new connections', async () => {
    const { app } = createHarness({ slowDelayMs: 300 });
    const server = await startServer({ fetch: app.fetch, port: 0, host: '127.0.0.1' });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const inFlight = fetch(
      `${server.url}/api/traffic?mac=${FAULT_MACS.slow}&from=2024-05-06&to=2024-05-06`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closed = server.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ device: { mac: FAULT_MACS.slow } });
    await closed;
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
  });

  it('should refuse oversized headers over a real socket with a JSON 431', async () => {
    const { app } = createHarness();
    const server = await startServer({ fetch: app.fetch, port: 0, host: '127.0.0.1' });
    try {
      const response = await fetch(`${server.url}/api/health`, {
        headers: { 'X-Filler': 'x'.repeat(9000) },
      });
      expect(response.status).toBe(431);
      expect(await response.json()).toMatchObject({ error: { code: 'HEADERS_TOO_LARGE' } });
    } finally {
      await server.close();
    }
  });

  it('should serve the app with the client address from the socket', async () => {
    const { app } = createHarness({ rateLimitPerMinute: 1 });
    const server = await startServer({ fetch: app.fetch, port: 0, host: '127.0.0.1' });
    try {
      const url = `${server.url}/api/traffic?mac=d47c44906f14&from=2024-05-06&to=2024-05-06`;
      expect((await fetch(url)).status).toBe(200);
      expect((await fetch(url)).status).toBe(429);
    } finally {
      await server.close();
    }
  });
});
