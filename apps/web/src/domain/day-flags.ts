/**
 * Flags: days whose numbers a store manager should not take at face value, each with a plain
 * reason. They are worked out per door and per day, whatever the view's granularity, from a
 * business-hours answer by hour or by day (the platform's `isOnBusinessTime=1`: only the store's
 * business hours have rows):
 * - "possibly offline": a day that is over, in the range, with no row at all, so the door sent
 *   nothing through the whole business day (a store closed that day looks the same, hence
 *   "possibly");
 * - "counts disagree": a door that counts walk-outs saw more than 10 % more of them than walk-ins
 *   over a day that is over.
 * The days with no data are the gaps of a daily series (`gaps/`), so both screens agree on them.
 */
import {
  bucketIsOver,
  bucketStart,
  checkRange,
  formatDate,
  formatIsoInZone,
  parseDate,
  zonedBucketStart,
  type Granularity,
} from '@footfall/buckets';
import type { Bucket, Traffic } from '@footfall/contract';
import type { TrafficParams } from './queries.ts';
import { startToWall } from './time.ts';
import { missingBuckets, seriesWithGaps } from './gaps.ts';

export const FLAG_KINDS = ['offline', 'disagree'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** Walk-outs above walk-ins by more than this share over a day: the counts disagree. */
const DISAGREE_MARGIN = 0.1;

/** One flagged day of one door (for a device, the device itself). */
export interface DayFlag {
  kind: FlagKind;
  /** `YYYY-MM-DD` in the subject's zone. */
  day: string;
  /** The day's wall midnight. */
  wall: number;
  mac: string;
  door: string;
  /** The day's business-hours counts; 0 and `null` for a day with no data. */
  walkIn: number;
  walkOut: number | null;
}

/**
 * The query that flags a view: its range and subject, by hour or by day in business hours only.
 * An hourly or daily view is flagged from its own granularity (the after-hours card asks the same
 * query, so it is shared); a coarser one by day. `undefined` when a daily query cannot cover the
 * range (over 3 years).
 *
 * @example flagParams({ ...view, granularity: 'month' })?.granularity // 'day'
 */
export function flagParams(view: TrafficParams): TrafficParams | undefined {
  const granularity: Granularity =
    view.granularity === 'hour' || view.granularity === 'day' ? view.granularity : 'day';
  const from = parseDate(view.from);
  const to = parseDate(view.to);
  if (from === undefined || to === undefined || checkRange(from, to, granularity)) return undefined;
  return { subject: view.subject, from: view.from, to: view.to, granularity, businessHours: true };
}

/** Whether an answer can be flagged: business hours only, by hour or by day. */
const canFlag = (answer: Traffic): boolean =>
  answer.businessHours && (answer.granularity === 'hour' || answer.granularity === 'day');

/** A door's buckets summed per day, each starting at the day's first real moment. */
function dailyBuckets(
  buckets: readonly Bucket[],
  granularity: Granularity,
  zone: string,
): Bucket[] {
  if (granularity === 'day') return [...buckets];
  const days = new Map<number, Bucket>();
  for (const bucket of buckets) {
    const wall = zonedBucketStart(startToWall(bucket.start), 'day', zone);
    const day = days.get(wall) ?? { start: formatIsoInZone(wall, zone), walkIn: 0, walkOut: 0 };
    day.walkIn += bucket.walkIn;
    day.walkOut =
      day.walkOut === null || bucket.walkOut === null ? null : day.walkOut + bucket.walkOut;
    days.set(wall, day);
  }
  return [...days.values()];
}

/** The doors an answer speaks for: a store's every door, or the device alone. */
function doorsOf(answer: Traffic) {
  if ('doors' in answer) return answer.doors;
  const { mac, name, countsWalkOut } = answer.device;
  return [{ mac, name, countsWalkOut, buckets: answer.buckets }];
}

/**
 * The flags of a business-hours answer by hour or by day, door by door in the answer's order,
 * each door's days in order; `[]` for any other answer. Only days over at `now` are flagged.
 *
 * @example dayFlags(storeAnswer, Date.now()).filter((f) => f.kind === 'offline').map((f) => f.door)
 */
export function dayFlags(answer: Traffic, now: number): DayFlag[] {
  if (!canFlag(answer)) return [];
  const scope = {
    from: answer.from,
    to: answer.to,
    timezone: answer.timezone,
    granularity: 'day' as const,
  };
  return doorsOf(answer).flatMap((door) => {
    const series = seriesWithGaps({
      ...scope,
      buckets: dailyBuckets(door.buckets, answer.granularity, answer.timezone),
    });
    const over = new Set(missingBuckets(series, scope, now).map((point) => point.wall));
    const flag = (
      kind: FlagKind,
      wall: number,
      walkIn: number,
      walkOut: number | null,
    ): DayFlag => {
      const midnight = bucketStart(wall, 'day');
      return {
        kind,
        day: formatDate(midnight),
        wall: midnight,
        mac: door.mac,
        door: door.name,
        walkIn,
        walkOut,
      };
    };
    return series.flatMap((point): DayFlag[] => {
      if (point.missing) return over.has(point.wall) ? [flag('offline', point.wall, 0, null)] : [];
      const { walkIn, walkOut } = point;
      if (!door.countsWalkOut || walkIn === null || walkOut === null) return [];
      if (walkOut <= walkIn * (1 + DISAGREE_MARGIN)) return [];
      return bucketIsOver(point.wall, 'day', answer.timezone, now)
        ? [flag('disagree', point.wall, walkIn, walkOut)]
        : [];
    });
  });
}
