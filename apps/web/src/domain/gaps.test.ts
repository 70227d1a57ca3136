// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  sampleDeviceTraffic,
  sampleStoreTraffic,
  type TrafficQuery,
} from '../test/sample-traffic.ts';
import { doorGaps, missingBuckets, seriesWithGaps } from './gaps.ts';

const scope = {
  from: '2023-03-29',
  to: '2023-03-29',
  granularity: 'hour',
  timezone: 'Asia/Shanghai',
} as const;
const buckets = [
  { start: '2023-03-29T10:00:00+08:00', walkIn: 12, walkOut: 10 },
  { start: '2023-03-29T12:00:00+08:00', walkIn: 0, walkOut: 0 },
];
/** 2023-03-29 12:30 in Shanghai. */
const MIDDAY = Date.UTC(2023, 2, 29, 4, 30);
const LATER = Date.UTC(2023, 3, 1);

describe('seriesWithGaps', () => {
  it('should put a no-data point at every hour the answer lacks, and keep a real 0', () => {
    const series = seriesWithGaps({ ...scope, buckets });
    expect(series).toHaveLength(24);
    const at = (hour: string) => series.find((p) => p.start.slice(11, 13) === hour);
    expect(at('11')).toMatchObject({
      start: '2023-03-29T11:00:00+08:00',
      walkIn: null,
      walkOut: null,
      missing: true,
    });
    expect(at('10')).toMatchObject({ walkIn: 12, missing: false });
    expect(at('12')).toMatchObject({ walkIn: 0, walkOut: 0, missing: false });
  });

  it('should not call the hours outside business hours missing in a business-hours answer', () => {
    const series = seriesWithGaps({
      ...scope,
      to: '2023-03-30',
      businessHours: true,
      buckets: [
        { start: '2023-03-29T10:00:00+08:00', walkIn: 12, walkOut: 10 },
        { start: '2023-03-29T12:00:00+08:00', walkIn: 3, walkOut: 2 },
      ],
    });
    // 10:00–12:00 on both days; 11:00 on the 29th and all three on the 30th have no data.
    expect(series.map((p) => p.start.slice(8, 13))).toEqual([
      '29T10',
      '29T11',
      '29T12',
      '30T10',
      '30T11',
      '30T12',
    ]);
    expect(series.filter((p) => p.missing)).toHaveLength(4);
  });

  it('should not invent the hour a DST jump skips', () => {
    const series = seriesWithGaps({
      ...scope,
      from: '2026-03-29',
      to: '2026-03-29',
      timezone: 'Europe/Berlin',
      buckets: [],
    });
    expect(series).toHaveLength(23);
    expect(series.map((p) => p.start)).toContain('2026-03-29T03:00:00+02:00');
  });
});

describe('missingBuckets', () => {
  it('should count every missing hour of a past day', () => {
    expect(missingBuckets(seriesWithGaps({ ...scope, buckets }), scope, LATER)).toHaveLength(22);
  });

  it("should not count today's running hour or later hours as missing", () => {
    const missing = missingBuckets(seriesWithGaps({ ...scope, buckets }), scope, MIDDAY);
    // 00:00–11:00 are over; 10:00 has data; 12:00 is running.
    expect(missing.map((p) => p.start.slice(11, 13))).toEqual([
      '00',
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '11',
    ]);
  });
});

describe('doorGaps', () => {
  const query: TrafficQuery = {
    mac: '',
    store: 'nanjing-road',
    from: '2023-03-29',
    to: '2023-03-29',
    granularity: 'hour',
    businessHours: 'false',
  };

  it('should name the entrance doors that lack data, with how many buckets', () => {
    const traffic = sampleStoreTraffic(query);
    const side = traffic.doors.find((d) => d.name === 'East side door');
    side?.buckets.splice(1, 1);
    expect(doorGaps(traffic, LATER)).toEqual([
      { mac: 'd47c44906f14', name: 'Main entrance', missing: 22 },
      { mac: 'd47c44906f15', name: 'East side door', missing: 23 },
    ]);
  });

  it('should say nothing for a device', () => {
    const traffic = sampleDeviceTraffic({ ...query, mac: 'd47c44906f14', store: '' });
    expect(doorGaps(traffic, LATER)).toEqual([]);
  });
});
