import { DAY_MS, HOUR_MS } from '@footfall/buckets';
import { describe, expect, it } from 'vitest';
import { DEMO_DEVICES, FAULT_MACS, isOffline, profileOf } from './devices.ts';
import { hourlyTraffic } from './traffic.ts';

const doorsOf = (storeId: string) => DEMO_DEVICES.filter((device) => device.storeId === storeId);

describe('DEMO_DEVICES', () => {
  it('should form five stores, each with one name and one time zone', () => {
    const stores = new Map<string, Set<string>>();
    for (const device of DEMO_DEVICES) {
      const seen = stores.get(device.storeId) ?? new Set<string>();
      seen.add(`${device.store} | ${device.timezone}`);
      stores.set(device.storeId, seen);
    }
    expect([...stores.entries()].map(([id, seen]) => [id, [...seen]])).toEqual([
      ['nanjing-road', ['Nanjing Road Flagship | Asia/Shanghai']],
      ['lujiazui-kiosk', ['Lujiazui Metro Kiosk | Asia/Shanghai']],
      ['ginza', ['Ginza Boutique | Asia/Tokyo']],
      ['xintiandi-popup', ['Xintiandi Pop-up | Asia/Shanghai']],
      ['berlin-hbf', ['Berlin Hauptbahnhof | Europe/Berlin']],
    ]);
  });

  it('should give the flagship two entrances and an inner door', () => {
    expect(
      doorsOf('nanjing-road').map(({ mac, name, entrance, countsWalkOut }) => ({
        mac,
        name,
        entrance,
        countsWalkOut,
      })),
    ).toEqual([
      { mac: 'd47c44906f14', name: 'Main entrance', entrance: true, countsWalkOut: true },
      { mac: 'd47c44906f15', name: 'East side door', entrance: true, countsWalkOut: true },
      {
        mac: 'd47c44906f16',
        name: 'VIP lounge face camera',
        entrance: false,
        countsWalkOut: false,
      },
    ]);
  });

  it('should give the kiosk an entrance that cannot count walk-outs', () => {
    const doors = doorsOf('lujiazui-kiosk');
    expect(doors.map((door) => door.mac)).toEqual(['a0b1c2d3e4f5', 'a0b1c2d3e4f6']);
    expect(doors.every((door) => door.entrance)).toBe(true);
    expect(doors.find((door) => !door.countsWalkOut)?.name).toBe('Street door face camera');
  });

  it('should give the boutique a single door', () => {
    expect(doorsOf('ginza').map(({ mac, name, entrance }) => ({ mac, name, entrance }))).toEqual([
      { mac: '0c8e7d6f5a41', name: 'Entrance', entrance: true },
    ]);
  });

  it('should give the pop-up a door with outages and one whose walk-outs run high', () => {
    const doors = doorsOf('xintiandi-popup').map((door) => profileOf(door.mac));
    expect(doors.map((door) => [door?.device.name, door?.outages, door?.walkOutFactor])).toEqual([
      ['Front door', true, undefined],
      ['Garden door', undefined, 1.3],
    ]);
  });

  it('should keep the fault devices out of the demo and out of its stores', () => {
    const demoMacs = new Set(DEMO_DEVICES.map((device) => device.mac));
    const demoStores = new Set(DEMO_DEVICES.map((device) => device.storeId));
    for (const mac of Object.values(FAULT_MACS)) {
      expect(demoMacs.has(mac)).toBe(false);
      expect(demoStores.has(profileOf(mac)?.device.storeId ?? '')).toBe(false);
    }
  });

  it('should give each door its own deterministic traffic, entrances busier than the lounge', () => {
    const from = Date.UTC(2024, 2, 4);
    const week = (mac: string): number[] => {
      const found = profileOf(mac);
      if (!found) throw new Error(`no profile for ${mac}`);
      return [...hourlyTraffic(found, from, 7 * 24).walkIn];
    };
    const total = (mac: string): number => week(mac).reduce((sum, count) => sum + count, 0);
    for (const device of DEMO_DEVICES) expect(week(device.mac)).toEqual(week(device.mac));
    expect(total('d47c44906f14')).toBeGreaterThan(total('d47c44906f15'));
    expect(total('d47c44906f15')).toBeGreaterThan(total('d47c44906f16'));
    expect(week('a0b1c2d3e4f5')).not.toEqual(week('a0b1c2d3e4f6'));
  });
});

describe('isOffline', () => {
  const front = profileOf('3c5a8b1e7d01');
  const main = profileOf('d47c44906f14');
  if (!front || !main) throw new Error('no demo profiles');

  it('should silence every 6th day and every 4th afternoon of a device with outages only', () => {
    expect(isOffline(front, Date.UTC(2024, 4, 6, 10))).toBe(true);
    expect(isOffline(front, Date.UTC(2024, 4, 7, 10))).toBe(false);
    expect(isOffline(front, Date.UTC(2024, 4, 11, 10))).toBe(false);
    expect(isOffline(front, Date.UTC(2024, 4, 12, 0))).toBe(true);
    expect(isOffline(front, Date.UTC(2024, 4, 12, 23))).toBe(true);
    expect(isOffline(front, Date.UTC(2024, 4, 9, 12))).toBe(false);
    expect(isOffline(front, Date.UTC(2024, 4, 9, 13))).toBe(true);
    expect(isOffline(front, Date.UTC(2024, 4, 9, 15))).toBe(true);
    expect(isOffline(front, Date.UTC(2024, 4, 9, 16))).toBe(false);
    expect(isOffline(front, Date.UTC(2024, 4, 10, 14))).toBe(false);
    expect(isOffline(main, Date.UTC(2024, 4, 12, 14))).toBe(false);
  });

  it('should leave no 6 days in a row without a silent day', () => {
    for (let first = Date.UTC(2026, 0, 1); first < Date.UTC(2027, 0, 1); first += DAY_MS) {
      const days = Array.from({ length: 6 }, (_, i) => first + i * DAY_MS + 12 * HOUR_MS);
      expect(days.filter((noon) => isOffline(front, noon))).toHaveLength(1);
    }
  });
});
