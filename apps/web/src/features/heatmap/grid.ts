/**
 * The weekday × hour map as numbers: the average walk-ins of each weekday (Monday first, ISO) and
 * hour of the day in the subject's zone, from an hourly all-day answer. A bucket's slot is read
 * from its `start`'s local part, which is a real wall time (DST-true starts, @footfall/buckets):
 * the day DST starts has no bucket for the hour it skips, so that day is not in that hour's
 * average; the day it ends has one bucket for the repeated hour, holding both real hours (as the
 * API answers it, decision 009).
 */
import { isoWeekday, parseIsoLocal, wallParts } from '@footfall/buckets';
import type { Bucket } from '@footfall/contract';

export const WEEKDAYS = 7;
export const HOURS_PER_DAY = 24;

/** One weekday × hour slot: Monday 0 … Sunday 6, and the hour 0–23 of the day. */
export interface Slot {
  weekday: number;
  hour: number;
}

export interface HeatCell extends Slot {
  /**
   * The average walk-ins over the days of this weekday in the range that have data for this
   * hour; `null` when none has (no data, never a 0).
   */
  average: number | null;
  /** How many days the average is taken over. */
  days: number;
  /** Inside business hours: the business-hours answer has data for this slot. */
  business: boolean;
}

export interface HeatGrid {
  /** Seven rows (Monday first) of 24 cells (midnight first). */
  rows: HeatCell[][];
  /** The highest average (0 when no cell has data): the top of the colour scale. */
  max: number;
  /** The slot with the highest average above 0 (the earliest one on a tie), if any. */
  busiest: BusiestSlot | undefined;
}

/** A slot with data: the busiest one. */
export type BusiestSlot = HeatCell & { average: number };

/** The slot of a bucket `start` such as `2026-03-29T03:00:00+02:00`, by its local wall time. */
function slotOf(start: string): Slot | undefined {
  const wall = parseIsoLocal(start);
  if (wall === undefined) return undefined;
  return { weekday: isoWeekday(wall), hour: wallParts(wall).hour };
}

const index = (slot: Slot): number => slot.weekday * HOURS_PER_DAY + slot.hour;

/**
 * The grid of an hourly all-day answer's buckets; `businessBuckets` (the same range's hourly
 * business-hours answer) marks the slots inside business hours. A slot's average is over the
 * days of that weekday whose hour has a bucket: a missing bucket is no data, not a 0.
 *
 * @example weekdayHourGrid(allDay.buckets, business.buckets).busiest // { weekday: 5, hour: 18, average: 187, … }
 */
export function weekdayHourGrid(
  buckets: readonly Pick<Bucket, 'start' | 'walkIn'>[],
  businessBuckets: readonly Pick<Bucket, 'start'>[] = [],
): HeatGrid {
  const size = WEEKDAYS * HOURS_PER_DAY;
  const sums = new Array<number>(size).fill(0);
  const counts = new Array<number>(size).fill(0);
  const business = new Array<boolean>(size).fill(false);
  for (const bucket of buckets) {
    const slot = slotOf(bucket.start);
    if (!slot) continue;
    const i = index(slot);
    sums[i] = (sums[i] ?? 0) + bucket.walkIn;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  for (const bucket of businessBuckets) {
    const slot = slotOf(bucket.start);
    if (slot) business[index(slot)] = true;
  }

  let max = 0;
  let busiest: BusiestSlot | undefined;
  const rows: HeatCell[][] = [];
  for (let weekday = 0; weekday < WEEKDAYS; weekday++) {
    const row: HeatCell[] = [];
    for (let hour = 0; hour < HOURS_PER_DAY; hour++) {
      const i = index({ weekday, hour });
      const days = counts[i] ?? 0;
      const average = days > 0 ? (sums[i] ?? 0) / days : null;
      const cell: HeatCell = { weekday, hour, average, days, business: business[i] ?? false };
      if (average !== null && average > max) {
        max = average;
        busiest = { ...cell, average };
      }
      row.push(cell);
    }
    rows.push(row);
  }
  return { rows, max, busiest };
}

/** The sides of a business-hours cell where the outline runs: where its neighbour is not one. */
export interface Outline {
  top: boolean;
  right: boolean;
  bottom: boolean;
  left: boolean;
}

const NO_OUTLINE: Outline = { top: false, right: false, bottom: false, left: false };

/**
 * Where a cell's business-hours outline runs, so that the outline goes round each block of
 * business hours rather than round every cell.
 *
 * @example outlineOf(grid, { weekday: 0, hour: 10 }) // { top: true, right: false, bottom: false, left: true }
 */
export function outlineOf(grid: HeatGrid, slot: Slot): Outline {
  const inside = (weekday: number, hour: number): boolean =>
    grid.rows[weekday]?.[hour]?.business ?? false;
  const { weekday, hour } = slot;
  if (!inside(weekday, hour)) return NO_OUTLINE;
  return {
    top: !inside(weekday - 1, hour),
    right: !inside(weekday, hour + 1),
    bottom: !inside(weekday + 1, hour),
    left: !inside(weekday, hour - 1),
  };
}
