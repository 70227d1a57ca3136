/**
 * Bucket math on wall times: where the bucket holding a moment starts, and how buckets step.
 * Weeks are ISO weeks, starting on Monday. Hours and days are fixed lengths on wall times; weeks,
 * months, quarters and years are calendar units (`calendar.ts`).
 */
import { addCalendar, startOfCalendar } from './calendar.ts';
import type { Granularity } from './granularity.ts';
import { DAY_MS, HOUR_MS, type WallMs } from './wall-time.ts';

/**
 * The start of the bucket of `granularity` that holds `wall`.
 *
 * @example bucketStart(Date.UTC(2023, 2, 29, 10, 30), 'week') // Date.UTC(2023, 2, 27)
 */
export function bucketStart(wall: WallMs, granularity: Granularity): WallMs {
  switch (granularity) {
    case 'hour':
      return Math.floor(wall / HOUR_MS) * HOUR_MS;
    // Stryker disable next-line ConditionalExpression,StringLiteral: a fast path; the calendar's start of a day is the same
    case 'day':
      return Math.floor(wall / DAY_MS) * DAY_MS;
    default:
      return startOfCalendar(wall, granularity);
  }
}

/**
 * The start of the bucket `count` buckets after the one starting at `start` (a bucket start).
 *
 * @example addBuckets(Date.UTC(2023, 0, 1), 'quarter', 1) // Date.UTC(2023, 3, 1)
 */
export function addBuckets(start: WallMs, granularity: Granularity, count: number): WallMs {
  switch (granularity) {
    // Stryker disable next-line StringLiteral: a fast path; dayjs steps an hour to the same wall time
    case 'hour':
      return start + count * HOUR_MS;
    // Stryker disable next-line ConditionalExpression,StringLiteral: a fast path; dayjs steps a day to the same wall time
    case 'day':
      return start + count * DAY_MS;
    default:
      return addCalendar(start, granularity, count);
  }
}
