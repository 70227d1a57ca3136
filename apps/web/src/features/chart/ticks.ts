/**
 * Which points get an axis label: a "nice" step per granularity (every 6 hours, every week, every
 * quarter…) aligned to the calendar, the smallest one that fits the width.
 */
import { DAY_MS, HOUR_MS, isoWeek, wallParts, type Granularity } from '@footfall/buckets';
import { SERIES, type SeriesValues } from '../../domain/series-list.ts';

const STEPS: Record<Granularity, readonly number[]> = {
  hour: [1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 672, 1344, 2688],
  day: [1, 2, 7, 14, 28, 56, 91, 182, 364],
  week: [1, 2, 4, 8, 13, 26, 52, 104],
  month: [1, 2, 3, 6, 12, 24, 60],
  quarter: [1, 2, 4, 8, 20],
  year: [1, 2, 5, 10],
};

const MONDAY_1970 = Date.UTC(1970, 0, 5);

/** A bucket's ordinal on a calendar-aligned scale of its granularity. */
function ordinal(wall: number, granularity: Granularity): number {
  const p = wallParts(wall);
  switch (granularity) {
    case 'hour':
      return Math.round((wall - MONDAY_1970) / HOUR_MS);
    case 'day':
      return Math.round((wall - MONDAY_1970) / DAY_MS);
    case 'week':
      return isoWeek(wall).week - 1;
    case 'month':
      return p.year * 12 + p.month - 1;
    case 'quarter':
      return p.year * 4 + Math.floor((p.month - 1) / 3);
    case 'year':
      return p.year;
  }
}

/** The first point of each calendar day: where an hourly chart over several days names the day. */
export function dayStarts(walls: readonly number[]): Set<number> {
  const starts = new Set<number>();
  let previousDay: number | undefined;
  for (const wall of walls) {
    const day = Math.floor(wall / DAY_MS);
    if (day !== previousDay) starts.add(wall);
    previousDay = day;
  }
  return starts;
}

/**
 * Each day's first point plus the hours on a multiple of `hours`, but only those at least half a
 * step (in points) from a day's label on either side: with business hours of 11:00–19:00, `12:00`
 * would sit on `Mon 03-27` and `18:00` on the next day's label.
 */
function withinDayTicks(walls: readonly number[], starts: Set<number>, hours: number): number[] {
  const clearance = hours / 2;
  const dayIndexes = walls.flatMap((wall, index) => (starts.has(wall) ? [index] : []));
  const ticks: number[] = [];
  let next = 0; // the position in dayIndexes of the first day label after `index`
  for (const [index, wall] of walls.entries()) {
    while (next < dayIndexes.length && (dayIndexes[next] ?? Infinity) <= index) next += 1;
    if (starts.has(wall)) {
      ticks.push(wall);
      continue;
    }
    const before = index - (dayIndexes[next - 1] ?? Number.NEGATIVE_INFINITY);
    const after = (dayIndexes[next] ?? Infinity) - index;
    const onStep = wall % HOUR_MS === 0 && wallParts(wall).hour % hours === 0;
    if (onStep && before >= clearance && after >= clearance) ticks.push(wall);
  }
  return ticks;
}

const DAY_STEPS = [1, 2, 7, 14, 28, 56, 91];

/**
 * Every `step`-th day of `days` (each day's first point), at most `limit` of them: aligned to
 * Monday when that fits (labels stay put as the range moves), else shifted by the offset that
 * labels the most days within the limit. A Tuesday-to-Monday week on a phone fits three labels
 * every other day but four when aligned: without the shift it fell through to weekly steps and
 * its one Monday.
 */
function dayTicks(days: readonly number[], step: number, limit: number): number[] | undefined {
  const dayNumber = (wall: number) => Math.round((wall - MONDAY_1970) / DAY_MS);
  let best: number[] | undefined;
  for (let offset = 0; offset < step; offset++) {
    const picked = days.filter((wall) => dayNumber(wall) % step === offset);
    if (picked.length > limit) continue;
    if (offset === 0) return picked;
    if (!best || picked.length > best.length) best = picked;
  }
  return best;
}

const HOURS_WITHIN_DAY = [6, 12];

/**
 * Hourly points over several days: the first point of each day (days in steps aligned to Monday,
 * or shifted when only that fits), plus 06:00-aligned hours when there is room. Business-hours
 * data has no midnight, so days are found by their first point rather than by 00:00.
 */
function multiDayHourTicks(walls: readonly number[], limit: number): number[] {
  const starts = dayStarts(walls);
  const firsts = walls.filter((wall) => starts.has(wall));
  for (const step of DAY_STEPS) {
    const days = dayTicks(firsts, step, limit);
    if (!days) continue;
    if (step > 1) return days;
    for (const hours of HOURS_WITHIN_DAY) {
      const ticks = withinDayTicks(walls, starts, hours);
      if (ticks.length <= limit) return ticks;
    }
    return days;
  }
  return [];
}

/**
 * The wall times to label among `walls`, at most `maxTicks` of them.
 *
 * @example pickTicks(weekOfHours, 'hour', 14) // the midnights and noons
 */
export function pickTicks(
  walls: readonly number[],
  granularity: Granularity,
  maxTicks: number,
): number[] {
  const limit = Math.max(2, maxTicks);
  const first = walls[0];
  const last = walls.at(-1);
  if (granularity === 'hour' && first !== undefined && last !== undefined) {
    if (Math.floor(first / DAY_MS) !== Math.floor(last / DAY_MS)) {
      const ticks = multiDayHourTicks(walls, limit);
      if (ticks.length > 0) return ticks;
    }
  }
  for (const step of STEPS[granularity]) {
    const ticks = walls.filter((wall) => ordinal(wall, granularity) % step === 0);
    if (ticks.length <= limit && ticks.length > 0) return ticks;
  }
  // Downsampled or irregular points may miss every aligned slot: fall back to an even spread.
  const stride = Math.ceil(walls.length / limit);
  return walls.filter((_, index) => index % stride === 0);
}

/**
 * Y-axis ticks from 0 in steps of 1, 2, 2.5 or 5 × 10ⁿ, at most six, covering the highest point.
 *
 * @example niceTicks([{ walkIn: 201, walkOut: 190 }]) // [0, 50, 100, 150, 200, 250]
 */
export function niceTicks(points: readonly Readonly<SeriesValues>[]): number[] {
  let max = 0;
  for (const point of points) {
    for (const { key } of SERIES) max = Math.max(max, point[key] ?? 0);
  }
  if (max === 0) return [0, 1];
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step =
    [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw && Number.isInteger(s)) ??
    Math.ceil(raw);
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) ticks.push(value);
  return ticks;
}
