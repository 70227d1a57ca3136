// @vitest-environment node
import type { Granularity } from '@footfall/buckets';
import { describe, expect, it } from 'vitest';
import { bucketFullLabel, bucketLabel, startToWall } from './bucket-label.ts';

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
