/**
 * When a copy of the platform's rows stops answering for a day (decision 022). A day before today
 * is final once it was fetched after it ended, except that yesterday is read once more after
 * 06:00 local, for doors that upload late: so a day is final in a copy fetched at 06:00 the next
 * day or later. Until then a copy fetched after the day ended answers for it until 06:00. Today's
 * rows (and later days') are fresh for a minute.
 */
import { bucketStart, DAY_MS, fromWall, HOUR_MS, toWall, type WallMs } from '@footfall/buckets';

/** How long rows of today (the subject's today when fetched) stay fresh. */
export const TODAY_TTL_MS = 60_000;
/** The local hour after which yesterday is read once more, for doors that upload late. */
export const LATE_UPLOAD_HOUR = 6;

/**
 * Until when (epoch ms) a copy fetched at `fetchedAt` answers for every day up to `lastDay` (a wall
 * midnight in `timeZone`): `Infinity` when they are all final.
 *
 * @example validUntil(Date.UTC(2024, 4, 15, 2), Date.UTC(2024, 4, 13), 'Asia/Shanghai') // Infinity
 */
export function validUntil(fetchedAt: number, lastDay: WallMs, timeZone: string): number {
  const fetchedWall = toWall(fetchedAt, timeZone);
  const fetchedDay = bucketStart(fetchedWall, 'day');
  if (lastDay < bucketStart(fetchedWall - LATE_UPLOAD_HOUR * HOUR_MS, 'day')) return Infinity;
  if (lastDay < fetchedDay) return fromWall(fetchedDay + LATE_UPLOAD_HOUR * HOUR_MS, timeZone);
  return fetchedAt + TODAY_TTL_MS;
}

/** Whether every day up to `lastDay` is final in a copy fetched at `fetchedAt`. */
export function isFinal(fetchedAt: number, lastDay: WallMs, timeZone: string): boolean {
  return validUntil(fetchedAt, lastDay, timeZone) === Infinity;
}

/**
 * The next instant after `now` at which some zone passes a local midnight or the late-upload
 * hour: when the days the default views read change, or yesterday is read again.
 *
 * @example nextDayTurn(Date.UTC(2024, 4, 15, 2), ['Asia/Shanghai']) // Date.UTC(2024, 4, 15, 16)
 */
export function nextDayTurn(now: number, timeZones: Iterable<string>): number {
  let next = Infinity;
  for (const timeZone of new Set(timeZones)) {
    const wall = toWall(now, timeZone);
    const day = bucketStart(wall, 'day');
    for (const turn of [day + LATE_UPLOAD_HOUR * HOUR_MS, day + DAY_MS]) {
      const instant = fromWall(turn, timeZone);
      if (instant > now) {
        next = Math.min(next, instant);
        break;
      }
    }
  }
  return next;
}
