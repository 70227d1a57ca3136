/**
 * Date ranges as the HTTP API takes them: `from` and `to` are calendar days (wall midnights),
 * both inclusive, in the device's time zone.
 */
import type { Granularity } from './granularity.ts';
import { DAY_MS, formatWallTime, type WallMs } from './wall-time.ts';

/** The longest range of a granularity: a number of days or of calendar years. */
export interface RangeLimit {
  days?: number;
  years?: number;
}

/** The longest range each granularity allows, as the HTTP API documents it. */
export const RANGE_LIMITS: Record<Granularity, RangeLimit> = {
  hour: { days: 92 },
  day: { years: 3 },
  week: { years: 10 },
  month: { years: 10 },
  quarter: { years: 10 },
  year: { years: 10 },
};

/**
 * `92 days`, `3 years`: the longest range of a granularity, in English words for API callers.
 * Screens build their own text from `RANGE_LIMITS`.
 */
export function rangeLimitText(granularity: Granularity): string {
  const { days, years } = RANGE_LIMITS[granularity];
  return days !== undefined ? `${days} days` : `${years ?? 0} years`;
}

/** Days in an inclusive range of calendar days. */
export function daysInRange(from: WallMs, to: WallMs): number {
  return Math.round((to - from) / DAY_MS) + 1;
}

/**
 * The last `to` day that `granularity` allows for a range starting at `from`.
 *
 * @example formatDate(lastAllowedDay(Date.UTC(2023, 0, 1), 'hour')) // '2023-04-02'
 */
export function lastAllowedDay(from: WallMs, granularity: Granularity): WallMs {
  const limit = RANGE_LIMITS[granularity];
  if (limit.days !== undefined) return from + (limit.days - 1) * DAY_MS;
  const end = new Date(from);
  end.setUTCFullYear(end.getUTCFullYear() + (limit.years ?? 0));
  return end.getTime() - DAY_MS;
}

/**
 * What is wrong with a range: a code, a plain English message for API callers, and for a range
 * too long the granularity and its limit, from which a screen says it in its own language.
 */
export type RangeProblem =
  | { code: 'INVALID_QUERY'; message: string }
  | { code: 'RANGE_TOO_LONG'; message: string; granularity: Granularity; limit: RangeLimit };

/**
 * Checks a range against the API's rules, returning the problem or `undefined` when it is fine.
 *
 * @example checkRange(Date.UTC(2023, 0, 1), Date.UTC(2023, 5, 1), 'hour')?.code // 'RANGE_TOO_LONG'
 */
export function checkRange(
  from: WallMs,
  to: WallMs,
  granularity: Granularity,
): RangeProblem | undefined {
  if (from > to) {
    return { code: 'INVALID_QUERY', message: '`from` must not be after `to`.' };
  }
  if (to > lastAllowedDay(from, granularity)) {
    return {
      code: 'RANGE_TOO_LONG',
      message: `Charts by ${granularity} cover at most ${rangeLimitText(granularity)}; choose a shorter range or a coarser granularity.`,
      granularity,
      limit: RANGE_LIMITS[granularity],
    };
  }
  return undefined;
}

/** Whether the range allows `granularity` (for disabling choices in the UI). */
export function allowsGranularity(from: WallMs, to: WallMs, granularity: Granularity): boolean {
  return checkRange(from, to, granularity) === undefined;
}

/**
 * The platform's `startTime` and `endTime` (`yyyy-MM-dd HH:mm:ss`) for an inclusive day range.
 *
 * @example platformTimes(Date.UTC(2023, 2, 29), Date.UTC(2023, 2, 29))
 * // { startTime: '2023-03-29 00:00:00', endTime: '2023-03-29 23:59:59' }
 */
export function platformTimes(from: WallMs, to: WallMs): { startTime: string; endTime: string } {
  return { startTime: formatWallTime(from), endTime: formatWallTime(to + DAY_MS - 1000) };
}
