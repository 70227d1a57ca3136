import { describe, expect, it } from 'vitest';
import {
  allowsGranularity,
  checkRange,
  daysInRange,
  platformTimes,
  rangeLimitText,
} from './range.ts';
import { parseDate } from './wall-time.ts';

const day = (text: string): number => {
  const wall = parseDate(text);
  if (wall === undefined) throw new Error(text);
  return wall;
};

describe('checkRange', () => {
  it('should refuse from after to, saying so', () => {
    expect(checkRange(day('2023-03-02'), day('2023-03-01'), 'day')).toEqual({
      code: 'INVALID_QUERY',
      message: '`from` must not be after `to`.',
    });
  });

  it('should allow a one-day range ("Today") at every granularity', () => {
    for (const granularity of ['hour', 'day', 'week', 'month', 'quarter', 'year'] as const) {
      expect(checkRange(day('2023-03-01'), day('2023-03-01'), granularity)).toBeUndefined();
    }
  });

  it('should allow 92 days of hours and no more', () => {
    const from = day('2023-01-01');
    expect(daysInRange(from, day('2023-04-02'))).toBe(92);
    expect(checkRange(from, day('2023-04-02'), 'hour')).toBeUndefined();
    expect(checkRange(from, day('2023-04-03'), 'hour')).toEqual({
      code: 'RANGE_TOO_LONG',
      message:
        'Charts by hour cover at most 92 days; choose a shorter range or a coarser granularity.',
      granularity: 'hour',
      limit: { days: 92 },
    });
  });

  it('should allow 3 years of days and 10 years of coarser buckets', () => {
    const from = day('2020-03-01');
    expect(allowsGranularity(from, day('2023-02-28'), 'day')).toBe(true);
    expect(allowsGranularity(from, day('2023-03-01'), 'day')).toBe(false);
    expect(checkRange(from, day('2023-03-01'), 'day')).toMatchObject({ limit: { years: 3 } });
    expect(allowsGranularity(from, day('2030-02-28'), 'month')).toBe(true);
    expect(allowsGranularity(from, day('2030-03-01'), 'year')).toBe(false);
  });
});

describe('rangeLimitText', () => {
  it('should name the limit of each granularity in days or years', () => {
    expect(rangeLimitText('hour')).toBe('92 days');
    expect(rangeLimitText('day')).toBe('3 years');
    expect(rangeLimitText('year')).toBe('10 years');
  });

  it('should name the limit in the range-too-long message', () => {
    expect(checkRange(day('2020-03-01'), day('2023-03-01'), 'day')?.message).toBe(
      'Charts by day cover at most 3 years; choose a shorter range or a coarser granularity.',
    );
  });
});

describe('platformTimes', () => {
  it('should cover whole days', () => {
    expect(platformTimes(day('2023-03-29'), day('2023-03-30'))).toEqual({
      startTime: '2023-03-29 00:00:00',
      endTime: '2023-03-30 23:59:59',
    });
  });
});
