/**
 * Sums the hourly model into the platform's buckets: the hours that lie inside each bucket, inside
 * the requested range, already elapsed, and (optionally) inside business hours.
 */
import { bucketStart, DAY_MS, HOUR_MS, type Granularity, type WallMs } from '@footfall/buckets';
import type { DeviceProfile } from './devices.ts';
import { hourlyTraffic } from './traffic.ts';

/** One answered bucket; `walkOut` is `undefined` for a device that does not count walk-outs. */
export interface TrafficBucket {
  start: WallMs;
  walkIn: number;
  walkOut: number | undefined;
}

export interface TrafficQuery {
  /** `startTime` and `endTime`, wall times in the device's zone; an hour counts if it overlaps. */
  start: WallMs;
  end: WallMs;
  granularity: Granularity;
  businessHoursOnly: boolean;
  /** The device's wall clock now: later hours do not exist, the current one is partly counted. */
  now: WallMs;
}

/** The longest range one call may span (a little over ten years), so no call runs away. */
export const MAX_RANGE_HOURS = 11 * 366 * 24;

/**
 * The device's buckets for a query, sorted by start; a bucket with no elapsed, included hour is
 * absent.
 *
 * @example aggregateTraffic(profile, { start, end, granularity: 'day', businessHoursOnly: false, now })
 */
export function aggregateTraffic(profile: DeviceProfile, query: TrafficQuery): TrafficBucket[] {
  const firstHour = bucketStart(query.start, 'hour');
  const currentHour = bucketStart(query.now, 'hour');
  const lastHour = Math.min(bucketStart(query.end, 'hour'), currentHour);
  if (lastHour < firstHour) return [];

  const count = (lastHour - firstHour) / HOUR_MS + 1;
  const series = hourlyTraffic(profile, firstHour, count);
  const { opens, closes } = profile.store;
  const countsWalkOut = profile.device.countsWalkOut;
  // The current hour is under way: it holds only the share of its visitors already counted.
  const elapsed = lastHour === currentHour ? (query.now - currentHour) / HOUR_MS : 1;

  const buckets: TrafficBucket[] = [];
  let current: TrafficBucket | undefined;
  let dayStart = Number.NaN;
  let nextDay = Number.NEGATIVE_INFINITY;
  let dayBucket = Number.NaN;
  for (let i = 0; i < count; i++) {
    const hour = firstHour + i * HOUR_MS;
    if (hour >= nextDay) {
      dayStart = bucketStart(hour, 'day');
      nextDay = dayStart + DAY_MS;
      dayBucket = bucketStart(dayStart, query.granularity);
    }
    const hourOfDay = Math.round((hour - dayStart) / HOUR_MS);
    if (query.businessHoursOnly && (hourOfDay < opens || hourOfDay >= closes)) continue;

    const share = i === count - 1 ? elapsed : 1;
    const walkIn = Math.floor((series.walkIn[i] ?? 0) * share);
    const walkOut = Math.floor((series.walkOut[i] ?? 0) * share);
    const start = query.granularity === 'hour' ? hour : dayBucket;
    if (current?.start !== start) {
      current = { start, walkIn: 0, walkOut: countsWalkOut ? 0 : undefined };
      buckets.push(current);
    }
    current.walkIn += walkIn;
    if (current.walkOut !== undefined) current.walkOut += walkOut;
  }
  return buckets;
}
