/**
 * Chart points from the API's buckets, and their reduction for drawing. A year of hours is 8,760
 * buckets; drawing a few per pixel is wasted work, so consecutive buckets are grouped and drawn
 * by their peak (a busy hour stays visible) while each group keeps its exact sums for the
 * tooltip. Totals and the table always use the buckets themselves.
 */
import type { Bucket, Traffic } from '@footfall/contract';
import { startToWall } from './time.ts';
import { daysHeld, type DaysHeld, type RangeScope } from './partial.ts';
import { SERIES, type SeriesValues } from './series-list.ts';

export interface SeriesPoint {
  wall: number;
  start: string;
  /** `null` only for a bucket with no data. */
  walkIn: number | null;
  walkOut: number | null;
  /** No data: the answer has no bucket here (device offline, or the bucket not yet over). */
  missing: boolean;
  /** The bucket's period is cut by the range: the days of it the range holds. */
  held?: DaysHeld;
  /**
   * With a comparison: the walk-ins of the compared bucket (`null`: no data there), and that
   * bucket's start (absent when the comparison has no bucket to pair with this one).
   */
  comparison?: number | null;
  comparisonStart?: string;
  /** With a comparison: the compared bucket's days, when the earlier range cuts its period. */
  comparisonHeld?: DaysHeld;
}

export type { SeriesValues } from './series-list.ts';

/** A drawn point: each series at the group's peak (the key recharts reads), and exact sums. */
export type ChartPoint = SeriesValues & {
  /** Wall time of the first bucket of the group. */
  wall: number;
  /** Wall time of the last bucket of the group. */
  lastWall: number;
  /** Buckets in the group. */
  size: number;
  /** Exact sums over the group, per series. */
  sums: SeriesValues;
  /** Buckets of the group with no data; all of them (`size`) draw nothing: a gap. */
  missing: number;
  /** With a comparison: buckets of the group whose compared bucket has no data. */
  comparisonMissing?: number;
  /** With a comparison: the compared bucket of the group's first bucket. */
  comparisonStart?: string;
  /** A group of one bucket the range cuts: the days it holds. */
  held?: DaysHeld;
  /** A group of one whose compared bucket the earlier range cuts: that bucket's days. */
  comparisonHeld?: DaysHeld;
};

/** True when a range has nothing to draw: no buckets, or nobody counted in or out. */
export function nothingRecorded(traffic: Pick<Traffic, 'buckets' | 'totals'>): boolean {
  return traffic.buckets.length === 0 || (traffic.totals.walkIn === 0 && !traffic.totals.walkOut);
}

/** The most points a chart draws; about one per pixel of a wide chart. */
const MAX_CHART_POINTS = 1_500;

/** The buckets as points; with their range, a bucket the range cuts says which days it holds. */
export function toSeries(buckets: readonly Bucket[], scope?: RangeScope): SeriesPoint[] {
  return buckets.map((bucket) => {
    const wall = startToWall(bucket.start);
    const held = scope && daysHeld(bucket, wall, scope);
    return {
      wall,
      start: bucket.start,
      walkIn: bucket.walkIn,
      walkOut: bucket.walkOut,
      missing: false,
      ...(held && { held }),
    };
  });
}

const addNullable = (sum: number | null, value: number | null): number | null =>
  value === null ? sum : (sum ?? 0) + value;
const maxNullable = (max: number | null, value: number | null): number | null =>
  value === null ? max : Math.max(max ?? 0, value);

/** No value yet for each series: the comparison's only where there is one. */
const noValues = (compared: boolean): SeriesValues =>
  compared ? { walkIn: null, walkOut: null, comparison: null } : { walkIn: null, walkOut: null };

/**
 * Groups consecutive points so at most `maxPoints` are drawn.
 *
 * @example downsample(yearOfHours, 1500).groupSize // 6
 */
export function downsample(
  series: readonly SeriesPoint[],
  maxPoints = MAX_CHART_POINTS,
): { points: ChartPoint[]; groupSize: number } {
  const groupSize = Math.max(1, Math.ceil(series.length / maxPoints));
  const points: ChartPoint[] = [];
  for (let i = 0; i < series.length; i += groupSize) {
    const group = series.slice(i, i + groupSize);
    const first = group[0];
    const last = group.at(-1);
    if (!first || !last) continue;
    const compared = 'comparison' in first;
    const peaks = noValues(compared);
    const sums = noValues(compared);
    let missing = 0;
    let comparisonMissing = 0;
    for (const point of group) {
      if (point.missing) missing += 1;
      if (point.comparison === null) comparisonMissing += 1;
      for (const { key } of SERIES) {
        if (!(key in peaks)) continue;
        peaks[key] = maxNullable(peaks[key] ?? null, point[key] ?? null);
        sums[key] = addNullable(sums[key] ?? null, point[key] ?? null);
      }
    }
    points.push({
      ...peaks,
      wall: first.wall,
      lastWall: last.wall,
      size: group.length,
      sums,
      missing,
      ...(compared && { comparisonMissing, comparisonStart: first.comparisonStart }),
      // Only a bucket drawn alone is named with its days; a group is named by its first and last.
      ...(group.length === 1 && first.held && { held: first.held }),
      ...(group.length === 1 && first.comparisonHeld && { comparisonHeld: first.comparisonHeld }),
    });
  }
  return { points, groupSize };
}

/** A bucket with data. */
export type CountedPoint = SeriesPoint & { walkIn: number };

const hasData = (point: SeriesPoint): point is CountedPoint => point.walkIn !== null;

/**
 * The busiest bucket a store manager can compare: the whole bucket with the most walk-ins, and the
 * buckets with data the range cuts, left out of the ranking (5 days of a week are no week). When
 * every bucket with data is cut, the busiest of those, and none left out.
 *
 * @example wholePeakOf(monthOfWeeks).leftOut.map((p) => p.held?.days) // [5, 2]
 */
export function wholePeakOf(series: readonly SeriesPoint[]): {
  peak: CountedPoint | undefined;
  leftOut: CountedPoint[];
} {
  const peak = peakOf(series.filter((point) => !point.held));
  if (!peak) return { peak: peakOf(series), leftOut: [] };
  return { peak, leftOut: series.filter(hasData).filter((point) => point.held) };
}

/**
 * The bucket with the most walk-ins (the earliest on a tie), or `undefined` for none; buckets
 * with no data never count.
 */
function peakOf(series: readonly SeriesPoint[]): CountedPoint | undefined {
  let peak: CountedPoint | undefined;
  for (const point of series) {
    if (hasData(point) && (!peak || point.walkIn > peak.walkIn)) peak = point;
  }
  return peak;
}
