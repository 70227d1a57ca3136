import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBuckets, bucketStart } from './bucket.ts';
import { partialBuckets, periodOf } from './edges.ts';
import { GRANULARITIES } from './granularity.ts';
import { daysInRange } from './range.ts';
import { DAY_MS, formatDate, parseDate } from './wall-time.ts';

const day = (text: string): number => {
  const wall = parseDate(text);
  if (wall === undefined) throw new Error(text);
  return wall;
};
const show = (from: string, to: string, granularity: (typeof GRANULARITIES)[number]) =>
  partialBuckets(day(from), day(to), granularity).map(
    (b) =>
      `${formatDate(b.start)} ${formatDate(b.from)}..${formatDate(b.to)} ${b.days}/${b.periodDays}`,
  );

describe('partialBuckets', () => {
  it('should cut the weeks March 2023 starts and ends in', () => {
    // 2023-03-01 is a Wednesday; the 31st a Friday.
    expect(show('2023-03-01', '2023-03-31', 'week')).toEqual([
      '2023-02-27 2023-03-01..2023-03-05 5/7',
      '2023-03-27 2023-03-27..2023-03-31 5/7',
    ]);
  });

  it('should cut a month, a quarter and a year the range lies inside', () => {
    expect(show('2023-03-15', '2023-04-14', 'month')).toEqual([
      '2023-03-01 2023-03-15..2023-03-31 17/31',
      '2023-04-01 2023-04-01..2023-04-14 14/30',
    ]);
    expect(show('2023-03-15', '2023-04-14', 'quarter')).toEqual([
      '2023-01-01 2023-03-15..2023-03-31 17/90',
      '2023-04-01 2023-04-01..2023-04-14 14/91',
    ]);
    expect(show('2023-03-15', '2023-04-14', 'year')).toEqual([
      '2023-01-01 2023-03-15..2023-04-14 31/365',
    ]);
  });

  it('should cut nothing for whole periods, hours and days', () => {
    expect(show('2023-02-27', '2023-04-02', 'week')).toEqual([]);
    expect(show('2024-01-01', '2024-12-31', 'year')).toEqual([]);
    expect(show('2023-03-01', '2023-03-31', 'day')).toEqual([]);
    expect(show('2023-03-01', '2023-03-02', 'hour')).toEqual([]);
  });

  it('should cut only the edge that falls inside a period', () => {
    expect(show('2023-03-01', '2023-03-31', 'month')).toEqual([]);
    expect(show('2023-01-01', '2023-04-30', 'quarter')).toEqual([
      '2023-04-01 2023-04-01..2023-04-30 30/91',
    ]);
  });

  it('should give every day of the range to exactly one bucket, whole or cut', () => {
    const days = fc.integer({ min: day('2019-01-01') / DAY_MS, max: day('2027-12-31') / DAY_MS });
    fc.assert(
      fc.property(
        days,
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom(...GRANULARITIES.filter((g) => g !== 'hour')),
        (first, length, granularity) => {
          const from = first * DAY_MS;
          const to = from + length * DAY_MS;
          const cut = partialBuckets(from, to, granularity);
          let counted = cut.reduce((sum, bucket) => sum + bucket.days, 0);
          const cutStarts = new Set(cut.map((bucket) => bucket.start));
          for (
            let start = bucketStart(from, granularity);
            start <= to;
            start = addBuckets(start, granularity, 1)
          ) {
            const period = periodOf(start, granularity);
            if (cutStarts.has(start)) {
              expect(period.from).toBeLessThanOrEqual(to);
              continue;
            }
            expect(period.from).toBeGreaterThanOrEqual(from);
            expect(period.to).toBeLessThanOrEqual(to);
            counted += daysInRange(period.from, period.to);
          }
          expect(counted).toBe(daysInRange(from, to));
          for (const bucket of cut) {
            expect(bucket.days).toBeLessThan(bucket.periodDays);
            expect(bucket.start).toBe(bucketStart(bucket.from, granularity));
          }
        },
      ),
    );
  });
});
