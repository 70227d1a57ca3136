/**
 * Bucket math on wall times: where the bucket holding a moment starts, and how buckets step.
 * Weeks are ISO weeks, starting on Monday.
 */
import type { Granularity } from './granularity.ts';
import { DAY_MS, HOUR_MS, type WallMs } from './wall-time.ts';

/** Day of the week, Monday 0 … Sunday 6. */
export function isoWeekday(wall: WallMs): number {
  return (new Date(wall).getUTCDay() + 6) % 7;
}

function monthStart(wall: WallMs, monthsPerBucket: number): WallMs {
  const date = new Date(wall);
  const month = date.getUTCMonth();
  return Date.UTC(date.getUTCFullYear(), month - (month % monthsPerBucket), 1);
}

/**
 * The start of the bucket of `granularity` that holds `wall`.
 *
 * @example bucketStart(Date.UTC(2023, 2, 29, 10, 30), 'week') // Date.UTC(2023, 2, 27)
 */
export function bucketStart(wall: WallMs, granularity: Granularity): WallMs {
  switch (granularity) {
    case 'hour':
      return Math.floor(wall / HOUR_MS) * HOUR_MS;
    case 'day':
      return Math.floor(wall / DAY_MS) * DAY_MS;
    case 'week': {
      const day = Math.floor(wall / DAY_MS) * DAY_MS;
      return day - isoWeekday(day) * DAY_MS;
    }
    case 'month':
      return monthStart(wall, 1);
    case 'quarter':
      return monthStart(wall, 3);
    case 'year':
      return monthStart(wall, 12);
  }
}

function addMonths(wall: WallMs, months: number): WallMs {
  const date = new Date(wall);
  date.setUTCMonth(date.getUTCMonth() + months, 1);
  return date.getTime();
}

/**
 * The start of the bucket `count` buckets after the one starting at `start` (a bucket start).
 *
 * @example addBuckets(Date.UTC(2023, 0, 1), 'quarter', 1) // Date.UTC(2023, 3, 1)
 */
export function addBuckets(start: WallMs, granularity: Granularity, count: number): WallMs {
  switch (granularity) {
    case 'hour':
      return start + count * HOUR_MS;
    case 'day':
      return start + count * DAY_MS;
    case 'week':
      return start + count * 7 * DAY_MS;
    case 'month':
      return addMonths(start, count);
    case 'quarter':
      return addMonths(start, count * 3);
    case 'year':
      return addMonths(start, count * 12);
  }
}

/**
 * The ISO week of a wall time: the year it belongs to (which can differ from the calendar year
 * near New Year) and its number, 1–53.
 *
 * @example isoWeek(Date.UTC(2023, 2, 27)) // { year: 2023, week: 13 }
 */
export function isoWeek(wall: WallMs): { year: number; week: number } {
  const day = Math.floor(wall / DAY_MS) * DAY_MS;
  const thursday = day + (3 - isoWeekday(day)) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { year, week };
}
