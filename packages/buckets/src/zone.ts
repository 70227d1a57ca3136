/**
 * Conversions between instants and wall times in an IANA time zone, on the platform's `Intl`
 * data (Node and browsers alike), with DST gaps and overlaps handled.
 */
import { bucketStart } from './bucket.ts';
import type { Granularity } from './granularity.ts';
import { formatIsoLocal, type WallMs } from './wall-time.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `timeZone` is an IANA zone name this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall time that `instant` shows in `timeZone`, read from `Intl` (slow: see `offsetAt`). */
function intlWall(instant: number, timeZone: string): WallMs {
  const fields: Record<string, number> = {};
  let bc = false;
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type === 'era') bc = part.value === 'BC' || part.value === 'B';
    else if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const year = fields.year ?? 1970;
  const date = new Date(0);
  date.setUTCFullYear(bc ? 1 - year : year, (fields.month ?? 1) - 1, fields.day ?? 1);
  date.setUTCHours(fields.hour ?? 0, fields.minute ?? 0, fields.second ?? 0, instant % 1000);
  return date.getTime();
}

/** The wall time that `instant` shows in `timeZone`. */
export function toWall(instant: number, timeZone: string): WallMs {
  return instant + offsetAt(instant, timeZone);
}

const QUARTER_HOUR_MS = 900_000;
const OFFSET_CACHE_LIMIT = 200_000;
const offsetCache = new Map<string, Map<number, number>>();

/**
 * The zone's offset from UTC at `instant`, in milliseconds (Asia/Shanghai: +8 h). Offsets change
 * only on quarter-hour boundaries, so they are memoised per quarter hour: charting a year of
 * hours would otherwise spend most of its time in `Intl`.
 */
export function offsetAt(instant: number, timeZone: string): number {
  const slot = Math.floor(instant / QUARTER_HOUR_MS);
  let zoneCache = offsetCache.get(timeZone);
  if (!zoneCache) {
    zoneCache = new Map();
    offsetCache.set(timeZone, zoneCache);
  }
  let offset = zoneCache.get(slot);
  if (offset === undefined) {
    const start = slot * QUARTER_HOUR_MS;
    offset = intlWall(start, timeZone) - start;
    if (zoneCache.size >= OFFSET_CACHE_LIMIT) zoneCache.clear();
    zoneCache.set(slot, offset);
  }
  return offset;
}

/**
 * The instant at which `timeZone` shows `wall`. A wall time skipped by a DST jump resolves to the
 * instant after the jump, as `Temporal`'s "compatible" does.
 */
export function fromWall(wall: WallMs, timeZone: string): number {
  // Two refinements of a guessed offset settle every real zone (the approach Luxon takes).
  const o1 = offsetAt(wall, timeZone);
  const guess = wall - o1;
  const o2 = offsetAt(guess, timeZone);
  if (o1 === o2) return guess;
  const second = guess - (o2 - o1);
  const o3 = offsetAt(second, timeZone);
  if (o2 === o3) return second;
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
  const start = bucketStart(wall, granularity);
  const real = realWall(start, timeZone);
  // A skipped hour's start lands in the next hour, which is that hour's start.
  return granularity === 'hour' ? bucketStart(real, 'hour') : real;
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
