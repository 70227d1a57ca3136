import { DAY_MS } from '@footfall/buckets';
import { describe, expect, it } from 'vitest';
import { distinctVisitors } from './distinct-visitors.ts';

const MONDAY = Date.UTC(2024, 2, 4);
const SCALE = 18;

/** The distinct visitors of hours given as rows of [day index, walk-ins]. */
function count(hours: readonly (readonly [number, number])[]): number {
  const counter = distinctVisitors(SCALE);
  for (const [day, walkIn] of hours) counter.add(MONDAY + day * DAY_MS, walkIn);
  return counter.total;
}

const dayOf = (day: number, walkIns: readonly number[]) =>
  walkIns.map((walkIn) => [day, walkIn] as const);

const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

describe('distinctVisitors', () => {
  const hours = [4, 12, 18, 9, 15, 21, 6];

  it('should count one hour in full, and a day as fewer people than its hours', () => {
    expect(count(dayOf(0, [12]))).toBe(12);
    expect(count(dayOf(0, hours))).toBeLessThan(total(hours));
    expect(count(dayOf(0, hours))).toBeGreaterThan(total(hours) / 2);
  });

  it('should count a bucket of days as at most the sum of its days, less for several', () => {
    const days = [0, 1, 2, 3, 4, 5, 6].map((day) => dayOf(day, hours));
    const daily = days.map(count);
    expect(new Set(daily).size).toBe(1);
    expect(count(days.flat())).toBeLessThan(total(daily));
    for (let first = 0; first < 7; first++) {
      for (let last = first; last < 7; last++) {
        const span = days.slice(first, last + 1);
        expect(count(span.flat())).toBeLessThanOrEqual(total(span.map(count)));
      }
    }
    // Only the included hours matter: the same traffic on later days is the same figure.
    expect(count(days.slice(2).flat())).toBe(count(days.slice(0, 5).flat()));
  });

  it('should never count more for fewer hours (business hours, a cut range)', () => {
    // A quiet early hour, then busy ones: dropping the quiet hour must not raise the figure.
    const withEarly = [...dayOf(0, [1, 30, 30]), ...dayOf(1, [1, 30, 30])];
    const without = [...dayOf(0, [30, 30]), ...dayOf(1, [30, 30])];
    expect(count(without)).toBeLessThanOrEqual(count(withEarly));
    const days = Array.from({ length: 30 }, (_, day) => dayOf(day, [day % 5, 25, 14]));
    for (let cut = 1; cut < 30; cut++) {
      expect(count(days.slice(cut).flat())).toBeLessThanOrEqual(count(days.flat()));
    }
  });

  it('should give no more for a longer bucket than for the buckets it covers', () => {
    const days = Array.from({ length: 60 }, (_, day) => dayOf(day, [day % 7, 40, 17]));
    const firstMonth = count(days.slice(0, 31).flat());
    const secondMonth = count(days.slice(31).flat());
    expect(count(days.flat())).toBeLessThan(firstMonth + secondMonth);
  });

  it('should be 0 for no hours and for hours without visitors', () => {
    expect(count([])).toBe(0);
    expect(count([...dayOf(0, [0, 0]), ...dayOf(1, [0])])).toBe(0);
  });
});
