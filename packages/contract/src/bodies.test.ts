import { describe, expect, it } from 'vitest';
import {
  devicesSchema,
  healthSchema,
  overviewSchema,
  storesSchema,
  trafficSchema,
} from './bodies.ts';

const device = {
  mac: 'd47c44906f14',
  name: 'Main entrance',
  store: 'Flagship',
  storeId: 'flagship',
  timezone: 'Asia/Shanghai',
  countsWalkOut: true,
  entrance: true,
};
const fields = {
  granularity: 'hour',
  businessHours: false,
  from: '2023-03-29',
  to: '2023-03-29',
  timezone: 'Asia/Shanghai',
  buckets: [{ start: '2023-03-29T10:00:00+08:00', walkIn: 12, walkOut: null }],
  totals: { walkIn: 12, walkOut: null },
};

describe('trafficSchema', () => {
  it("should take a device's answer and a store's", () => {
    expect(trafficSchema.safeParse({ device, ...fields }).success).toBe(true);
    const store = {
      id: 'flagship',
      name: 'Flagship',
      timezone: 'Asia/Shanghai',
      countsWalkOut: true,
      devices: [device.mac],
    };
    const door = { mac: device.mac, name: device.name, entrance: true, countsWalkOut: true };
    const answer = {
      store,
      ...fields,
      doors: [{ ...door, buckets: fields.buckets, totals: fields.totals }],
    };
    expect(trafficSchema.parse(answer)).toEqual(answer);
    expect(trafficSchema.parse({ device, ...fields })).toEqual({ device, ...fields });
    expect(storesSchema.parse({ stores: [store] })).toEqual({ stores: [store] });
  });

  it('should refuse counts that are not whole and non-negative', () => {
    for (const walkIn of [-1, 1.5, '12']) {
      const buckets = [{ start: '2023-03-29T10:00:00+08:00', walkIn, walkOut: null }];
      expect(trafficSchema.safeParse({ device, ...fields, buckets }).success).toBe(false);
    }
  });

  it('should mark a bucket the range cuts with partial: true only, and its days', () => {
    const cut = {
      start: '2023-02-27T00:00:00+08:00',
      walkIn: 5,
      walkOut: 4,
      partial: true,
      days: 5,
    };
    expect(trafficSchema.parse({ device, ...fields, buckets: [cut] }).buckets).toEqual([cut]);
    for (const wrong of [
      { ...cut, partial: false },
      { ...cut, days: 0 },
    ]) {
      expect(trafficSchema.safeParse({ device, ...fields, buckets: [wrong] }).success).toBe(false);
    }
  });

  it('should mark a stale answer with true only', () => {
    expect(trafficSchema.parse({ device, ...fields, stale: true })).toMatchObject({ stale: true });
    expect(trafficSchema.safeParse({ device, ...fields, stale: false }).success).toBe(false);
  });
});

describe('devicesSchema', () => {
  it('should keep every field of a device', () => {
    expect(devicesSchema.parse({ devices: [device] })).toEqual({ devices: [device] });
  });
});

describe('healthSchema', () => {
  it.each([
    { status: 'ok', mode: 'sandbox', shared: 'memory' },
    { status: 'degraded', mode: 'live', shared: 'redis' },
  ])('should take %o', (health) => {
    expect(healthSchema.parse(health)).toEqual(health);
  });

  it.each([{ status: 'down' }, { mode: 'test' }, { shared: 'disk' }])('should refuse %o', (bad) => {
    const health = { status: 'ok', mode: 'sandbox', shared: 'memory', ...bad };
    expect(healthSchema.safeParse(health).success).toBe(false);
  });
});

describe('comparison fields', () => {
  const comparison = {
    kind: 'week',
    from: '2023-03-22',
    to: '2023-03-22',
    buckets: fields.buckets,
    totals: fields.totals,
  };

  it("should take a traffic answer's comparison of a known kind only", () => {
    expect(trafficSchema.safeParse({ device, ...fields, comparison }).success).toBe(true);
    const bad = { ...comparison, kind: 'month' };
    expect(trafficSchema.safeParse({ device, ...fields, comparison: bad }).success).toBe(false);
  });

  it("should take the overview's comparison range and each store's comparison totals", () => {
    const overview = {
      from: '2023-03-29',
      to: '2023-03-29',
      businessHours: false,
      comparison: { kind: 'previous', from: '2023-03-28', to: '2023-03-28' },
      stores: [
        {
          id: 'flagship',
          name: 'Flagship',
          timezone: 'Asia/Shanghai',
          totals: { walkIn: 3, walkOut: 2 },
          comparisonTotals: { walkIn: 4, walkOut: 4 },
        },
      ],
    };
    expect(overviewSchema.parse(overview)).toEqual(overview);
    expect(overviewSchema.parse({ ...overview, stale: true })).toEqual({
      ...overview,
      stale: true,
    });
  });
});
