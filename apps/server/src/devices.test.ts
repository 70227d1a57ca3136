import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDevicesFile, parseDevices } from './devices.ts';

const door = (mac: string, fields: Record<string, unknown> = {}) => ({
  mac,
  name: 'Door',
  ...fields,
});

describe('parseDevices', () => {
  it('should normalise MACs and fill defaults', () => {
    expect(parseDevices([{ mac: 'D4:7C:44:90:6F:14', name: 'Door' }], 'Asia/Tokyo')).toEqual([
      {
        mac: 'd47c44906f14',
        name: 'Door',
        store: '',
        storeId: '',
        timezone: 'Asia/Tokyo',
        countsWalkOut: true,
        entrance: true,
      },
    ]);
  });

  it('should keep the given store, store id, zone, walk-out counting and entrance', () => {
    const [device] = parseDevices(
      [
        {
          mac: 'd47c44906f16',
          name: 'Cam',
          store: 'Flagship',
          storeId: 'flag_ship-1',
          timezone: 'Europe/Paris',
          countsWalkOut: false,
          entrance: true,
        },
      ],
      'Asia/Shanghai',
    );
    expect(device).toEqual({
      mac: 'd47c44906f16',
      name: 'Cam',
      store: 'Flagship',
      storeId: 'flag_ship-1',
      timezone: 'Europe/Paris',
      countsWalkOut: false,
      entrance: true,
    });
  });

  it('should read a file written before stores had ids and entrances', () => {
    const devices = parseDevices(
      [
        { mac: 'd47c44906f14', name: 'Main entrance', store: 'Nanjing Road Flagship' },
        {
          mac: 'd47c44906f16',
          name: 'VIP lounge face camera',
          store: 'Nanjing Road Flagship',
          timezone: 'Asia/Shanghai',
          countsWalkOut: false,
        },
        { mac: 'fa0000000500', name: 'Back office door' },
      ],
      'Asia/Shanghai',
    );
    expect(devices.map(({ storeId, entrance }) => ({ storeId, entrance }))).toEqual([
      { storeId: 'Nanjing Road Flagship', entrance: true },
      { storeId: 'Nanjing Road Flagship', entrance: true },
      { storeId: '', entrance: true },
    ]);
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
    [
      [door('d47c44906f14', { store: 'A', storeId: 'has space' })],
      /entry 1 \(mac "d47c44906f14"\): storeId must be 1 to 64 letters, digits, "_" or "-"/,
    ],
    [[door('d47c44906f14', { store: 'A', storeId: 'x'.repeat(65) })], /entry 1 .*storeId must be/],
    [[door('d47c44906f14', { store: 'A', storeId: '' })], /entry 1 .*storeId must be/],
    [[door('d47c44906f14', { storeId: 'a' })], /entry 1 .*storeId is given without a store/],
    [[door('d47c44906f14', { store: 'A', entrance: 'yes' })], /entrance must be true or false/],
    [[door('d47c44906f14', { store: 'x'.repeat(201) })], /store must be at most 200 characters/],
    [
      [
        door('d47c44906f14', { store: 'Flagship', storeId: 'flagship' }),
        door('d47c44906f15', { store: 'Flagship', storeId: 'flag' }),
      ],
      /entry 2 \(mac "d47c44906f15"\): storeId "flag" differs from entry 1 of store "Flagship" \(storeId "flagship"\)/,
    ],
    [
      [
        door('d47c44906f14', { store: 'Flagship', storeId: 'flagship' }),
        door('d47c44906f15', { store: 'Flagship' }),
      ],
      /entry 2 .*no storeId differs from entry 1 of store "Flagship" \(storeId "flagship"\)/,
    ],
    [
      [
        door('d47c44906f14', { store: 'Flagship', storeId: 'shop' }),
        door('d47c44906f15', { store: 'Kiosk', storeId: 'shop' }),
      ],
      /entry 2 .*store id "shop" of store "Kiosk" is already the id of store "Flagship" \(entry 1\)/,
    ],
    [
      [
        door('d47c44906f14', { store: 'ginza' }),
        door('d47c44906f15', { store: 'Ginza Boutique', storeId: 'ginza' }),
      ],
      /entry 2 .*store id "ginza" .* is already the id of store "ginza" \(entry 1\)/,
    ],
    [
      [
        door('d47c44906f14', { store: 'Flagship' }),
        door('d47c44906f15', { store: 'Flagship', timezone: 'Asia/Tokyo' }),
      ],
      /entry 2 .*time zone "Asia\/Tokyo" differs from entry 1 of store "Flagship" \("Asia\/Shanghai"\)/,
    ],
    [
      [
        door('d47c44906f14'),
        door('d47c44906f15', { store: 'Lounge', entrance: false }),
        door('d47c44906f16', { store: 'Lounge', entrance: false }),
      ],
      /entry 2 \(mac "d47c44906f15"\): store "Lounge" has no entrance door/,
    ],
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
