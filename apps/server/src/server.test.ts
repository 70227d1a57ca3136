import { connect } from 'node:net';
import { errorBodySchema } from '@footfall/contract';
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

  /** Sends raw bytes and resolves with everything the server answered before closing. */
  function rawExchange(url: string, request: string): Promise<string> {
    const { port, hostname } = new URL(url);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => socket.end(request));
      let answer = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        answer += chunk;
      });
      socket.on('close', () => {
        resolve(answer);
      });
      socket.on('error', reject);
    });
  }

  it("should answer what Node's parser refuses with JSON like every other error", async () => {
    const { app } = createHarness();
    const server = await startServer({ fetch: app.fetch, port: 0, host: '127.0.0.1' });
    try {
      const cases = [
        {
          request: `GET /api/health?${'x'.repeat(20_000)} HTTP/1.1\r\nHost: a\r\n\r\n`,
          status: 431,
          code: 'HEADERS_TOO_LARGE',
        },
        { request: 'NOT HTTP AT ALL\r\n\r\n', status: 400, code: 'BAD_REQUEST' },
        {
          request: 'GET /api/health HTTP/1.1\r\nHost: a\r\nBad Header\r\n\r\n',
          status: 400,
          code: 'BAD_REQUEST',
        },
      ];
      for (const { request, status, code } of cases) {
        const answer = await rawExchange(server.url, request);
        const [head = '', body = ''] = answer.split('\r\n\r\n');
        expect(head).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
        expect(head).toMatch(/content-type: application\/json/i);
        const parsed = errorBodySchema.parse(JSON.parse(body));
        expect(parsed.error.code).toBe(code);
        expect(parsed.error.message).not.toBe('');
      }
      // The server still serves after refusing.
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
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
