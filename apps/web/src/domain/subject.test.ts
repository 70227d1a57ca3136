// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NANJING_ROAD, SHANGHAI_DOOR } from '../test/sample-traffic.ts';
import { countsWalkOut, subjectFileKey } from './subject.ts';

describe('subjectFileKey', () => {
  it('should name a device by its 12 hex digits and a store by its id', () => {
    expect(subjectFileKey({ device: { ...SHANGHAI_DOOR, mac: 'D4:7C:44:90:6F:14' } })).toBe(
      'd47c44906f14',
    );
    expect(subjectFileKey({ store: NANJING_ROAD, doors: [] })).toBe('nanjing-road');
  });

  it('should keep a store named by its display name safe in a file system', () => {
    const store = (id: string) => ({ store: { ...NANJING_ROAD, id }, doors: [] });
    expect(subjectFileKey(store('Nanjing Road / 南京路'))).toBe('Nanjing-Road-南京路');
    expect(subjectFileKey(store('../..'))).toBe('store');
  });
});

describe('countsWalkOut', () => {
  it("should follow the store's flag for a store and the device's for a device", () => {
    expect(countsWalkOut({ store: { ...NANJING_ROAD, countsWalkOut: false }, doors: [] })).toBe(
      false,
    );
    expect(countsWalkOut({ device: SHANGHAI_DOOR })).toBe(true);
  });
});
