/**
 * The buckets a range should have: every bucket start of a granularity in an inclusive day range,
 * as the HTTP API writes them (real local times, so a DST gap's hour is not one of them). A start
 * that an answer lacks is a bucket with no data, which a screen must not draw as 0.
 */
import { addBuckets, bucketStart } from './bucket.ts';
import type { Granularity } from './granularity.ts';
import { DAY_MS, type WallMs } from './wall-time.ts';
import { toWall, zonedBucketStart } from './zone.ts';

/**
 * Every bucket start (wall time) of `granularity` in the days `from`..`to` of `timeZone`, sorted;
 * the first bucket of a week (month…) may start before `from`.
 *
 * @example expectedStarts(Date.UTC(2026, 2, 29), Date.UTC(2026, 2, 29), 'hour', 'Europe/Berlin').length // 23
 */
export function expectedStarts(
  from: WallMs,
  to: WallMs,
  granularity: Granularity,
  timeZone: string,
): WallMs[] {
  const end = zonedBucketStart(to + DAY_MS, 'day', timeZone);
  const starts: WallMs[] = [];
  for (let wall = bucketStart(from, granularity); ; wall = addBuckets(wall, granularity, 1)) {
    const start = zonedBucketStart(wall, granularity, timeZone);
    if (start >= end) return starts;
    if (start !== starts.at(-1)) starts.push(start);
  }
}

/**
 * Whether the bucket starting at `start` (a wall time of `timeZone`) is over at the instant
 * `now`: a bucket still running, or in the future, has no data yet without missing any.
 *
 * @example bucketIsOver(Date.UTC(2023, 2, 29, 10), 'hour', 'Asia/Shanghai', Date.UTC(2023, 2, 29, 3)) // true
 */
export function bucketIsOver(
  start: WallMs,
  granularity: Granularity,
  timeZone: string,
  now: number,
): boolean {
  return addBuckets(start, granularity, 1) <= toWall(now, timeZone);
}
