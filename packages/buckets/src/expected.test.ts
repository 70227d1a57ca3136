import { describe, expect, it } from 'vitest';
import { bucketIsOver, expectedStarts } from './expected.ts';
import { formatIsoLocal } from './wall-time.ts';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('expectedStarts', () => {
  it('should list every hour of the range', () => {
    const starts = expectedStarts(day(2023, 3, 29), day(2023, 3, 30), 'hour', 'Asia/Shanghai');
    expect(starts).toHaveLength(48);
    expect(formatIsoLocal(starts[0] ?? 0)).toBe('2023-03-29T00:00:00');
    expect(formatIsoLocal(starts.at(-1) ?? 0)).toBe('2023-03-30T23:00:00');
  });

  it('should skip the hour a DST jump skips', () => {
    const starts = expectedStarts(day(2026, 3, 29), day(2026, 3, 29), 'hour', 'Europe/Berlin');
    expect(starts).toHaveLength(23);
    expect(starts.map((s) => formatIsoLocal(s).slice(11, 13))).not.toContain('02');
  });

  it('should start a week range on the Monday of its first day', () => {
    const starts = expectedStarts(day(2023, 3, 29), day(2023, 4, 12), 'week', 'Asia/Shanghai');
    expect(starts.map((s) => formatIsoLocal(s).slice(0, 10))).toEqual([
      '2023-03-27',
      '2023-04-03',
      '2023-04-10',
    ]);
  });
});

describe('bucketIsOver', () => {
  // 2023-03-29 10:30 in Shanghai.
  const now = Date.UTC(2023, 2, 29, 2, 30);

  it('should call an hour over once the next one has begun', () => {
    expect(bucketIsOver(Date.UTC(2023, 2, 29, 9), 'hour', 'Asia/Shanghai', now)).toBe(true);
  });

  it('should call an hour over at the very instant the next one begins', () => {
    const tenOClock = Date.UTC(2023, 2, 29, 2); // 10:00 in Shanghai
    const nine = Date.UTC(2023, 2, 29, 9);
    expect(bucketIsOver(nine, 'hour', 'Asia/Shanghai', tenOClock)).toBe(true);
    expect(bucketIsOver(nine, 'hour', 'Asia/Shanghai', tenOClock - 1)).toBe(false);
  });

  it('should not call the running hour or a later one over', () => {
    expect(bucketIsOver(Date.UTC(2023, 2, 29, 10), 'hour', 'Asia/Shanghai', now)).toBe(false);
    expect(bucketIsOver(Date.UTC(2023, 2, 29, 11), 'hour', 'Asia/Shanghai', now)).toBe(false);
  });
});
