import { describe, expect, it } from 'vitest';
import type { Device } from './devices.ts';
import { mergeBuckets, sumBuckets } from './traffic-body.ts';

const door: Device = {
  mac: 'd47c44906f14',
  name: 'Main entrance',
  store: 'Flagship',
  storeId: 'flagship',
  timezone: 'Asia/Shanghai',
  countsWalkOut: true,
  entrance: true,
};
const camera: Device = { ...door, mac: 'd47c44906f16', countsWalkOut: false };
const scope = (device: Device, granularity: 'hour' | 'day' | 'week' = 'hour') => ({
  device,
  granularity,
  from: Date.UTC(2023, 2, 29),
  to: Date.UTC(2023, 2, 30),
});

describe('mergeBuckets', () => {
  it('should floor rows, merge those sharing a start and sort the buckets', () => {
    const rows = [
      { start: Date.UTC(2023, 2, 29, 11), walkIn: 5, walkOut: 4 },
      { start: Date.UTC(2023, 2, 29, 10, 30), walkIn: 2, walkOut: 1 },
      { start: Date.UTC(2023, 2, 29, 10), walkIn: 3, walkOut: null },
    ];
    expect(mergeBuckets(rows, scope(door))).toEqual({
      buckets: [
        { start: '2023-03-29T10:00:00+08:00', walkIn: 5, walkOut: 1 },
        { start: '2023-03-29T11:00:00+08:00', walkIn: 5, walkOut: 4 },
      ],
      totals: { walkIn: 10, walkOut: 5 },
    });
  });

  it('should give null walk-outs, never 0, for a device that does not count them', () => {
    const rows = [{ start: Date.UTC(2023, 2, 29, 10), walkIn: 3, walkOut: 0 }];
    expect(mergeBuckets(rows, scope(camera))).toEqual({
      buckets: [{ start: '2023-03-29T10:00:00+08:00', walkIn: 3, walkOut: null }],
      totals: { walkIn: 3, walkOut: null },
    });
  });

  it('should keep a week cut by the range start and drop rows outside the range', () => {
    const rows = [
      { start: Date.UTC(2023, 2, 27), walkIn: 7, walkOut: 7 },
      { start: Date.UTC(2023, 3, 3), walkIn: 1, walkOut: 1 },
    ];
    expect(mergeBuckets(rows, scope(door, 'week')).buckets).toEqual([
      { start: '2023-03-27T00:00:00+08:00', walkIn: 7, walkOut: 7 },
    ]);
  });

  it('should total 0 walk-outs for a counting device with no rows', () => {
    expect(mergeBuckets([], scope(door)).totals).toEqual({ walkIn: 0, walkOut: 0 });
  });

  it('should fold a label inside a DST gap into the next real hour, losing nothing', () => {
    // 2026-03-29 02:00–03:00 does not exist in Berlin: clocks jump from 02:00 CET to 03:00 CEST.
    const berlin: Device = { ...door, timezone: 'Europe/Berlin' };
    const rows = [
      { start: Date.UTC(2026, 2, 29, 1), walkIn: 4, walkOut: 3 },
      { start: Date.UTC(2026, 2, 29, 2, 30), walkIn: 2, walkOut: 1 },
      { start: Date.UTC(2026, 2, 29, 3), walkIn: 5, walkOut: 5 },
    ];
    const day = { device: berlin, granularity: 'hour' as const, from: Date.UTC(2026, 2, 29) };
    const { buckets, totals } = mergeBuckets(rows, { ...day, to: day.from });
    expect(buckets).toEqual([
      { start: '2026-03-29T01:00:00+01:00', walkIn: 4, walkOut: 3 },
      { start: '2026-03-29T03:00:00+02:00', walkIn: 7, walkOut: 6 },
    ]);
    expect(totals).toEqual({ walkIn: 11, walkOut: 9 });
  });
});

describe('sumBuckets', () => {
  const at = (hour: number) => `2023-03-29T${String(hour).padStart(2, '0')}:00:00+08:00`;

  it('should add the doors bucket by bucket, keeping a bucket only one door has', () => {
    const main = [
      { start: at(10), walkIn: 5, walkOut: 4 },
      { start: at(11), walkIn: 2, walkOut: 3 },
    ];
    const side = [
      { start: at(9), walkIn: 1, walkOut: 0 },
      { start: at(10), walkIn: 3, walkOut: 1 },
    ];
    expect(sumBuckets([main, side], true)).toEqual({
      buckets: [
        { start: at(9), walkIn: 1, walkOut: 0 },
        { start: at(10), walkIn: 8, walkOut: 5 },
        { start: at(11), walkIn: 2, walkOut: 3 },
      ],
      totals: { walkIn: 11, walkOut: 8 },
    });
  });

  it('should give null walk-outs, never a partial sum, when a door does not count them', () => {
    const main = [{ start: at(10), walkIn: 5, walkOut: 4 }];
    const camera = [{ start: at(10), walkIn: 3, walkOut: null }];
    expect(sumBuckets([main, camera], false)).toEqual({
      buckets: [{ start: at(10), walkIn: 8, walkOut: null }],
      totals: { walkIn: 8, walkOut: null },
    });
    expect(sumBuckets([main], false).buckets[0]?.walkOut).toBeNull();
    expect(sumBuckets([main, camera], true).buckets[0]?.walkOut).toBeNull();
  });

  it('should order buckets by instant across a fall-back hour', () => {
    const early = { start: '2023-10-29T02:00:00+02:00', walkIn: 1, walkOut: 1 };
    const late = { start: '2023-10-29T02:00:00+01:00', walkIn: 2, walkOut: 2 };
    expect(sumBuckets([[late], [early]], true).buckets).toEqual([early, late]);
  });
});
