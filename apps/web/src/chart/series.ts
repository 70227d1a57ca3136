/**
 * Chart points from the API's buckets, and their reduction for drawing. A year of hours is 8,760
 * buckets; drawing a few per pixel is wasted work, so consecutive buckets are grouped and drawn
 * by their peak (a busy hour stays visible) while each group keeps its exact sums for the
 * tooltip. Totals and the table always use the buckets themselves.
 */
import type { Bucket, Traffic } from '@footfall/contract';
import { startToWall } from '../format/bucket-label.ts';
import { SERIES, type SeriesKey } from './series-list.ts';

export interface SeriesPoint {
  wall: number;
  start: string;
  walkIn: number;
  walkOut: number | null;
}

/** Each series' value at a point (`null`: not counted). */
export type SeriesValues = Record<SeriesKey, number | null>;

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
};

/** True when a range has nothing to draw: no buckets, or nobody counted in or out. */
export function nothingRecorded(traffic: Pick<Traffic, 'buckets' | 'totals'>): boolean {
  return traffic.buckets.length === 0 || (traffic.totals.walkIn === 0 && !traffic.totals.walkOut);
}

/** The most points a chart draws; about one per pixel of a wide chart. */
export const MAX_CHART_POINTS = 1_500;

export function toSeries(buckets: readonly Bucket[]): SeriesPoint[] {
  return buckets.map((bucket) => ({
    wall: startToWall(bucket.start),
    start: bucket.start,
    walkIn: bucket.walkIn,
    walkOut: bucket.walkOut,
  }));
}

const addNullable = (sum: number | null, value: number | null): number | null =>
  value === null ? sum : (sum ?? 0) + value;
const maxNullable = (max: number | null, value: number | null): number | null =>
  value === null ? max : Math.max(max ?? 0, value);

const noValues = (): SeriesValues => ({ walkIn: null, walkOut: null });

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
    const peaks = noValues();
    const sums = noValues();
    for (const point of group) {
      for (const { key } of SERIES) {
        peaks[key] = maxNullable(peaks[key], point[key]);
        sums[key] = addNullable(sums[key], point[key]);
      }
    }
    points.push({ ...peaks, wall: first.wall, lastWall: last.wall, size: group.length, sums });
  }
  return { points, groupSize };
}

/** The bucket with the most walk-ins (the earliest on a tie), or `undefined` for none. */
export function peakOf(series: readonly SeriesPoint[]): SeriesPoint | undefined {
  let peak: SeriesPoint | undefined;
  for (const point of series) {
    if (!peak || point.walkIn > peak.walkIn) peak = point;
  }
  return peak;
}
