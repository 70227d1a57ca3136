/**
 * Splitting a long range into chunks for upstream calls. Chunk boundaries are aligned to fixed
 * calendar units, not to the requested range, so a past chunk is the same request tomorrow and
 * stays cached while only the chunk holding today is fetched again.
 */
import { addBuckets, bucketStart } from './bucket.ts';
import type { Granularity } from './granularity.ts';
import { DAY_MS, type WallMs } from './wall-time.ts';

/** An inclusive range of calendar days (wall midnights). */
export interface DayRange {
  from: WallMs;
  to: WallMs;
}

const WEEKS_PER_CHUNK = 13;
const FIRST_MONDAY = Date.UTC(1970, 0, 5);

/** The first day of the chunk holding `day`, and the first day of the next chunk. */
function chunkBounds(day: WallMs, granularity: Granularity): [WallMs, WallMs] {
  switch (granularity) {
    case 'hour': {
      const start = bucketStart(day, 'week');
      return [start, addBuckets(start, 'week', 1)];
    }
    case 'day': {
      const start = bucketStart(day, 'month');
      return [start, addBuckets(start, 'month', 1)];
    }
    case 'week': {
      const span = WEEKS_PER_CHUNK * 7 * DAY_MS;
      const start = FIRST_MONDAY + Math.floor((day - FIRST_MONDAY) / span) * span;
      return [start, start + span];
    }
    case 'month':
    case 'quarter':
    case 'year': {
      const start = bucketStart(day, 'year');
      return [start, addBuckets(start, 'year', 1)];
    }
  }
}

/**
 * Splits an inclusive day range into aligned chunks: an ISO week of hours, a month of days,
 * 13 weeks of weeks, a year of months, quarters or years. Chunk edges fall on bucket edges, so
 * no bucket is split (a range edge can still cut a week, as the range itself does).
 *
 * @example chunkRange(Date.UTC(2023, 2, 29), Date.UTC(2023, 3, 4), 'hour').length // 2
 */
export function chunkRange(from: WallMs, to: WallMs, granularity: Granularity): DayRange[] {
  const chunks: DayRange[] = [];
  let cursor = from;
  while (cursor <= to) {
    const [, next] = chunkBounds(cursor, granularity);
    const last = Math.min(next - DAY_MS, to);
    chunks.push({ from: cursor, to: last });
    cursor = next;
  }
  return chunks;
}
