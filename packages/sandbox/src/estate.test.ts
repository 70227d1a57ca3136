import { isValidTimeZone } from '@footfall/buckets';
import { isPlatformMac } from '@footfall/contract';
import { describe, expect, it } from 'vitest';
import { DEMO_DEVICES, FAULT_MACS, FAULT_PROFILES } from './devices.ts';
import { createEstate, generatedDevices, MAX_GENERATED_STORES } from './estate.ts';

describe('generatedDevices', () => {
  const devices = generatedDevices(300);
  const stores = new Map<string, typeof devices>();
  for (const device of devices)
    stores.set(device.storeId, [...(stores.get(device.storeId) ?? []), device]);

  it('should make N stores of three doors: two entrances counting walk-outs and an inner door', () => {
    expect(devices).toHaveLength(900);
    expect(stores.size).toBe(300);
    for (const doors of stores.values()) {
      expect(doors.map((door) => [door.entrance, door.entrance && door.countsWalkOut])).toEqual([
        [true, true],
        [true, true],
        [false, false],
      ]);
      expect(new Set(doors.map((door) => `${door.store} | ${door.timezone}`)).size).toBe(1);
    }
    // Every 4th store's inner door is a face camera; the others count walk-outs.
    const faces = devices.filter((device) => !device.countsWalkOut);
    expect(faces).toHaveLength(75);
    expect(faces.every((device) => !device.entrance)).toBe(true);
  });

  it('should give distinct, valid MACs that no demo or fault device uses', () => {
    const macs = devices.map((device) => device.mac);
    expect(macs.every(isPlatformMac)).toBe(true);
    expect(new Set(macs).size).toBe(macs.length);
    const taken = new Set([...DEMO_DEVICES.map((d) => d.mac), ...Object.values(FAULT_MACS)]);
    expect(macs.filter((mac) => taken.has(mac))).toEqual([]);
    const all = generatedDevices(MAX_GENERATED_STORES).map((device) => device.mac);
    expect(new Set(all).size).toBe(3 * MAX_GENERATED_STORES);
  });

  it('should be deterministic, a store the same whatever the estate size', () => {
    expect(generatedDevices(300)).toEqual(devices);
    expect(generatedDevices(7)).toEqual(devices.slice(0, 21));
    expect(devices.slice(0, 3).map((device) => device.mac)).toEqual([
      '5e0000000101',
      '5e0000000102',
      '5e0000000103',
    ]);
    expect(devices[0]?.storeId).toBe('store-0001');
  });

  it('should use a few real time zones, mostly Asia/Shanghai, and vary the stores', () => {
    const zones = [...stores.values()].map((doors) => doors[0]?.timezone ?? '');
    expect(zones.every(isValidTimeZone)).toBe(true);
    expect(new Set(zones).size).toBeGreaterThanOrEqual(3);
    expect(zones.filter((zone) => zone === 'Asia/Shanghai').length).toBeGreaterThan(150);
    expect(new Set(devices.map((device) => device.store)).size).toBe(300);
  });

  it('should refuse an estate of no stores, a fraction or too many', () => {
    for (const stores of [0, -1, 1.5, MAX_GENERATED_STORES + 1, Number.NaN]) {
      expect(() => generatedDevices(stores)).toThrow(RangeError);
    }
  });
});

describe('createEstate', () => {
  it('should list the demo devices and know the fault devices without a store count', () => {
    const estate = createEstate();
    expect(estate.devices).toEqual(DEMO_DEVICES);
    expect(estate.profileOf('d47c44906f14')?.device.name).toBe('Main entrance');
    expect(estate.profileOf(FAULT_MACS.serverError)).toBe(FAULT_PROFILES[0]);
    expect(estate.profileOf('5e0000000101')).toBeUndefined();
  });

  it('should list only the generated devices with a store count, and still know the faults', () => {
    const estate = createEstate(4);
    expect(estate.devices).toEqual(generatedDevices(4));
    expect(estate.profileOf('5e0000000403')?.device.name).toBe('Member lounge face camera');
    expect(estate.profileOf('5e0000000101')?.store.id).toBe('store-0001');
    expect(estate.profileOf(FAULT_MACS.serverError)?.device.mac).toBe(FAULT_MACS.serverError);
    expect(estate.profileOf('d47c44906f14')).toBeUndefined();
    expect(estate.profileOf('5e0000000501')).toBeUndefined();
  });
});
