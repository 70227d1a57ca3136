/**
 * Aligned calendar chunks: the units in which the server asks the platform and caches its rows.
 * A chunk's edges depend only on the granularity and the calendar, never on the requested range,
 * so a range moved by a day lands in the same chunks, and a past chunk is the same request (and
 * the same cache entry) tomorrow.
 */
import { addBuckets, bucketStart } from './bucket.ts';
import type { Granularity } from './granularity.ts';
import { DAY_MS, type WallMs } from './wall-time.ts';

/** An inclusive range of calendar days (wall midnights). */
export interface DayRange {
  from: WallMs;
  to: WallMs;
}

/** The Monday the week-based chunks count from, so their edges never move. */
const FIRST_MONDAY = Date.UTC(1970, 0, 5);
/** Hourly chunks: 5 ISO weeks, so any 92 days (the hourly limit) touch at most 4. */
const HOUR_CHUNK_DAYS = 35;
/** Weekly chunks: 260 ISO weeks (about 5 years), so any 10 years touch at most 4. */
const WEEK_CHUNK_DAYS = 260 * 7;
/** Monthly, quarterly and yearly chunks: 5 calendar years, so any 10 years touch at most 3. */
const YEARS_PER_CHUNK = 5;

function mondayAligned(day: WallMs, spanDays: number): DayRange {
  const span = spanDays * DAY_MS;
  const from = FIRST_MONDAY + Math.floor((day - FIRST_MONDAY) / span) * span;
  return { from, to: from + span - DAY_MS };
}

/**
 * The aligned chunk that holds `day`: 5 ISO weeks of hours, a calendar year of days, 260 ISO
 * weeks of weeks, or 5 calendar years (starting in a year divisible by 5) of months, quarters or
 * years. Chunk edges fall on bucket edges, so no bucket is ever split between two chunks. Every
 * chunk spans under 11 years, the most one platform call may ask for, even two chunks together.
 *
 * @example formatDate(chunkOf(Date.UTC(2024, 4, 15), 'day').from) // '2024-01-01'
 */
export function chunkOf(day: WallMs, granularity: Granularity): DayRange {
  switch (granularity) {
    case 'hour':
      return mondayAligned(day, HOUR_CHUNK_DAYS);
    case 'week':
      return mondayAligned(day, WEEK_CHUNK_DAYS);
    case 'day': {
      const from = bucketStart(day, 'year');
      return { from, to: addBuckets(from, 'year', 1) - DAY_MS };
    }
    case 'month':
    case 'quarter':
    case 'year': {
      const year = new Date(day).getUTCFullYear();
      const from = Date.UTC(
        year - (((year % YEARS_PER_CHUNK) + YEARS_PER_CHUNK) % YEARS_PER_CHUNK),
        0,
      );
      return { from, to: addBuckets(from, 'year', YEARS_PER_CHUNK) - DAY_MS };
    }
  }
}

/**
 * The chunk just before `chunk` (of the same granularity).
 *
 * @example previousChunk(chunkOf(day, 'hour'), 'hour').to + DAY_MS === chunkOf(day, 'hour').from
 */
export function previousChunk(chunk: DayRange, granularity: Granularity): DayRange {
  return chunkOf(chunk.from - DAY_MS, granularity);
}

/**
 * The whole aligned chunks an inclusive day range touches, in order. They are not clipped to the
 * range: the server fetches and caches whole chunks and keeps the requested days when merging.
 *
 * @example alignedChunks(Date.UTC(2024, 0, 1), Date.UTC(2024, 3, 1), 'hour').length // 4
 */
export function alignedChunks(from: WallMs, to: WallMs, granularity: Granularity): DayRange[] {
  const chunks: DayRange[] = [];
  for (let cursor = from; cursor <= to;) {
    const chunk = chunkOf(cursor, granularity);
    chunks.push(chunk);
    cursor = chunk.to + DAY_MS;
  }
  return chunks;
}
