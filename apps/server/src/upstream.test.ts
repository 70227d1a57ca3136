import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_DEVICES, generatedDevices } from '@footfall/sandbox';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDevicesFile } from './devices.ts';
import { parseEnv } from './env.ts';
import { groupStores } from './stores.ts';
import { createUpstream, demoDevices } from './upstream.ts';

// Thursday 14 March 2024, 14:30 in Shanghai.
const NOW = Date.UTC(2024, 2, 14, 6, 30);
const monday = (mac: string) => ({
  mac,
  startTime: '2024-03-04 00:00:00',
  endTime: '2024-03-04 23:59:59',
  timeType: 2,
  isOnBusinessTime: false,
  timezone: 'Asia/Shanghai',
});

describe('demoDevices', () => {
  const dir = mkdtempSync(join(tmpdir(), 'footfall-estate-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('should list the demo estate without a store count', () => {
    expect(demoDevices('Asia/Shanghai').map((device) => device.mac)).toEqual(
      DEMO_DEVICES.map((device) => device.mac),
    );
  });

  it('should list a generated estate of N stores of three doors, valid as a DEVICES_FILE', () => {
    const devices = demoDevices('Asia/Shanghai', 300);
    const stores = groupStores(devices);
    expect(stores).toHaveLength(300);
    for (const { store, doors } of stores) {
      expect(doors.filter((door) => door.entrance)).toHaveLength(2);
      expect(doors).toHaveLength(3);
      // The inner door may be a face camera; the entrances count walk-outs.
      expect(store.countsWalkOut).toBe(true);
    }
    const file = join(dir, 'devices.json');
    writeFileSync(file, JSON.stringify(generatedDevices(300)));
    expect(loadDevicesFile(file, 'Asia/Shanghai')).toEqual(devices);
  });
});

describe('createUpstream', () => {
  it('should run on a generated estate with SANDBOX_STORES, waiting SANDBOX_LATENCY_MS a call', async () => {
    const upstream = createUpstream(
      parseEnv({ SANDBOX_STORES: '4', SANDBOX_LATENCY_MS: '100' }),
      () => NOW,
    );
    const started = performance.now();
    const [face, demo] = await Promise.all([
      upstream.listDevicePassengerIndicator(monday('5e0000000403')),
      upstream.listDevicePassengerIndicator(monday('d47c44906f14')),
    ]);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(95);
    expect(elapsed).toBeLessThan(400);
    expect(face.rows).toHaveLength(1);
    // The demo estate is replaced: its devices have no rows there.
    expect(demo.rows).toEqual([]);
  });

  it('should run on the demo estate without them', async () => {
    const upstream = createUpstream(parseEnv({}), () => NOW);
    const { rows } = await upstream.listDevicePassengerIndicator(monday('d47c44906f14'));
    expect(rows).toHaveLength(1);
    expect((await upstream.listDevicePassengerIndicator(monday('5e0000000101'))).rows).toEqual([]);
  });
});
