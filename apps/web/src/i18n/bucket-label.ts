/**
 * Labels for buckets, always in the device's time zone: a bucket `start` such as
 * `2023-03-29T10:00:00+08:00` is read by its local part as a wall time, and wall times are
 * formatted by their own fields (Intl in UTC on wall milliseconds), never with the browser's zone.
 */
import {
  DAY_MS,
  formatDate,
  formatIsoLocal,
  isoWeek,
  wallParts,
  type Granularity,
  type WallMs,
} from '@footfall/buckets';
import type { DaysHeld } from '../domain/partial.ts';
import { messagesFor } from './messages.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();
function wallFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // UTC, because wall milliseconds are the wall clock read as UTC.
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

const weekday = (wall: WallMs, locale: string): string =>
  wallFormat(locale, { weekday: 'short' }).format(wall);

/** `Mon 03-27` / `周一 03-27` */
function dayLabel(wall: WallMs, locale: string): string {
  // MM-dd from the shared date format.
  return `${weekday(wall, locale)} ${formatDate(wall).slice(5)}`;
}

/**
 * The axis label of a bucket: `14:00`; `Mon 03-27`; `W13 (Mar 27)`; `Mar 2023`; `2023 Q1`;
 * `2023` (and their Chinese forms, from the messages); a bucket the range cuts (`held`) gets the
 * partial mark, `W9 (Feb 27)*`.
 *
 * @example bucketLabel(Date.UTC(2023, 2, 27), 'week', 'en-US') // 'W13 (Mar 27)'
 */
export function bucketLabel(
  wall: WallMs,
  granularity: Granularity,
  locale: string,
  held?: DaysHeld,
): string {
  const label = periodLabel(wall, granularity, locale);
  return held ? messagesFor(locale).partialMark(label) : label;
}

function periodLabel(wall: WallMs, granularity: Granularity, locale: string): string {
  const p = wallParts(wall);
  const words = messagesFor(locale).bucketLabels;
  switch (granularity) {
    case 'hour':
      return formatIsoLocal(wall).slice(11, 16);
    case 'day':
      return dayLabel(wall, locale);
    case 'week': {
      const { week } = isoWeek(wall);
      const monthDay = wallFormat(locale, { month: 'short', day: 'numeric' }).format(wall);
      return words.week(week, monthDay);
    }
    case 'month':
      return words.month(p.year, p.month, wallFormat(locale, { month: 'short' }).format(wall));
    case 'quarter':
      return words.quarter(p.year, Math.floor((p.month - 1) / 3) + 1);
    case 'year':
      return words.year(p.year);
  }
}

/**
 * A bucket named in full, for tooltips, the table and the peak: the hour gets its day
 * (`Mon 03-27 14:00`), a week its year (`2023 W13 (Mar 27)`). A bucket the range cuts (`held`)
 * says which of its days the range holds: `2023 W9 · Mar 1 – 5, 5 of 7 days`.
 *
 * @example bucketFullLabel(Date.UTC(2023, 2, 1), 'month', 'en-US', { first: Date.UTC(2023, 2, 15), last: Date.UTC(2023, 2, 31), days: 17, periodDays: 31 })
 * // 'Mar 2023 · Mar 15 – 31, 17 of 31 days'
 */
export function bucketFullLabel(
  wall: WallMs,
  granularity: Granularity,
  locale: string,
  held?: DaysHeld,
): string {
  if (!held) return wholeLabel(wall, granularity, locale);
  return messagesFor(locale).partialBucket(
    periodName(wall, granularity, locale),
    formatDayRange(held.first, held.last, locale, false),
    held.days,
    held.periodDays,
  );
}

/**
 * A period named without its first day, for a bucket the range cuts (whose first day is not the
 * period's): `2023 W9`, `Mar 2023`, `2023 Q1`, `2023`.
 */
export function periodName(wall: WallMs, granularity: Granularity, locale: string): string {
  if (granularity !== 'week') return wholeLabel(wall, granularity, locale);
  const { year, week } = isoWeek(wall);
  return `${year} ${messagesFor(locale).bucketLabels.weekNumber(week)}`;
}

function wholeLabel(wall: WallMs, granularity: Granularity, locale: string): string {
  switch (granularity) {
    case 'hour':
      return `${dayLabel(wall, locale)} ${bucketLabel(wall, 'hour', locale)}`;
    case 'day':
      return `${weekday(wall, locale)} ${formatDate(wall)}`;
    case 'week':
      return `${isoWeek(wall).year} ${bucketLabel(wall, 'week', locale)}`;
    default:
      return bucketLabel(wall, granularity, locale);
  }
}

/** A day `YYYY-MM-DD` formatted for the locale, e.g. `Mar 27, 2023` / `2023年3月27日`. */
export function formatDay(day: WallMs, locale: string): string {
  return wallFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(day);
}

/** A Monday at midnight, as wall milliseconds: the weekdays below are counted from it. */
const A_MONDAY = Date.UTC(2024, 0, 1);

/**
 * The name of an ISO weekday (Monday 0 … Sunday 6): `Saturday` / `星期六`, or short, `Sat` / `周六`.
 *
 * @example weekdayName(5, 'en-US', 'long') // 'Saturday'
 */
export function weekdayName(weekday: number, locale: string, width: 'long' | 'short'): string {
  return wallFormat(locale, { weekday: width }).format(A_MONDAY + weekday * DAY_MS);
}

/**
 * Two days `YYYY-MM-DD` as one short range, `Mar 20 – 26` / `3月20日至26日`, with the year when
 * `withYear` (`Mar 20 – 26, 2023`); a range across years always shows both.
 *
 * @example formatDayRange(Date.UTC(2023, 2, 20), Date.UTC(2023, 2, 26), 'en-US', false) // 'Mar 20 – 26'
 */
export function formatDayRange(
  from: WallMs,
  to: WallMs,
  locale: string,
  withYear: boolean,
): string {
  const crossesYear = wallParts(from).year !== wallParts(to).year;
  const format = wallFormat(locale, {
    ...(withYear || crossesYear ? { year: 'numeric' } : {}),
    month: 'short',
    day: 'numeric',
  });
  return from === to ? format.format(from) : format.formatRange(from, to);
}
