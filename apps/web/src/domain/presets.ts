/**
 * Date presets, computed from "today" in the device's time zone (a store in Shanghai has its own
 * today, whatever the browser's clock says).
 */
import {
  addBuckets,
  bucketStart,
  DAY_MS,
  formatDate,
  toWall,
  type WallMs,
} from '@footfall/buckets';

export const PRESETS = [
  'today',
  'yesterday',
  'last7',
  'last30',
  'thisMonth',
  'lastMonth',
  'thisYear',
] as const;

export type Preset = (typeof PRESETS)[number];

export interface DateRange {
  from: string; // YYYY-MM-DD
  to: string;
}

/** Today's wall midnight in `timeZone`. */
export function todayIn(timeZone: string, now: number): WallMs {
  return bucketStart(toWall(now, timeZone), 'day');
}

/**
 * The inclusive range of a preset, relative to `today` (a wall midnight).
 *
 * @example presetRange('last7', Date.UTC(2023, 2, 29)) // { from: '2023-03-23', to: '2023-03-29' }
 */
export function presetRange(preset: Preset, today: WallMs): DateRange {
  const range = (from: WallMs, to: WallMs): DateRange => ({
    from: formatDate(from),
    to: formatDate(to),
  });
  switch (preset) {
    case 'today':
      return range(today, today);
    case 'yesterday':
      return range(today - DAY_MS, today - DAY_MS);
    case 'last7':
      return range(today - 6 * DAY_MS, today);
    case 'last30':
      return range(today - 29 * DAY_MS, today);
    case 'thisMonth':
      return range(bucketStart(today, 'month'), today);
    case 'lastMonth': {
      const thisMonth = bucketStart(today, 'month');
      return range(addBuckets(thisMonth, 'month', -1), thisMonth - DAY_MS);
    }
    case 'thisYear':
      return range(bucketStart(today, 'year'), today);
  }
}
