/**
 * Wall-clock time: a local date and time with no zone attached, held as the milliseconds it would
 * be if the wall clock were UTC. Bucket arithmetic happens on wall times (a day is a calendar day
 * in the device's zone); `zone.ts` converts between wall times and instants.
 *
 * Every parser of platform and query times lives here, so there is one set of rules.
 */

/** Milliseconds of a wall-clock time read as UTC. */
export type WallMs = number;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** The calendar fields of a wall time. */
export interface WallParts {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Builds a wall time from fields, or `undefined` when a field is out of range (e.g. 02-30). */
export function wallFromParts(parts: WallParts): WallMs | undefined {
  const { year, month, day, hour, minute, second } = parts;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return undefined;
  }
  if (day > daysInMonth(year, month)) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** The calendar fields of a wall time. */
export function wallParts(wall: WallMs): WallParts {
  const date = new Date(wall);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const LABEL = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[ T](\d{2})(?::(\d{2})(?::(\d{2}))?)?)?)?)?$/;

/**
 * Parses a platform time label: `yyyy-MM-dd HH:mm:ss`, `yyyy-MM-dd HH:mm`, `yyyy-MM-dd HH`,
 * `yyyy-MM-dd`, `yyyy-MM` or `yyyy`. Missing fields take their first value.
 * Returns `undefined` for anything else, including impossible dates.
 *
 * @example parseWallTime('2023-03-29 10') // Date.UTC(2023, 2, 29, 10)
 */
export function parseWallTime(text: string): WallMs | undefined {
  const match = LABEL.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  return wallFromParts({
    year: Number(year),
    month: month === undefined ? 1 : Number(month),
    day: day === undefined ? 1 : Number(day),
    hour: hour === undefined ? 0 : Number(hour),
    minute: minute === undefined ? 0 : Number(minute),
    second: second === undefined ? 0 : Number(second),
  });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses a calendar date `YYYY-MM-DD` (as in the `/api/traffic` query) to the wall time of its
 * midnight, or `undefined` when malformed or impossible.
 *
 * @example parseDate('2023-02-30') // undefined
 */
export function parseDate(text: string): WallMs | undefined {
  return DATE.test(text) ? parseWallTime(text) : undefined;
}

/** The shape of `yyyy-MM-dd HH:mm:ss`, for validators that report shape and date apart. */
export const PLATFORM_TIME_PATTERN = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/**
 * Parses the platform's business time `yyyy-MM-dd HH:mm:ss` exactly (no shorter label), or
 * `undefined` when malformed or impossible.
 *
 * @example parsePlatformTime('2023-03-29 23:59:59') // Date.UTC(2023, 2, 29, 23, 59, 59)
 */
export function parsePlatformTime(text: string): WallMs | undefined {
  return PLATFORM_TIME_PATTERN.test(text) ? parseWallTime(text) : undefined;
}

const COMPACT = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

/**
 * Parses the platform's `_timestamp` format `yyyyMMddHHmmss`, or `undefined`.
 *
 * @example parseCompact('20230329235959') // Date.UTC(2023, 2, 29, 23, 59, 59)
 */
export function parseCompact(text: string): WallMs | undefined {
  const match = COMPACT.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match;
  return parseWallTime(`${year}-${month}-${day} ${hour}:${minute}:${second}`);
}

const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The wall time an ISO 8601 instant with an offset shows where it was written: its local part,
 * the offset ignored on purpose (the inverse of `formatIsoInZone`).
 *
 * @example parseIsoLocal('2023-03-29T10:00:00+08:00') // Date.UTC(2023, 2, 29, 10)
 */
export function parseIsoLocal(text: string): WallMs | undefined {
  // The first 19 characters, `yyyy-MM-ddTHH:mm:ss`, are a label parseWallTime reads.
  return ISO_LOCAL.test(text) ? parseWallTime(text.slice(0, 19)) : undefined;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** `YYYY-MM-DD` */
export function formatDate(wall: WallMs): string {
  const p = wallParts(wall);
  return `${pad4(p.year)}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** `yyyy-MM-dd HH:mm:ss`, the platform's business time format. */
export function formatWallTime(wall: WallMs): string {
  const p = wallParts(wall);
  return `${formatDate(wall)} ${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}`;
}

/** `yyyyMMddHHmmss`, the platform's `_timestamp` format. */
export function formatCompact(wall: WallMs): string {
  return formatWallTime(wall).replace(/[- :]/g, '');
}

/** `yyyy-MM-ddTHH:mm:ss`, the ISO local part. */
export function formatIsoLocal(wall: WallMs): string {
  return formatWallTime(wall).replace(' ', 'T');
}
