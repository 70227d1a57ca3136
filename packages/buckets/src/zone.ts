/**
 * Conversions between instants and wall times in an IANA time zone, on the platform's `Intl`
 * data (Node and browsers alike), with DST gaps and overlaps handled.
 */
import { bucketStart } from './bucket.ts';
import type { Granularity } from './granularity.ts';
import { memoize } from './memo.ts';
import { formatIsoLocal, type WallMs } from './wall-time.ts';

const ZONE_LIMIT = 1_000;
const QUARTER_HOUR_MS = 900_000;
const OFFSET_LIMIT = 200_000;

/** One formatter per zone: building one is what makes `Intl` slow. Throws for an unknown zone. */
const formatterFor = memoize(
  (timeZone: string) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    }),
  ZONE_LIMIT,
);

/** Whether `timeZone` is an IANA zone name this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall time that `instant` shows in `timeZone`, read from `Intl` (slow: see `offsetAt`). */
function intlWall(instant: number, timeZone: string): WallMs {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) fields[part.type] = part.value;
  // Year 1 BC is year 0 of the proleptic calendar that Date counts in.
  const year = fields.era === 'BC' ? 1 - Number(fields.year) : Number(fields.year);
  const date = new Date(0);
  date.setUTCFullYear(year, Number(fields.month) - 1, Number(fields.day));
  date.setUTCHours(Number(fields.hour), Number(fields.minute), Number(fields.second));
  return date.getTime();
}

/** The wall time that `instant` shows in `timeZone`. */
export function toWall(instant: number, timeZone: string): WallMs {
  return instant + offsetAt(instant, timeZone);
}

/** Per zone, the offset of each quarter hour (by its number since the epoch). */
const offsetsIn = memoize(
  (timeZone: string) =>
    memoize((slot: number) => {
      const start = slot * QUARTER_HOUR_MS;
      return intlWall(start, timeZone) - start;
    }, OFFSET_LIMIT),
  ZONE_LIMIT,
);

/**
 * The zone's offset from UTC at `instant`, in milliseconds (Asia/Shanghai: +8 h). Offsets change
 * only on quarter-hour boundaries, so they are memoised per quarter hour: charting a year of
 * hours would otherwise spend most of its time in `Intl`.
 */
export function offsetAt(instant: number, timeZone: string): number {
  return offsetsIn(timeZone)(Math.floor(instant / QUARTER_HOUR_MS));
}

/**
 * The instant at which `timeZone` shows `wall`. A wall time skipped by a DST jump resolves to the
 * instant after the jump, as `Temporal`'s "compatible" does.
 */
export function fromWall(wall: WallMs, timeZone: string): number {
  // Two refinements of a guessed offset settle every real zone (the approach Luxon takes); in a
  // DST gap they disagree, and the smaller offset puts the wall time after the jump.
  const o2 = offsetAt(wall - offsetAt(wall, timeZone), timeZone);
  const o3 = offsetAt(wall - o2, timeZone);
  return wall - Math.min(o2, o3);
}

/** `±HH:MM` for an offset in milliseconds. */
export function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${sign}${hh}:${mm}`;
}

/**
 * The wall time the zone really shows at `wall`: `wall` itself, or, for a wall time skipped by a
 * DST jump, the same time after the jump (`02:30` on a spring-forward night in Berlin is `03:30`).
 *
 * @example realWall(Date.UTC(2026, 2, 29, 2), 'Europe/Berlin') // Date.UTC(2026, 2, 29, 3)
 */
export function realWall(wall: WallMs, timeZone: string): WallMs {
  return toWall(fromWall(wall, timeZone), timeZone);
}

/**
 * The start of the bucket of `granularity` holding `wall`, as a wall time the zone really shows.
 * An hour skipped by DST folds into the next real hour; a day (week, month…) whose midnight is
 * skipped starts at its first real moment. Distinct results are distinct instants.
 *
 * @example zonedBucketStart(Date.UTC(2026, 2, 29, 2, 15), 'hour', 'Europe/Berlin') // Date.UTC(2026, 2, 29, 3)
 */
export function zonedBucketStart(wall: WallMs, granularity: Granularity, timeZone: string): WallMs {
  return realWall(bucketStart(wall, granularity), timeZone);
}

/**
 * ISO 8601 with the zone's offset at that moment, as the HTTP API's bucket `start`. A wall time
 * skipped by DST is written as the real time after the jump, never as a time that did not exist.
 *
 * @example formatIsoInZone(Date.UTC(2023, 2, 29, 10), 'Asia/Shanghai') // '2023-03-29T10:00:00+08:00'
 */
export function formatIsoInZone(wall: WallMs, timeZone: string): string {
  const instant = fromWall(wall, timeZone);
  const real = toWall(instant, timeZone);
  return `${formatIsoLocal(real)}${formatOffset(real - instant)}`;
}
