import { describe, expect, it } from 'vitest';
import { DEMO_DEVICES, FAULT_MACS, profileOf } from './devices.ts';
import { hourlyTraffic } from './traffic.ts';

const doorsOf = (storeId: string) => DEMO_DEVICES.filter((device) => device.storeId === storeId);

describe('DEMO_DEVICES', () => {
  it('should form three stores, each with one name and one time zone', () => {
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
