/**
 * Chart points from the API's buckets, and their reduction for drawing. A year of hours is 8,760
 * buckets; drawing a few per pixel is wasted work, so consecutive buckets are grouped and drawn
 * by their peak (a busy hour stays visible) while each group keeps its exact sums for the
 * tooltip. Totals and the table always use the buckets themselves.
 */
import type { Bucket, Traffic } from '@footfall/contract';
import { startToWall } from '../format/bucket-label.ts';

export interface SeriesPoint {
  wall: number;
  start: string;
  walkIn: number;
  walkOut: number | null;
}

export interface ChartPoint {
  /** Wall time of the first bucket of the group. */
  wall: number;
  /** Wall time of the last bucket of the group. */
  lastWall: number;
  /** Buckets in the group. */
  size: number;
  /** Drawn values: the group's peak. */
  walkIn: number;
  walkOut: number | null;
  /** Exact sums over the group. */
  walkInTotal: number;
  walkOutTotal: number | null;
}

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
    let walkIn = 0;
    let walkInTotal = 0;
    let walkOut: number | null = null;
    let walkOutTotal: number | null = null;
    for (const point of group) {
      walkIn = Math.max(walkIn, point.walkIn);
      walkInTotal += point.walkIn;
      walkOut = maxNullable(walkOut, point.walkOut);
      walkOutTotal = addNullable(walkOutTotal, point.walkOut);
    }
    points.push({
      wall: first.wall,
      lastWall: last.wall,
      size: group.length,
      walkIn,
      walkOut,
      walkInTotal,
      walkOutTotal,
    });
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
