/**
 * The fake API's weeks, months, quarters and years, as the server groups a range's days (DESIGN,
 * "the range is the filter"): every day of the range counts the same walk-ins, and a bucket whose
 * period the range's `from` or `to` cuts keeps the period's start but counts the range's days
 * only, with `partial: true` and `days`. Worked out here from the calendar, independently of the
 * app's own reading of `partial` (domain/partial.ts), so the tests hold one to the other.
 */
import {
  addCalendar,
  DAY_MS,
  expectedStarts,
  formatIsoInZone,
  parseDate,
  type CalendarUnit,
} from '@footfall/buckets';
import type { Bucket } from '@footfall/contract';

/** The granularities whose buckets a range can cut, as the query string names them. */
export function coarseUnit(granularity: string): CalendarUnit | undefined {
  return granularity === 'week' ||
    granularity === 'month' ||
    granularity === 'quarter' ||
    granularity === 'year'
    ? granularity
    : undefined;
}

/**
 * The buckets of the days `from`..`to` (`YYYY-MM-DD`) by `unit` in `timeZone`, each day counting
 * `perDay`; walk-outs `null` when `perDay`'s are.
 *
 * @example coarseBuckets('2023-03-01', '2023-03-31', 'week', 'Asia/Shanghai', { walkIn: 10, walkOut: 9 })[0]
 * // { start: '2023-02-27T00:00:00+08:00', walkIn: 50, walkOut: 45, partial: true, days: 5 }
 */
export function coarseBuckets(
  from: string,
  to: string,
  unit: CalendarUnit,
  timeZone: string,
  perDay: Pick<Bucket, 'walkIn' | 'walkOut'>,
): Bucket[] {
  const first = parseDate(from);
  const last = parseDate(to);
  if (first === undefined || last === undefined) return [];
  const granularity = unit === 'day' ? 'day' : unit;
  return expectedStarts(first, last, granularity, timeZone).map((start) => {
    const end = Math.min(addCalendar(start, unit, 1), last + DAY_MS);
    const days = Math.round((end - Math.max(start, first)) / DAY_MS);
    const whole = Math.round((addCalendar(start, unit, 1) - start) / DAY_MS);
    return {
      start: formatIsoInZone(start, timeZone),
      walkIn: perDay.walkIn * days,
      walkOut: perDay.walkOut === null ? null : perDay.walkOut * days,
      ...(days < whole && { partial: true as const, days }),
    };
  });
}
