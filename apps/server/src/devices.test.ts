import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDevicesFile, parseDevices } from './devices.ts';

describe('parseDevices', () => {
  it('should normalise MACs and fill defaults', () => {
    expect(parseDevices([{ mac: 'D4:7C:44:90:6F:14', name: 'Door' }], 'Asia/Tokyo')).toEqual([
      { mac: 'd47c44906f14', name: 'Door', store: '', timezone: 'Asia/Tokyo', countsWalkOut: true },
    ]);
  });

  it('should keep the given store, zone and walk-out counting', () => {
    const [device] = parseDevices(
      [
        {
          mac: 'd47c44906f16',
          name: 'Cam',
          store: 'Flagship',
          timezone: 'Europe/Paris',
          countsWalkOut: false,
        },
      ],
      'Asia/Shanghai',
    );
    expect(device).toEqual({
      mac: 'd47c44906f16',
      name: 'Cam',
      store: 'Flagship',
      timezone: 'Europe/Paris',
      countsWalkOut: false,
    });
  });

  it.each([
    [[{ mac: 'nothex', name: 'A' }], /entry 1 \(mac "nothex"\): mac must be 12 hex digits/],
    [
      [
        { mac: 'd47c44906f14', name: 'A' },
        { mac: 'D4-7C-44-90-6F-14', name: 'B' },
      ],
      /entry 2 .*duplicate mac d47c44906f14 \(also entry 1\)/,
    ],
    [
      [{ mac: 'd47c44906f14', name: 'A', timezone: 'Mars/Base' }],
      /entry 1 .*unknown time zone "Mars\/Base"/,
    ],
    [[{ mac: 'd47c44906f14' }], /entry 1 .*name must be a string/],
    [
      [{ mac: 'd47c44906f14', name: 'A', countsWalkOut: 'no' }],
      /countsWalkOut must be true or false/,
    ],
    [['d47c44906f14'], /entry 1: must be an object/],
    [{ devices: [] }, /must hold a JSON array/],
  ])('should refuse %j naming the entry', (raw, message) => {
    expect(() => parseDevices(raw, 'Asia/Shanghai')).toThrow(message);
  });
});

describe('loadDevicesFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'footfall-devices-'));

  it('should read a JSON file', () => {
    const path = join(dir, 'ok.json');
    writeFileSync(path, JSON.stringify([{ mac: 'd47c44906f14', name: 'Door' }]));
    expect(loadDevicesFile(path, 'Asia/Shanghai')).toHaveLength(1);
  });

  it('should name the variable when the file is missing or not JSON', () => {
    expect(() => loadDevicesFile(join(dir, 'missing.json'), 'Asia/Shanghai')).toThrow(
      /^DEVICES_FILE: cannot read/,
    );
    const path = join(dir, 'bad.json');
    writeFileSync(path, '[{');
    expect(() => loadDevicesFile(path, 'Asia/Shanghai')).toThrow(
      /^DEVICES_FILE: .* is not valid JSON/,
    );
  });
});
