/**
 * The `/api/traffic` answer: rows from the platform floored to their bucket start, merged where
 * they share one, sorted, with ISO-8601 starts in the device's zone and totals.
 */
import {
  DAY_MS,
  formatIsoInZone,
  type Granularity,
  type WallMs,
  zonedBucketStart,
} from '@footfall/buckets';
import type { PassengerRow } from '@footfall/opretail';
import type { Device } from './devices.ts';

export interface Bucket {
  /** ISO 8601 with the device's offset, e.g. `2023-03-29T10:00:00+08:00`. */
  start: string;
  walkIn: number;
  /** `null` where walk-outs are not counted. */
  walkOut: number | null;
}

export interface Totals {
  walkIn: number;
  walkOut: number | null;
}

export interface TrafficBody {
  device: Device;
  granularity: Granularity;
  businessHours: boolean;
  from: string;
  to: string;
  timezone: string;
  buckets: Bucket[];
  totals: Totals;
  /** Present when some of the answer comes from an expired copy because the platform failed. */
  stale?: true;
  staleAgeSeconds?: number;
}

interface MergeScope {
  device: Device;
  from: WallMs;
  to: WallMs;
  granularity: Granularity;
}

/**
 * Merges platform rows into sorted buckets and totals. A device that does not count walk-outs
 * gets `null`, never 0; a bucket where no row counted walk-outs gets `null` too.
 *
 * @example mergeBuckets([{ start: 0, walkIn: 3, walkOut: 2 }], scope).totals // { walkIn: 3, walkOut: 2 }
 */
export function mergeBuckets(
  rows: readonly PassengerRow[],
  scope: MergeScope,
): { buckets: Bucket[]; totals: Totals } {
  const { device, granularity } = scope;
  const zone = device.timezone;
  // Starts are real local times: a platform label inside a DST gap joins the next real hour.
  const first = zonedBucketStart(scope.from, granularity, zone);
  const end = zonedBucketStart(scope.to + DAY_MS, 'day', zone);
  const merged = new Map<WallMs, { walkIn: number; walkOut: number | null }>();
  for (const row of rows) {
    const start = zonedBucketStart(row.start, granularity, zone);
    if (start < first || start >= end) continue;
    const bucket = merged.get(start) ?? { walkIn: 0, walkOut: null };
    bucket.walkIn += row.walkIn;
    if (device.countsWalkOut && row.walkOut !== null) {
      bucket.walkOut = (bucket.walkOut ?? 0) + row.walkOut;
    }
    merged.set(start, bucket);
  }
  const buckets = [...merged.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, { walkIn, walkOut }]) => ({
      start: formatIsoInZone(start, zone),
      walkIn,
      walkOut,
    }));
  let walkIn = 0;
  let walkOut = 0;
  for (const bucket of buckets) {
    walkIn += bucket.walkIn;
    walkOut += bucket.walkOut ?? 0;
  }
  return { buckets, totals: { walkIn, walkOut: device.countsWalkOut ? walkOut : null } };
}
