/**
 * The range is the filter; the granularity only groups. A week, month, quarter or year that a
 * range's `from` or `to` cuts is an edge bucket that holds only the range's days: these are its
 * spans. Hours and days are never cut, since ranges are whole days.
 */
import { addBuckets, bucketStart } from './bucket.ts';
import type { DayRange } from './chunk.ts';
import type { Granularity } from './granularity.ts';
import { daysInRange } from './range.ts';
import { DAY_MS, type WallMs } from './wall-time.ts';

/** An edge bucket that the range cuts: the range's days in it, and its period's. */
export interface PartialBucket extends DayRange {
  /** The bucket's start: its period's first day, which may lie before the range. */
  start: WallMs;
  /** The range's days it holds. */
  days: number;
  /** The days of its whole period. */
  periodDays: number;
}

/** The whole period of `granularity` holding `day`, as inclusive days. */
export function periodOf(day: WallMs, granularity: Granularity): DayRange {
  const from = bucketStart(day, granularity);
  return { from, to: Math.max(from, addBuckets(from, granularity, 1) - DAY_MS) };
}

/**
 * The buckets of a day range that its edges cut, in order: none, one (the range lies inside one
 * period, or only one edge cuts) or two.
 *
 * @example partialBuckets(Date.UTC(2023, 2, 1), Date.UTC(2023, 2, 31), 'week').map((b) => b.days) // [5, 5]
 */
export function partialBuckets(
  from: WallMs,
  to: WallMs,
  granularity: Granularity,
): PartialBucket[] {
  if (granularity === 'hour' || granularity === 'day' || to < from) return [];
  const first = periodOf(from, granularity);
  const last = periodOf(to, granularity);
  const cut = (period: DayRange): PartialBucket | undefined => {
    const span = { from: Math.max(from, period.from), to: Math.min(to, period.to) };
    if (span.from === period.from && span.to === period.to) return undefined;
    return {
      ...span,
      start: period.from,
      days: daysInRange(span.from, span.to),
      periodDays: daysInRange(period.from, period.to),
    };
  };
  const edges = [cut(first), first.from === last.from ? undefined : cut(last)];
  return edges.filter((edge) => edge !== undefined);
}
