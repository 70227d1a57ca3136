/** Bucket starts as the API writes them, read as wall times in the device's zone. */
import { parseIsoLocal, type WallMs } from '@footfall/buckets';

/**
 * The wall time of a bucket `start` in the device's zone (the offset is ignored on purpose).
 *
 * @example startToWall('2023-03-29T10:00:00+08:00') // Date.UTC(2023, 2, 29, 10)
 */
export function startToWall(start: string): WallMs {
  const wall = parseIsoLocal(start);
  if (wall === undefined) throw new Error(`Not an ISO bucket start: ${start}`);
  return wall;
}
