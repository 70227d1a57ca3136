import { wallParts, type Comparison, type DayRange, type WallMs } from '@footfall/buckets';
import { formatDayRange } from '../../i18n/bucket-label.ts';

/**
 * An earlier range in short for the control and the summary, `Mar 20 – 26`, with its year when
 * it is not the view's last day's (always for a year's comparison: `Mar 28 – Apr 3, 2022`).
 *
 * @example comparedDays({ from: mar20, to: mar26 }, 'week', apr2, 'en-US') // 'Mar 20 – 26'
 */
export function comparedDays(
  range: DayRange,
  kind: Comparison,
  viewTo: WallMs,
  locale: string,
): string {
  const withYear = kind === 'year' || wallParts(range.to).year !== wallParts(viewTo).year;
  return formatDayRange(range.from, range.to, locale, withYear);
}
