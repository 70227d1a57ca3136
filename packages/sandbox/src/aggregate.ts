/**
 * Gathers the hourly model into the platform's buckets: the hours that lie inside each bucket,
 * inside the requested range, already elapsed, while the device was online, and (optionally)
 * inside business hours. A counting device's bucket is the sum of those hours; a face device's
 * coarser bucket counts each person once (see `distinct-visitors.ts`), so it is less. Rows are
 * labelled with wall times, as the platform's are: on a DST night the skipped hour still gets its
 * label, and the repeated hour is sent twice under one label.
 */
import {
  bucketStart,
  DAY_MS,
  fromWall,
  HOUR_MS,
  offsetAt,
  toWall,
  type Granularity,
  type WallMs,
} from '@footfall/buckets';
import { isOffline, type DeviceProfile } from './devices.ts';
import { distinctVisitors, type DistinctVisitors } from './distinct-visitors.ts';
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

/** The wall hour of `day` that the zone shows twice (DST ends), if any. */
function repeatedHourOf(day: WallMs, timeZone: string): WallMs | undefined {
  const start = fromWall(day, timeZone);
  const end = fromWall(day + DAY_MS, timeZone);
  if (offsetAt(start, timeZone) <= offsetAt(end, timeZone)) return undefined;
  for (let hour = day; hour < day + DAY_MS; hour += HOUR_MS) {
    const instant = fromWall(hour, timeZone);
    if (
      toWall(instant - HOUR_MS, timeZone) === hour ||
      toWall(instant + HOUR_MS, timeZone) === hour
    ) {
      return hour;
    }
  }
  return undefined;
}

/**
 * The device's buckets for a query, sorted by start; a bucket with no elapsed, included hour is
 * absent (so is an hour the device was offline: no row, never a 0). Hourly rows are the model's
 * for everyone; a face device's coarser rows are de-duplicated over the hours they include.
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
  // A face device de-duplicates within every period coarser than its hourly slots.
  const deduplicates = !countsWalkOut && query.granularity !== 'hour';
  // The current hour is under way: it holds only the share of its visitors already counted.
  const elapsed = lastHour === currentHour ? (query.now - currentHour) / HOUR_MS : 1;

  const buckets: TrafficBucket[] = [];
  let current: TrafficBucket | undefined;
  let distinct: DistinctVisitors | undefined;
  let dayStart = Number.NaN;
  let nextDay = Number.NEGATIVE_INFINITY;
  let dayBucket = Number.NaN;
  let repeatedHour: WallMs | undefined;
  const timeZone = profile.device.timezone;
  for (let i = 0; i < count; i++) {
    const hour = firstHour + i * HOUR_MS;
    if (hour >= nextDay) {
      dayStart = bucketStart(hour, 'day');
      nextDay = dayStart + DAY_MS;
      dayBucket = bucketStart(dayStart, query.granularity);
      repeatedHour = repeatedHourOf(dayStart, timeZone);
    }
    const hourOfDay = Math.round((hour - dayStart) / HOUR_MS);
    if (query.businessHoursOnly && (hourOfDay < opens || hourOfDay >= closes)) continue;
    if (isOffline(profile, hour)) continue;

    const share = i === count - 1 ? elapsed : 1;
    const walkIn = Math.floor((series.walkIn[i] ?? 0) * share);
    const walkOut = Math.floor((series.walkOut[i] ?? 0) * share);
    const start = query.granularity === 'hour' ? hour : dayBucket;
    // The hour DST repeats is two real hours: the model's numbers for each, one label for both.
    const occurrences = hour === repeatedHour ? 2 : 1;
    for (let occurrence = 0; occurrence < occurrences; occurrence++) {
      if (current?.start !== start || (occurrence > 0 && query.granularity === 'hour')) {
        current = { start, walkIn: 0, walkOut: countsWalkOut ? 0 : undefined };
        buckets.push(current);
        distinct = deduplicates ? distinctVisitors(profile.scale) : undefined;
      }
      if (distinct) {
        distinct.add(dayStart, walkIn);
        current.walkIn = distinct.total;
      } else {
        current.walkIn += walkIn;
      }
      if (current.walkOut !== undefined) current.walkOut += walkOut;
    }
  }
  return buckets;
}
