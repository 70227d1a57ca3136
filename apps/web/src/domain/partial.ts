/**
 * Buckets the range cuts. The range is the filter (DESIGN, `/api/traffic`): a week, month,
 * quarter or year that `from` or `to` falls inside keeps its period's start but holds only the
 * range's days, and the answer says so with `partial` and `days`. Which days those are follows
 * from the range and the period, with the shared calendar code of @footfall/buckets.
 */
import {
  daysInRange,
  parseDate,
  periodOf,
  type CalendarUnit,
  type Granularity,
  type WallMs,
} from '@footfall/buckets';
import type { Bucket } from '@footfall/contract';

/** The days of a period inside the range, as wall times of midnight. */
export interface DaysHeld {
  /** The first and last day of the range in the period. */
  first: WallMs;
  last: WallMs;
  /** How many of the range's days the bucket holds. */
  days: number;
  /** How many days the whole period has. */
  periodDays: number;
}

/** The range a bucket belongs to, as an answer (or its comparison) names it. */
export interface RangeScope {
  from: string;
  to: string;
  granularity: Granularity;
}

/** The calendar unit of a granularity whose buckets can be cut; hours and days never are. */
const cuttable = (granularity: Granularity): CalendarUnit | undefined =>
  granularity === 'hour' || granularity === 'day' ? undefined : granularity;

/**
 * How many days a bucket's period has: 1 for a day, 7 for a week, 28–31 for a month, …;
 * `undefined` for an hour.
 *
 * @example periodDays(Date.UTC(2023, 1, 1), 'month') // 28
 */
export function periodDays(wall: WallMs, granularity: Granularity): number | undefined {
  if (granularity === 'hour') return undefined;
  const period = periodOf(wall, granularity);
  return daysInRange(period.from, period.to);
}

/**
 * The days of the range a bucket holds when the range cuts its period (the answer's `partial`,
 * or the range's edges inside the period), else `undefined`. The count is the answer's `days`
 * when it gives one.
 *
 * @example daysHeld({ start: '2023-02-27T00:00:00+08:00', walkIn: 5, walkOut: 5, partial: true, days: 5 }, Date.UTC(2023, 1, 27), { from: '2023-03-01', to: '2023-03-31', granularity: 'week' })
 * // { first: Date.UTC(2023, 2, 1), last: Date.UTC(2023, 2, 5), days: 5, periodDays: 7 }
 */
export function daysHeld(
  bucket: Pick<Bucket, 'partial' | 'days'> | undefined,
  wall: WallMs,
  scope: RangeScope,
): DaysHeld | undefined {
  const unit = cuttable(scope.granularity);
  const from = parseDate(scope.from);
  const to = parseDate(scope.to);
  if (unit === undefined || from === undefined || to === undefined) return undefined;
  const period = periodOf(wall, unit);
  const first = Math.max(period.from, from);
  const last = Math.min(period.to, to);
  const whole = daysInRange(period.from, period.to);
  const inRange = daysInRange(first, last);
  if (bucket?.partial !== true && inRange >= whole) return undefined;
  return { first, last, days: bucket?.days ?? inRange, periodDays: whole };
}

/** What says whether a drawn point's buckets are cut: its own, and its compared bucket's. */
export interface HeldPoint {
  held?: DaysHeld;
  comparisonHeld?: DaysHeld;
}

/**
 * Whether a series' bar at a point stands for a bucket the range cuts: the comparison's by its
 * compared bucket, the others by the point's own.
 */
export const isCut = (point: HeldPoint, key: string): boolean =>
  (key === 'comparison' ? point.comparisonHeld : point.held) !== undefined;

/** Whether any point has a bucket, its own or its compared one, that the range cuts. */
export const anyCut = (points: readonly HeldPoint[]): boolean =>
  points.some((point) => point.held !== undefined || point.comparisonHeld !== undefined);
