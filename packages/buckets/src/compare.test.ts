import { describe, expect, it } from 'vitest';
import { isoWeekday } from './calendar.ts';
import { comparisonRange, isComparison } from './compare.ts';

const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);

describe('comparisonRange', () => {
  it('should take the same number of days just before for previous', () => {
    expect(comparisonRange(day(2024, 5, 13), day(2024, 5, 19), 'previous')).toEqual({
      from: day(2024, 5, 6),
      to: day(2024, 5, 12),
    });
    // A single day ("Today") compares with the day before.
    expect(comparisonRange(day(2024, 3, 1), day(2024, 3, 1), 'previous')).toEqual({
      from: day(2024, 2, 29),
      to: day(2024, 2, 29),
    });
  });

  it('should take the same days 7 days earlier for week', () => {
    expect(comparisonRange(day(2024, 1, 3), day(2024, 1, 4), 'week')).toEqual({
      from: day(2023, 12, 27),
      to: day(2023, 12, 28),
    });
  });

  it('should go back 364 days for year, so that weekdays line up', () => {
    const range = comparisonRange(day(2024, 5, 13), day(2024, 5, 19), 'year');
    expect(range).toEqual({ from: day(2023, 5, 15), to: day(2023, 5, 21) });
    expect(isoWeekday(range.from)).toBe(isoWeekday(day(2024, 5, 13)));
  });
});

describe('isComparison', () => {
  it('should know the three kinds and nothing else', () => {
    expect(['previous', 'week', 'year'].every(isComparison)).toBe(true);
    expect(isComparison('month')).toBe(false);
    expect(isComparison(undefined)).toBe(false);
    expect(isComparison(7)).toBe(false);
  });
});
