/**
 * Honest gaps. A bucket the API sent no row for is absent from `buckets`: no data (a device
 * offline, or the bucket not yet over), never a 0. The expected bucket starts come from the
 * range, granularity and zone (@footfall/buckets), so every screen can draw the missing ones as
 * gaps and count those that are over.
 */
import {
  bucketIsOver,
  expectedStarts,
  formatIsoInZone,
  parseDate,
  type Granularity,
} from '@footfall/buckets';
import type { Bucket, Traffic } from '@footfall/contract';
import { daysHeld } from './partial.ts';
import { toSeries, type SeriesPoint } from './series.ts';

/** What places a range's buckets: its days, granularity and zone, as an answer carries them. */
export interface BucketScope {
  from: string;
  to: string;
  granularity: Granularity;
  timezone: string;
  /** Business hours only: hours outside them have no row by design, not for want of data. */
  businessHours?: boolean;
}

const hourOf = (wall: number): number => new Date(wall).getUTCHours();

/**
 * The hours of the day an hourly business-hours answer covers (from its earliest to its latest
 * hour with a row), or every hour otherwise.
 */
function coveredHours(traffic: BucketScope, walls: readonly number[]): (wall: number) => boolean {
  if (traffic.businessHours !== true || traffic.granularity !== 'hour') return () => true;
  if (walls.length === 0) return () => false;
  const hours = walls.map(hourOf);
  const first = Math.min(...hours);
  const last = Math.max(...hours);
  return (wall) => hourOf(wall) >= first && hourOf(wall) <= last;
}

/**
 * The answer's buckets with a no-data point at each expected start the answer lacks.
 *
 * @example seriesWithGaps({ ...answer, buckets: [] }).every((p) => p.missing) // true
 */
export function seriesWithGaps(
  traffic: BucketScope & { buckets: readonly Bucket[] },
): SeriesPoint[] {
  const present = toSeries(traffic.buckets, traffic);
  const from = parseDate(traffic.from);
  const to = parseDate(traffic.to);
  if (from === undefined || to === undefined) return present;
  const byWall = new Map(present.map((point) => [point.wall, point]));
  const covered = coveredHours(traffic, [...byWall.keys()]);
  const walls = new Set([
    ...expectedStarts(from, to, traffic.granularity, traffic.timezone).filter(covered),
    ...byWall.keys(),
  ]);
  return [...walls]
    .sort((a, b) => a - b)
    .map((wall) => {
      const point = byWall.get(wall);
      if (point) return point;
      // A bucket with no data the range cuts holds as few days as one with data would.
      const held = daysHeld(undefined, wall, traffic);
      return {
        wall,
        start: formatIsoInZone(wall, traffic.timezone),
        walkIn: null,
        walkOut: null,
        missing: true,
        ...(held && { held }),
      };
    });
}

/**
 * The buckets with no data that are over at `now`: a future bucket, or today's running hour, is
 * not missing anything yet.
 */
export function missingBuckets(
  series: readonly SeriesPoint[],
  scope: Pick<BucketScope, 'granularity' | 'timezone'>,
  now: number,
): SeriesPoint[] {
  return series.filter(
    (point) => point.missing && bucketIsOver(point.wall, scope.granularity, scope.timezone, now),
  );
}

/** An entrance door of a store answer that lacks data for some buckets that are over. */
export interface DoorGap {
  mac: string;
  name: string;
  missing: number;
}

/** The store's entrance doors with buckets missing (over at `now`); `[]` for a device. */
export function doorGaps(traffic: Traffic, now: number): DoorGap[] {
  if (!('doors' in traffic)) return [];
  return traffic.doors.flatMap((door) => {
    if (!door.entrance) return [];
    const series = seriesWithGaps({ ...traffic, buckets: door.buckets });
    const missing = missingBuckets(series, traffic, now).length;
    return missing > 0 ? [{ mac: door.mac, name: door.name, missing }] : [];
  });
}
