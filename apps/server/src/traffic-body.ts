/**
 * The `/api/traffic` answer's buckets: rows from the platform floored to their bucket start,
 * merged where they share one, sorted, with ISO-8601 starts in the device's zone and totals; and
 * a store's buckets, its entrance doors' buckets summed. The shapes are the contract's.
 */
import {
  DAY_MS,
  formatIsoInZone,
  type Granularity,
  type WallMs,
  zonedBucketStart,
} from '@footfall/buckets';
import type { Bucket, Device, Totals } from '@footfall/contract';
import type { PassengerRow } from '@footfall/opretail';

interface MergeScope {
  device: Device;
  from: WallMs;
  to: WallMs;
  granularity: Granularity;
}

/**
 * The totals of `buckets`: walk-outs are `null` when the subject does not count them, and a
 * bucket without walk-outs adds none.
 *
 * @example totalsOf([{ start: '…', walkIn: 3, walkOut: 2 }], true) // { walkIn: 3, walkOut: 2 }
 */
export function totalsOf(buckets: readonly Bucket[], countsWalkOut: boolean): Totals {
  let walkIn = 0;
  let walkOut = 0;
  for (const bucket of buckets) {
    walkIn += bucket.walkIn;
    walkOut += bucket.walkOut ?? 0;
  }
  return { walkIn, walkOut: countsWalkOut ? walkOut : null };
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
  return { buckets, totals: totalsOf(buckets, device.countsWalkOut) };
}

/**
 * Sums the buckets of a store's entrance doors (one zone, so a bucket's `start` is the same text
 * on every door). A bucket is present when any door has it. Walk-outs are summed only when
 * `countsWalkOut` (every entrance counts them) and every door having the bucket counted them;
 * otherwise they are `null`: never a partial sum passed off as the store's.
 *
 * @example sumBuckets([door1.buckets, door2.buckets], true).totals.walkIn // door1's + door2's
 */
export function sumBuckets(
  doors: readonly (readonly Bucket[])[],
  countsWalkOut: boolean,
): { buckets: Bucket[]; totals: Totals } {
  const summed = new Map<string, Bucket>();
  for (const buckets of doors) {
    for (const { start, walkIn, walkOut } of buckets) {
      const bucket = summed.get(start);
      if (bucket === undefined) {
        summed.set(start, { start, walkIn, walkOut: countsWalkOut ? walkOut : null });
        continue;
      }
      bucket.walkIn += walkIn;
      bucket.walkOut =
        bucket.walkOut === null || walkOut === null ? null : bucket.walkOut + walkOut;
    }
  }
  // Sorted by instant: at a fall-back hour two starts share a wall time and differ in offset.
  const buckets = [...summed.values()].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return { buckets, totals: totalsOf(buckets, countsWalkOut) };
}
