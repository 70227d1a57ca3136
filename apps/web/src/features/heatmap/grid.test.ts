import { expectedStarts, formatIsoInZone } from '@footfall/buckets';
import { describe, expect, it } from 'vitest';
import { outlineOf, weekdayHourGrid } from './grid.ts';

const BERLIN = 'Europe/Berlin';
const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);

/** Hourly buckets of a range as the API writes them (real local starts), walk-ins from `walkIn`. */
function hours(from: number, to: number, timeZone: string, walkIn: (start: string) => number) {
  return expectedStarts(from, to, 'hour', timeZone).map((wall) => {
    const start = formatIsoInZone(wall, timeZone);
    return { start, walkIn: walkIn(start), walkOut: 0 };
  });
}

describe('weekdayHourGrid', () => {
  it('should place a bucket by the weekday and hour of the local part of its start', () => {
    // Sunday 29 March 2026, the first real hour after Berlin's clocks jump from 02:00 to 03:00.
    const grid = weekdayHourGrid([
      { start: '2026-03-29T03:00:00+02:00', walkIn: 7 },
      { start: '2023-03-27T00:00:00+08:00', walkIn: 4 },
    ]);
    expect(grid.rows[6]?.[3]).toMatchObject({ weekday: 6, hour: 3, average: 7, days: 1 });
    expect(grid.rows[0]?.[0]).toMatchObject({ weekday: 0, hour: 0, average: 4, days: 1 });
    expect(grid.rows.flat().filter((cell) => cell.days > 0)).toHaveLength(2);
  });

  it('should average each weekday and hour over the days that have data for it', () => {
    // Monday 2023-03-27 and Monday 2023-04-03: 10 and 20 walk-ins at 14:00.
    const grid = weekdayHourGrid([
      { start: '2023-03-27T14:00:00+08:00', walkIn: 10 },
      { start: '2023-04-03T14:00:00+08:00', walkIn: 20 },
      { start: '2023-03-28T14:00:00+08:00', walkIn: 0 },
    ]);
    expect(grid.rows[0]?.[14]).toMatchObject({ average: 15, days: 2 });
    // A real 0 is a 0; a slot without any bucket is no data.
    expect(grid.rows[1]?.[14]).toMatchObject({ average: 0, days: 1 });
    expect(grid.rows[2]?.[14]).toMatchObject({ average: null, days: 0 });
  });

  it('should leave a missing bucket out of the average rather than count it as 0', () => {
    // Two Tuesdays, the second one offline at 10:00.
    const buckets = hours(day(2023, 3, 28), day(2023, 4, 4), 'Asia/Shanghai', () => 30).filter(
      (bucket) => bucket.start !== '2023-04-04T10:00:00+08:00',
    );
    const grid = weekdayHourGrid(buckets);
    expect(grid.rows[1]?.[10]).toMatchObject({ average: 30, days: 1 });
    expect(grid.rows[1]?.[11]).toMatchObject({ average: 30, days: 2 });
  });

  it('should place the hours of a DST day in Berlin by their real local wall time', () => {
    // Two Sundays: 22 March 2026 (24 hours) and 29 March 2026 (23 hours: no 02:00).
    const buckets = hours(day(2026, 3, 22), day(2026, 3, 29), BERLIN, (start) =>
      start.startsWith('2026-03-29')
        ? 100 + Number(start.slice(11, 13))
        : Number(start.slice(11, 13)),
    );
    expect(buckets.filter((b) => b.start.startsWith('2026-03-29'))).toHaveLength(23);
    const sunday = weekdayHourGrid(buckets).rows[6] ?? [];
    // 02:00 exists only on the 22nd; 03:00 has both days (3 and 103).
    expect(sunday[1]).toMatchObject({ average: (1 + 101) / 2, days: 2 });
    expect(sunday[2]).toMatchObject({ average: 2, days: 1 });
    expect(sunday[3]).toMatchObject({ average: (3 + 103) / 2, days: 2 });
    expect(sunday.map((cell) => cell.days)).toEqual(
      Array.from({ length: 24 }, (_, hour) => (hour === 2 ? 1 : 2)),
    );
  });

  it('should give the day DST ends in Berlin one cell per wall hour', () => {
    // Sunday 25 October 2026: 02:00 happens twice; the API answers it as one bucket.
    const buckets = hours(day(2026, 10, 25), day(2026, 10, 25), BERLIN, () => 5);
    const sunday = weekdayHourGrid(buckets).rows[6] ?? [];
    expect(sunday.every((cell) => cell.days === 1 && cell.average === 5)).toBe(true);
  });

  it('should name the busiest slot, the earliest one on a tie, and none for an empty range', () => {
    const grid = weekdayHourGrid([
      { start: '2023-04-01T18:00:00+08:00', walkIn: 187 },
      { start: '2023-04-02T18:00:00+08:00', walkIn: 187 },
      { start: '2023-04-01T11:00:00+08:00', walkIn: 40 },
    ]);
    expect(grid.busiest).toMatchObject({ weekday: 5, hour: 18, average: 187 });
    expect(grid.max).toBe(187);
    expect(weekdayHourGrid([]).busiest).toBeUndefined();
    expect(weekdayHourGrid([{ start: '2023-04-01T18:00:00+08:00', walkIn: 0 }]).busiest).toBe(
      undefined,
    );
  });

  it('should mark the slots the business-hours answer has data for', () => {
    const grid = weekdayHourGrid(
      [{ start: '2023-03-27T09:00:00+08:00', walkIn: 3 }],
      [
        { start: '2023-03-27T10:00:00+08:00' },
        { start: '2023-03-27T11:00:00+08:00' },
        { start: '2023-03-28T10:00:00+08:00' },
      ],
    );
    const monday = grid.rows[0] ?? [];
    expect(monday.filter((cell) => cell.business).map((cell) => cell.hour)).toEqual([10, 11]);
    // A business slot without all-day data is still no data.
    expect(monday[10]).toMatchObject({ business: true, average: null });
  });
});

describe('outlineOf', () => {
  it('should run the outline round a block of business hours, not round each cell', () => {
    const grid = weekdayHourGrid(
      [],
      ['2023-03-27T10', '2023-03-27T11', '2023-03-28T10', '2023-03-28T11'].map((hour) => ({
        start: `${hour}:00:00+08:00`,
      })),
    );
    expect(outlineOf(grid, { weekday: 0, hour: 10 })).toEqual({
      top: true,
      right: false,
      bottom: false,
      left: true,
    });
    expect(outlineOf(grid, { weekday: 1, hour: 11 })).toEqual({
      top: false,
      right: true,
      bottom: true,
      left: false,
    });
    expect(outlineOf(grid, { weekday: 2, hour: 10 })).toEqual({
      top: false,
      right: false,
      bottom: false,
      left: false,
    });
  });
});
