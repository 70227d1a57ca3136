/**
 * Calendar arithmetic on wall times through dayjs in UTC mode: a wall time is the UTC reading of
 * the local clock (see `wall-time.ts`), so dayjs never meets a time zone or a DST change here.
 * Offsets stay with `Intl` (`zone.ts`; decision 001).
 */
import dayjs from 'dayjs';
import isoWeekPlugin from 'dayjs/plugin/isoWeek.js';
import quarterOfYear from 'dayjs/plugin/quarterOfYear.js';
import utc from 'dayjs/plugin/utc.js';
import { memoize } from './memo.ts';
import { DAY_MS, type WallMs } from './wall-time.ts';

dayjs.extend(utc);
dayjs.extend(isoWeekPlugin);
dayjs.extend(quarterOfYear);

/** The calendar units this module steps by. */
export type CalendarUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

const wallDay = (wall: WallMs) => dayjs.utc(wall);

const START_MEMO_LIMIT = 50_000;

/** The start of `unit` holding a day, per day number (a unit's start depends on the day alone). */
const startsOf = (unit: CalendarUnit) =>
  memoize((dayNumber: number): WallMs => {
    const day = wallDay(dayNumber * DAY_MS);
    return (unit === 'week' ? day.startOf('isoWeek') : day.startOf(unit)).valueOf();
  }, START_MEMO_LIMIT);

const starts: Record<CalendarUnit, (dayNumber: number) => WallMs> = {
  day: startsOf('day'),
  week: startsOf('week'),
  month: startsOf('month'),
  quarter: startsOf('quarter'),
  year: startsOf('year'),
};

/**
 * The wall time `count` units after `wall` (before, when negative). Months clamp to the month's
 * last day, as calendars do: 31 January plus a month is 28 or 29 February.
 *
 * @example addCalendar(Date.UTC(2024, 0, 31), 'month', 1) // Date.UTC(2024, 1, 29)
 */
export function addCalendar(wall: WallMs, unit: CalendarUnit, count: number): WallMs {
  const day = wallDay(wall);
  // Stryker disable next-line ConditionalExpression,StringLiteral: with quarterOfYear loaded, dayjs steps a 'quarter' either way; the branch is for dayjs's types, whose add() takes 'quarter' in one overload and 'week' in the other
  return (unit === 'quarter' ? day.add(count, 'quarter') : day.add(count, unit)).valueOf();
}

/**
 * The first moment of the calendar unit holding `wall`; weeks are ISO weeks, from Monday.
 *
 * @example startOfCalendar(Date.UTC(2023, 2, 29, 10), 'week') // Date.UTC(2023, 2, 27)
 */
export function startOfCalendar(wall: WallMs, unit: CalendarUnit): WallMs {
  // Remembered per day, since merging a range's rows asks once per row (dayjs alone made a
  // 10-year weekly sandbox answer ten times slower).
  return starts[unit](Math.floor(wall / DAY_MS));
}

/**
 * The ISO week of a wall time: the ISO year it belongs to (which can differ from the calendar year
 * near New Year) and its number, 1–53.
 *
 * @example isoWeek(Date.UTC(2023, 2, 27)) // { year: 2023, week: 13 }
 */
export function isoWeek(wall: WallMs): { year: number; week: number } {
  const day = wallDay(wall);
  return { year: day.isoWeekYear(), week: day.isoWeek() };
}

/** Day of the week, Monday 0 … Sunday 6. */
export function isoWeekday(wall: WallMs): number {
  return wallDay(wall).isoWeekday() - 1;
}
