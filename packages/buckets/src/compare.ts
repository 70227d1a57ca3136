/**
 * The range a view is compared with: the same number of days just before (`previous`), the same
 * days a week earlier (`week`), or 52 weeks earlier (`year`: 364 days, so Mondays line up with
 * Mondays).
 */
import { addCalendar } from './calendar.ts';
import { daysInRange } from './range.ts';
import type { DayRange } from './chunk.ts';
import type { WallMs } from './wall-time.ts';

export const COMPARISONS = ['previous', 'week', 'year'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export function isComparison(value: unknown): value is Comparison {
  return (COMPARISONS as readonly unknown[]).includes(value);
}

const DAYS_BACK: Record<Exclude<Comparison, 'previous'>, number> = { week: 7, year: 364 };

/**
 * The inclusive day range to compare `from`–`to` with.
 *
 * @example comparisonRange(Date.UTC(2024, 4, 13), Date.UTC(2024, 4, 19), 'previous')
 * // { from: Date.UTC(2024, 4, 6), to: Date.UTC(2024, 4, 12) }
 */
export function comparisonRange(from: WallMs, to: WallMs, kind: Comparison): DayRange {
  const back = kind === 'previous' ? daysInRange(from, to) : DAYS_BACK[kind];
  return { from: addCalendar(from, 'day', -back), to: addCalendar(to, 'day', -back) };
}
