// @vitest-environment node
import { DAY_MS, HOUR_MS, wallParts } from '@footfall/buckets';
import { describe, expect, it } from 'vitest';
import { dayStarts, niceTicks, pickTicks } from './ticks.ts';

const MONDAY = Date.UTC(2023, 2, 27);

describe('pickTicks', () => {
  it('should label each day and its noon for a week of hours when there is room', () => {
    const walls = Array.from({ length: 168 }, (_, i) => MONDAY + i * HOUR_MS);
    const ticks = pickTicks(walls, 'hour', 14);
    expect(ticks).toHaveLength(14);
    expect(ticks.map((w) => wallParts(w).hour)).toEqual(
      Array.from({ length: 14 }, (_, i) => (i % 2) * 12),
    );
  });

  it('should find the days of business-hours data, which has no midnight', () => {
    const walls = Array.from({ length: 90 }, (_, d) =>
      Array.from({ length: 12 }, (__, h) => MONDAY + d * DAY_MS + (10 + h) * HOUR_MS),
    ).flat();
    const ticks = pickTicks(walls, 'hour', 12);
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.length).toBeLessThanOrEqual(12);
    expect(ticks.every((w) => dayStarts(walls).has(w))).toBe(true);
  });

  it('should keep hour labels clear of a day label that starts late (business hours)', () => {
    // 11:00–19:00 each day, as a store opening at 11: a 12:00 label would sit on the day's
    // label and an 18:00 label on the next day's, one and two points away.
    const walls = Array.from({ length: 7 }, (_, d) =>
      Array.from({ length: 9 }, (__, h) => MONDAY + d * DAY_MS + (11 + h) * HOUR_MS),
    ).flat();
    // Only the last day's 18:00 has no next label to collide with.
    for (const limit of [10, 14, 28]) {
      const ticks = pickTicks(walls, 'hour', limit);
      expect(ticks.map((w) => wallParts(w).hour)).toEqual([11, 11, 11, 11, 11, 11, 11, 18]);
    }
    // A long business day keeps its evening label: 10:00–21:00, 18:00 three points from the next day.
    const longDays = Array.from({ length: 7 }, (_, d) =>
      Array.from({ length: 12 }, (__, h) => MONDAY + d * DAY_MS + (10 + h) * HOUR_MS),
    ).flat();
    expect(pickTicks(longDays, 'hour', 14).map((w) => wallParts(w).hour)).toEqual(
      Array.from({ length: 7 }, () => [10, 18]).flat(),
    );
  });

  it('should label every other day of a week that does not start on Monday, on a phone', () => {
    // A 375 px phone has room for three labels. Tuesday to Monday has four days on the
    // Monday-aligned every-other-day slots: the picker used to fall through to weekly steps and
    // label the week's one Monday.
    const weekFrom = (start: number) => Array.from({ length: 168 }, (_, i) => start + i * HOUR_MS);
    const weekdayOf = (wall: number) => new Date(wall).getUTCDay();
    const tuesdayWeek = pickTicks(weekFrom(MONDAY + DAY_MS), 'hour', 3);
    expect(tuesdayWeek.map(weekdayOf)).toEqual([3, 5, 0]); // Wed, Fri, Sun
    expect(tuesdayWeek.every((w) => wallParts(w).hour === 0)).toBe(true);
    // When the aligned slots fit, they are kept, so labels stay put as the range moves.
    expect(pickTicks(weekFrom(MONDAY), 'hour', 3).map(weekdayOf)).toEqual([2, 4, 6]); // Tue, Thu, Sat
  });

  it('should never label more points than fit, and evenly, for a week from any weekday', () => {
    for (let first = 0; first < 7; first++) {
      const walls = Array.from({ length: 168 }, (_, i) => MONDAY + first * DAY_MS + i * HOUR_MS);
      for (let limit = 2; limit <= 16; limit++) {
        const ticks = pickTicks(walls, 'hour', limit);
        expect(ticks.length).toBeLessThanOrEqual(limit);
        // Three or more labels have room for at least two.
        expect(ticks.length).toBeGreaterThanOrEqual(limit >= 3 ? 2 : 1);
        const gaps = new Set(ticks.slice(1).map((wall, i) => wall - (ticks[i] ?? 0)));
        expect(gaps.size).toBeLessThanOrEqual(limit >= 14 ? 2 : 1);
      }
    }
  });

  it('should thin months to fit', () => {
    const walls = Array.from({ length: 120 }, (_, i) => Date.UTC(2015, i, 1));
    const ticks = pickTicks(walls, 'month', 10);
    expect(ticks.length).toBeLessThanOrEqual(10);
    expect(ticks.every((w) => wallParts(w).month === 1)).toBe(true);
  });
});

describe('niceTicks', () => {
  it('should step by round numbers from 0 past the highest point', () => {
    expect(niceTicks([{ walkIn: 201, walkOut: 190 }])).toEqual([0, 50, 100, 150, 200, 250]);
    expect(niceTicks([{ walkIn: 3, walkOut: null }])).toEqual([0, 1, 2, 3]);
    expect(niceTicks([{ walkIn: 0, walkOut: 0 }])).toEqual([0, 1]);
  });
});
