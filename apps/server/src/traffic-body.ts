/**
 * The `/api/traffic` answer's buckets: rows from the platform floored to their bucket start,
 * merged where they share one, sorted, with ISO-8601 starts in the device's zone and totals; and
 * a store's buckets, its entrance doors' buckets summed. The shapes are the contract's.
 */
import {
  DAY_MS,
  formatIsoInZone,
  type Granularity,
  type PartialBucket,
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

/** A bucket the range cuts, and the rows of the range's days in it. */
export interface EdgeRows {
  bucket: PartialBucket;
  rows: readonly PassengerRow[];
}

/**
 * Merges platform rows into sorted buckets and totals. A device that does not count walk-outs
 * gets `null`, never 0; a bucket where no row counted walk-outs gets `null` too. The buckets
 * the range cuts (`edges`) are summed from their own rows, the range's days only, and carry
 * `partial` and `days`; the whole-period rows that fall on them are left out.
 *
 * @example mergeBuckets([{ start: 0, walkIn: 3, walkOut: 2 }], scope).totals // { walkIn: 3, walkOut: 2 }
 */
export function mergeBuckets(
  rows: readonly PassengerRow[],
  scope: MergeScope,
  edges: readonly EdgeRows[] = [],
): { buckets: Bucket[]; totals: Totals } {
  const { device, granularity } = scope;
  const zone = device.timezone;
  // Starts are real local times: a platform label inside a DST gap joins the next real hour.
  const first = zonedBucketStart(scope.from, granularity, zone);
  const end = zonedBucketStart(scope.to + DAY_MS, 'day', zone);
  const merged = new Map<WallMs, Counts>();
  const add = (bucket: Counts, row: PassengerRow): void => {
    bucket.walkIn += row.walkIn;
    if (device.countsWalkOut && row.walkOut !== null) {
      bucket.walkOut = (bucket.walkOut ?? 0) + row.walkOut;
    }
  };
  const cut = new Map<WallMs, Counts>();
  for (const edge of edges) {
    if (edge.rows.length === 0) continue;
    const bucket: Counts = { walkIn: 0, walkOut: null, days: edge.bucket.days };
    for (const row of edge.rows) add(bucket, row);
    cut.set(zonedBucketStart(edge.bucket.start, granularity, zone), bucket);
  }
  const cutStarts = new Set(
    edges.map((edge) => zonedBucketStart(edge.bucket.start, granularity, zone)),
  );
  for (const row of rows) {
    const start = zonedBucketStart(row.start, granularity, zone);
    if (start < first || start >= end || cutStarts.has(start)) continue;
    const bucket = merged.get(start) ?? { walkIn: 0, walkOut: null };
    add(bucket, row);
    merged.set(start, bucket);
  }
  const buckets = [...merged.entries(), ...cut.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, counts]): Bucket => ({
      start: formatIsoInZone(start, zone),
      walkIn: counts.walkIn,
      walkOut: counts.walkOut,
      ...(counts.days === undefined ? {} : { partial: true, days: counts.days }),
    }));
  return { buckets, totals: totalsOf(buckets, device.countsWalkOut) };
}

interface Counts {
  walkIn: number;
  walkOut: number | null;
  /** A bucket the range cuts: the range's days in it. */
  days?: number;
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
    for (const { start, walkIn, walkOut, partial, days } of buckets) {
      const bucket = summed.get(start);
      if (bucket === undefined) {
        // Every door of a store has the same zone and range, so the same buckets are cut.
        const edge = partial ? { partial, ...(days === undefined ? {} : { days }) } : {};
        summed.set(start, { start, walkIn, walkOut: countsWalkOut ? walkOut : null, ...edge });
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
