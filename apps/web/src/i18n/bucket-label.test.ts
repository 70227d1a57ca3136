// @vitest-environment node
import type { Granularity } from '@footfall/buckets';
import { describe, expect, it } from 'vitest';
import { daysHeld } from '../domain/partial.ts';
import { bucketFullLabel, bucketLabel, formatDayRange } from './bucket-label.ts';
import { startToWall } from '../domain/time.ts';

const label = (start: string, granularity: Granularity, locale = 'en-US'): string =>
  bucketLabel(startToWall(start), granularity, locale);

describe('bucketLabel', () => {
  it('should run where the process zone differs from the device zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
  });

  it('should label each granularity in the device zone, whatever the offset says', () => {
    // 00:00 in Shanghai is 09:00 the day before in Los Angeles; the label must not move.
    expect(label('2023-03-29T00:00:00+08:00', 'hour')).toBe('00:00');
    expect(label('2023-03-29T14:00:00+08:00', 'hour')).toBe('14:00');
    expect(label('2023-03-27T00:00:00+08:00', 'day')).toBe('Mon 03-27');
    expect(label('2023-03-27T00:00:00+08:00', 'week')).toBe('W13 (Mar 27)');
    expect(label('2023-03-01T00:00:00+08:00', 'month')).toBe('Mar 2023');
    expect(label('2023-01-01T00:00:00+08:00', 'quarter')).toBe('2023 Q1');
    expect(label('2023-10-01T00:00:00-07:00', 'quarter')).toBe('2023 Q4');
    expect(label('2023-01-01T00:00:00+08:00', 'year')).toBe('2023');
  });

  it('should keep a DST-day hour of a New York device on its wall time', () => {
    expect(label('2023-03-12T03:00:00-04:00', 'hour')).toBe('03:00');
    expect(label('2023-03-12T00:00:00-05:00', 'day')).toBe('Sun 03-12');
  });

  it('should label in Chinese', () => {
    expect(label('2023-03-27T00:00:00+08:00', 'day', 'zh-CN')).toBe('周一 03-27');
    expect(label('2023-03-27T00:00:00+08:00', 'week', 'zh-CN')).toBe('第13周（3月27日）');
    expect(label('2023-03-01T00:00:00+08:00', 'month', 'zh-CN')).toBe('2023年3月');
    expect(label('2023-01-01T00:00:00+08:00', 'year', 'zh-CN')).toBe('2023年');
  });

  it('should name an hour with its day in full labels', () => {
    expect(bucketFullLabel(startToWall('2023-03-27T14:00:00+08:00'), 'hour', 'en-US')).toBe(
      'Mon 03-27 14:00',
    );
  });

  it('should refuse a start that is not ISO', () => {
    expect(() => startToWall('29/03/2023')).toThrow(/Not an ISO bucket start/);
  });
});

describe('partial buckets', () => {
  const week = Date.UTC(2023, 1, 27);
  const month = Date.UTC(2023, 2, 1);
  const march = { from: '2023-03-01', to: '2023-03-05', granularity: 'week' } as const;
  const heldWeek = daysHeld({ partial: true, days: 5 }, week, march);
  const heldMonth = daysHeld(undefined, month, {
    from: '2023-03-15',
    to: '2023-05-31',
    granularity: 'month',
  });

  it('should give the range days a partial week and month hold, and none to a whole one', () => {
    expect(heldWeek).toEqual({
      first: Date.UTC(2023, 2, 1),
      last: Date.UTC(2023, 2, 5),
      days: 5,
      periodDays: 7,
    });
    expect(heldMonth).toMatchObject({ days: 17, periodDays: 31 });
    expect(daysHeld(undefined, Date.UTC(2023, 3, 1), { ...march, to: '2023-05-31' })).toBe(
      undefined,
    );
    expect(daysHeld(undefined, Date.UTC(2023, 2, 1), { ...march, granularity: 'day' })).toBe(
      undefined,
    );
  });

  it('should name a partial week and month with their days in English', () => {
    expect(bucketFullLabel(week, 'week', 'en-US', heldWeek)).toMatch(
      /^2023 W9 · Mar 1\s–\s5, 5 of 7 days$/,
    );
    expect(bucketFullLabel(month, 'month', 'en-US', heldMonth)).toMatch(
      /^Mar 2023 · Mar 15\s–\s31, 17 of 31 days$/,
    );
    expect(bucketLabel(week, 'week', 'en-US', heldWeek)).toBe('W9 (Feb 27)*');
  });

  it('should name a partial week and month with their days in Chinese', () => {
    const zhWeek = bucketFullLabel(week, 'week', 'zh-CN', heldWeek);
    expect(zhWeek).toMatch(/^2023 第9周 · .+，7 天中的 5 天$/);
    expect(zhWeek).toContain(
      formatDayRange(Date.UTC(2023, 2, 1), Date.UTC(2023, 2, 5), 'zh-CN', false),
    );
    expect(bucketFullLabel(month, 'month', 'zh-CN', heldMonth)).toMatch(
      /^2023年3月 · .+，31 天中的 17 天$/,
    );
    expect(bucketLabel(month, 'month', 'zh-CN', heldMonth)).toBe('2023年3月*');
  });
});
