// @vitest-environment node
import { HOUR_MS } from '@footfall/buckets';
import { describe, expect, it } from 'vitest';
import { downsample, nothingRecorded, toSeries, wholePeakOf, type SeriesPoint } from './series.ts';

function yearOfHours(): SeriesPoint[] {
  const start = Date.UTC(2023, 0, 1);
  return Array.from({ length: 8760 }, (_, i) => ({
    wall: start + i * HOUR_MS,
    start: '',
    walkIn: (i * 7919) % 97,
    walkOut: i % 5 === 0 ? null : (i * 104729) % 89,
    missing: false,
  }));
}

const sum = (values: (number | null)[]): number => values.reduce<number>((a, b) => a + (b ?? 0), 0);

describe('downsample', () => {
  it('should draw at most 1,500 points for a year of hours and keep exact sums', () => {
    const series = yearOfHours();
    const { points, groupSize } = downsample(series);
    expect(points.length).toBeLessThanOrEqual(1500);
    expect(groupSize).toBe(6);
    expect(sum(points.map((p) => p.sums.walkIn))).toBe(sum(series.map((p) => p.walkIn)));
    expect(sum(points.map((p) => p.sums.walkOut))).toBe(sum(series.map((p) => p.walkOut)));
    expect(sum(points.map((p) => p.size))).toBe(8760);
  });

  it('should draw each group at its peak, so the busiest hour stays visible', () => {
    const series = yearOfHours();
    const { points } = downsample(series);
    expect(Math.max(...points.map((p) => p.walkIn ?? 0))).toBe(
      Math.max(...series.map((p) => p.walkIn ?? 0)),
    );
  });

  it('should leave a short series as it is', () => {
    const series = yearOfHours().slice(0, 168);
    const { points, groupSize } = downsample(series);
    expect(groupSize).toBe(1);
    expect(points.map((p) => [p.wall, p.walkIn, p.walkOut])).toEqual(
      series.map((p) => [p.wall, p.walkIn, p.walkOut]),
    );
  });

  it('should keep walk-outs not counted as null, never 0', () => {
    const series = toSeries([
      { start: '2023-03-29T10:00:00+08:00', walkIn: 3, walkOut: null },
      { start: '2023-03-29T11:00:00+08:00', walkIn: 4, walkOut: null },
    ]);
    const { points } = downsample(series, 1);
    expect(points).toEqual([
      expect.objectContaining({ walkIn: 4, walkOut: null, sums: { walkIn: 7, walkOut: null } }),
    ]);
  });
});

describe('wholePeakOf', () => {
  it('should find the bucket with the most walk-ins, the earliest on a tie', () => {
    const series = toSeries([
      { start: '2023-03-29T10:00:00+08:00', walkIn: 5, walkOut: 1 },
      { start: '2023-03-29T11:00:00+08:00', walkIn: 9, walkOut: 1 },
      { start: '2023-03-29T12:00:00+08:00', walkIn: 9, walkOut: 1 },
    ]);
    expect(wholePeakOf(series).peak?.start).toBe('2023-03-29T11:00:00+08:00');
    expect(wholePeakOf([]).peak).toBeUndefined();
  });
});

describe('nothingRecorded', () => {
  const bucket = { start: '2023-03-29T10:00:00+08:00', walkIn: 0, walkOut: 0 };
  it('should hold for no buckets or nobody counted, and not once anyone was', () => {
    expect(nothingRecorded({ buckets: [], totals: { walkIn: 0, walkOut: 0 } })).toBe(true);
    expect(nothingRecorded({ buckets: [bucket], totals: { walkIn: 0, walkOut: null } })).toBe(true);
    expect(nothingRecorded({ buckets: [bucket], totals: { walkIn: 0, walkOut: 3 } })).toBe(false);
    expect(nothingRecorded({ buckets: [bucket], totals: { walkIn: 1, walkOut: null } })).toBe(
      false,
    );
  });
});
