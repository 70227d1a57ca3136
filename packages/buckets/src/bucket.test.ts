import { describe, expect, it } from 'vitest';
import { addBuckets, bucketStart } from './bucket.ts';
import { isoWeek, isoWeekday } from './calendar.ts';
import { GRANULARITIES, granularityOfTimeType, isGranularity, timeTypeOf } from './granularity.ts';

const at = Date.UTC(2023, 4, 17, 14, 35, 12); // Wednesday 2023-05-17 14:35:12

describe('bucketStart', () => {
  it.each([
    ['hour', Date.UTC(2023, 4, 17, 14)],
    ['day', Date.UTC(2023, 4, 17)],
    ['week', Date.UTC(2023, 4, 15)],
    ['month', Date.UTC(2023, 4, 1)],
    ['quarter', Date.UTC(2023, 3, 1)],
    ['year', Date.UTC(2023, 0, 1)],
  ] as const)('should floor to the %s', (granularity, expected) => {
    expect(bucketStart(at, granularity)).toBe(expected);
  });

  it('should start the week of a Sunday on the Monday before', () => {
    expect(bucketStart(Date.UTC(2023, 4, 21, 23), 'week')).toBe(Date.UTC(2023, 4, 15));
    expect(isoWeekday(Date.UTC(2023, 4, 21))).toBe(6);
  });

  it('should be idempotent', () => {
    for (const granularity of GRANULARITIES) {
      const start = bucketStart(at, granularity);
      expect(bucketStart(start, granularity)).toBe(start);
    }
  });
});

describe('addBuckets', () => {
  it('should step calendar units', () => {
    expect(addBuckets(Date.UTC(2023, 0, 31), 'day', 1)).toBe(Date.UTC(2023, 1, 1));
    expect(addBuckets(Date.UTC(2023, 10, 1), 'quarter', 1)).toBe(Date.UTC(2024, 1, 1));
    expect(addBuckets(Date.UTC(2023, 0, 1), 'year', 2)).toBe(Date.UTC(2025, 0, 1));
    expect(addBuckets(Date.UTC(2023, 4, 15), 'week', 2)).toBe(Date.UTC(2023, 4, 29));
  });
});

describe('isoWeek', () => {
  it.each([
    [Date.UTC(2023, 2, 27), 2023, 13],
    [Date.UTC(2021, 0, 3), 2020, 53],
    [Date.UTC(2024, 11, 30), 2025, 1],
  ])('should number %d', (wall, year, week) => {
    expect(isoWeek(wall)).toEqual({ year, week });
  });
});

describe('granularity and timeType', () => {
  it('should map both ways', () => {
    expect(GRANULARITIES.map(timeTypeOf)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(granularityOfTimeType(3)).toBe('week');
    expect(granularityOfTimeType(7)).toBeUndefined();
  });
});

describe('isGranularity', () => {
  it('should know the six granularities and nothing else', () => {
    expect(GRANULARITIES.every(isGranularity)).toBe(true);
    expect(isGranularity('minute')).toBe(false);
    expect(isGranularity('')).toBe(false);
    expect(isGranularity(1)).toBe(false);
    expect(isGranularity(undefined)).toBe(false);
  });
});
