import { createOpretailClient } from '@footfall/opretail';
import { afterEach, describe, expect, it } from 'vitest';
import { SANDBOX_ACCOUNT } from './accounts.ts';
import { startSandboxServer, type SandboxServer } from './server.ts';

describe('startSandboxServer', () => {
  let server: SandboxServer | undefined;
  afterEach(async () => {
    await server?.close();
  });

  it('should answer a signed request from the opretail client over loopback', async () => {
    server = await startSandboxServer({ port: 0, hostname: '127.0.0.1' });
    expect(server.gatewayUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/m\.api$/);
    const client = createOpretailClient({ ...SANDBOX_ACCOUNT, gatewayUrl: server.gatewayUrl });
    const result = await client.listDevicePassengerIndicator({
      mac: 'd47c44906f14',
      startTime: '2024-03-01 00:00:00',
      endTime: '2024-03-07 23:59:59',
      timeType: 2,
      isOnBusinessTime: true,
      timezone: 'Asia/Shanghai',
    });
    expect(result.attempts).toBe(1);
    expect(result.rows).toHaveLength(7);
    expect(result.rows[0]?.start).toBe(Date.UTC(2024, 2, 1));
    expect(server.sandbox.callCount('d47c44906f14')).toBe(1);
  });
});
