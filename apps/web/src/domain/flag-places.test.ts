// @vitest-environment node
import { DAY_MS, HOUR_MS } from '@footfall/buckets';
import { describe, expect, it } from 'vitest';
import { downsample, type SeriesPoint } from './series.ts';
import type { DayFlag, FlagKind } from './day-flags.ts';
import { flagLines, flagMarks, flagRuns, flagsOfRow } from './flag-places.ts';

const MARCH_27 = Date.UTC(2023, 2, 27);

const flag = (kind: FlagKind, dayOfMonth: number, door = 'Front door'): DayFlag => {
  const wall = Date.UTC(2023, 2, dayOfMonth);
  return {
    kind,
    day: `2023-03-${String(dayOfMonth)}`,
    wall,
    mac: door === 'Front door' ? '3c5a8b1e7d01' : '3c5a8b1e7d02',
    door,
    walkIn: kind === 'offline' ? 0 : 100,
    walkOut: kind === 'offline' ? null : 120,
  };
};

/** A point per bucket from `first`, `count` buckets `step` apart. */
const points = (first: number, count: number, step: number): SeriesPoint[] =>
  Array.from({ length: count }, (_, i) => ({
    wall: first + i * step,
    start: '',
    walkIn: 1,
    walkOut: 1,
    missing: false,
  }));

describe('flagMarks', () => {
  const flags = [
    flag('offline', 29),
    flag('disagree', 28, 'Garden door'),
    flag('disagree', 29, 'Garden door'),
  ];

  it("should mark every hour of a flagged day, one run per kind's consecutive days", () => {
    const week = downsample(points(MARCH_27, 7 * 24, HOUR_MS)).points;
    expect(flagMarks(week, flags, 'hour')).toEqual([
      {
        kind: 'offline',
        from: Date.UTC(2023, 2, 29),
        to: Date.UTC(2023, 2, 29, 23),
        days: ['2023-03-29'],
        doors: ['Front door'],
      },
      {
        kind: 'disagree',
        from: Date.UTC(2023, 2, 28),
        to: Date.UTC(2023, 2, 29, 23),
        days: ['2023-03-28', '2023-03-29'],
        doors: ['Garden door'],
      },
    ]);
  });

  it('should mark the group or the week holding a flagged day', () => {
    const grouped = downsample(points(MARCH_27, 7 * 24, HOUR_MS), 14).points;
    // 12 hours a point: the 29th is the 5th and 6th points.
    expect(flagMarks(grouped, [flag('offline', 29)], 'hour')).toMatchObject([
      { from: Date.UTC(2023, 2, 29), to: Date.UTC(2023, 2, 29, 12) },
    ]);
    const weeks = downsample(points(Date.UTC(2023, 2, 20), 3, 7 * DAY_MS)).points;
    expect(flagMarks(weeks, [flag('offline', 29)], 'week')).toMatchObject([
      { from: MARCH_27, to: MARCH_27, days: ['2023-03-29'] },
    ]);
  });

  it('should mark nothing without flags on the drawn days', () => {
    expect(flagMarks(downsample(points(MARCH_27, 24, HOUR_MS)).points, flags, 'hour')).toEqual([]);
  });
});

describe('flagsOfRow', () => {
  it("should give an hour its day's flags, and a month its days' flags", () => {
    const flags = [flag('offline', 29), flag('disagree', 29, 'Garden door'), flag('offline', 30)];
    const byHour = flagsOfRow(flags, 'hour');
    expect(byHour(Date.UTC(2023, 2, 29, 14)).map((f) => f.door)).toEqual([
      'Front door',
      'Garden door',
    ]);
    expect(byHour(Date.UTC(2023, 2, 28, 14))).toEqual([]);
    expect(flagsOfRow(flags, 'month')(Date.UTC(2023, 2, 1))).toHaveLength(3);
  });
});

describe('flagRuns', () => {
  it('should join consecutive days of one door and kind, with their counts, offline first', () => {
    const runs = flagRuns([
      flag('disagree', 27, 'Garden door'),
      flag('disagree', 28, 'Garden door'),
      flag('offline', 28),
      flag('disagree', 30, 'Garden door'),
      flag('offline', 29),
    ]);
    expect(runs.map((r) => [r.kind, r.door, r.days, r.walkIn, r.walkOut])).toEqual([
      ['offline', 'Front door', 2, 0, 0],
      ['disagree', 'Garden door', 2, 200, 240],
      ['disagree', 'Garden door', 1, 100, 120],
    ]);
    expect(runs[0]).toMatchObject({ from: Date.UTC(2023, 2, 28), to: Date.UTC(2023, 2, 29) });
  });
});

describe('flagLines', () => {
  it("should give each door's kind of flag one line, with all its runs and counts", () => {
    const lines = flagLines([
      flag('offline', 21),
      flag('disagree', 27, 'Garden door'),
      flag('offline', 27),
      flag('offline', 28),
      flag('disagree', 28, 'Garden door'),
    ]);
    expect(lines.map((l) => [l.kind, l.door, l.runs.length, l.days, l.walkIn, l.walkOut])).toEqual([
      ['offline', 'Front door', 2, 3, 0, 0],
      ['disagree', 'Garden door', 1, 2, 200, 240],
    ]);
  });
});
