/**
 * Face-recognition de-duplication. A face device counts faces, not passes, and Ovopark documents
 * the periods it de-duplicates within: 汇总数据按天去重, 各时段数据按小时去重 (summary data once
 * per day, each time slot once per hour). So a face device's day counts fewer people than its
 * hours add up to (someone who comes back at 15:00 was already counted at 11:00), and a week, a
 * month or a year fewer than its days.
 *
 * The model, deterministic: a share of each period's visitors are regulars, drawn from a fixed
 * pool of people; the rest are always new. A regular seen in several periods of a bucket counts
 * once, so the bucket holds the expected number of distinct regulars, `pool × (1 − Π(1 − r/pool))`
 * over its periods' regulars `r`, plus every new visitor. It applies twice: the hours of a day
 * make the day's figure ({@link HOURS_IN_A_DAY}), and those daily figures make a week's, a
 * month's, a quarter's or a year's ({@link DAYS_IN_A_BUCKET}). One period alone counts in full,
 * and adding a period never lowers a figure nor raises it by more than the period's own count:
 * so a business-hours bucket never beats the all-day one, a span never beats the sum of its days,
 * and only the hours a bucket includes count (inside the range, elapsed, online, in business hours
 * when asked): the figure for an exact span is the platform's own, never a sum of finer rows.
 * Counting devices are exact sums instead: people pass a door each time they come. Decision 020
 * records why this model and not a simpler one.
 */
import type { WallMs } from '@footfall/buckets';

/** How a period's visitors repeat within the bucket that holds it. */
interface Regulars {
  /** The share of a period's visitors who are regulars. */
  share: number;
  /** How many regulars there are, in units of the device's scale (its busiest hour's walk-ins). */
  poolScales: number;
}

/** Within a day: regulars of a lounge or a shop floor come back a few hours later. */
const HOURS_IN_A_DAY: Regulars = { share: 0.4, poolScales: 4 };
/** Across days: the regulars of the week, the month, the year. */
const DAYS_IN_A_BUCKET: Regulars = { share: 0.3, poolScales: 20 };

/** Distinct people over periods: fed each period's count, it answers the distinct figure. */
function union(regulars: Regulars, scale: number) {
  const pool = Math.max(1, regulars.poolScales * scale);
  let counted = 0;
  // The chance that a given regular was absent from every period so far.
  let absent = 1;
  const total = (count: number, absentToo: number): number =>
    Math.round((1 - regulars.share) * count + pool * (1 - absentToo));
  return {
    /** The figure with one more period of `count` visitors, not added (0: the figure so far). */
    figureWith: (count: number) =>
      total(counted + count, absent * Math.max(0, 1 - (regulars.share * count) / pool)),
    add(count: number): void {
      counted += count;
      absent *= Math.max(0, 1 - (regulars.share * count) / pool);
    },
  };
}

/** The distinct visitors of one bucket of a face device, fed its included hours in order. */
export interface DistinctVisitors {
  /** Adds an included hour (a repeated DST hour is added twice): its day and its hourly row. */
  add(day: WallMs, walkIn: number): void;
  /** The bucket's distinct visitors so far: at most the sum of its days, and of its hours. */
  readonly total: number;
}

/**
 * A fresh count for one bucket of a device whose busiest hour sees about `scale` walk-ins.
 *
 * @example
 * const day = distinctVisitors(18);
 * day.add(monday, 20); day.add(monday, 20);
 * day.total // 39: one of the second hour's 20 was there in the first
 */
export function distinctVisitors(scale: number): DistinctVisitors {
  const days = union(DAYS_IN_A_BUCKET, scale);
  let day = Number.NaN;
  let hours = union(HOURS_IN_A_DAY, scale);
  let hoursToday = 0;
  return {
    add(hourDay, walkIn) {
      if (hourDay !== day) {
        if (hoursToday > 0) days.add(hours.figureWith(0));
        day = hourDay;
        hours = union(HOURS_IN_A_DAY, scale);
        hoursToday = 0;
      }
      hours.add(walkIn);
      hoursToday += 1;
    },
    get total() {
      return days.figureWith(hoursToday > 0 ? hours.figureWith(0) : 0);
    },
  };
}
