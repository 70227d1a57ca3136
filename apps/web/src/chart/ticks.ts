/**
 * Which points get an axis label: a "nice" step per granularity (every 6 hours, every week, every
 * quarter…) aligned to the calendar, the smallest one that fits the width.
 */
import { DAY_MS, HOUR_MS, isoWeek, wallParts, type Granularity } from '@footfall/buckets';

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
  for (const step of STEPS[granularity]) {
    const ticks = walls.filter((wall) => ordinal(wall, granularity) % step === 0);
    if (ticks.length <= limit && ticks.length > 0) return ticks;
  }
  // Downsampled or irregular points may miss every aligned slot: fall back to an even spread.
  const stride = Math.ceil(walls.length / limit);
  return walls.filter((_, index) => index % stride === 0);
}
