/**
 * A view's buckets paired with its comparison's: bucket i of the view is read against bucket i of
 * the earlier range, counted in the buckets each range should have (`expectedStarts`), never in
 * the answers' lists, so a bucket missing on either side is no data and shifts nothing. Hours
 * pair by their wall-clock hour on the matching day (the same thing away from DST), so a day that
 * DST shortens does not move every later hour by one. See docs/decisions/010.
 */
import { expectedStarts, formatIsoInZone, parseDate, type WallMs } from '@footfall/buckets';
import type { Traffic } from '@footfall/contract';
import { daysHeld } from './partial.ts';
import type { SeriesPoint } from './series.ts';
import { startToWall } from './time.ts';
import { seriesWithGaps, type BucketScope } from './gaps.ts';

/** The earlier range's days (as an answer's `comparison` names them). */
export interface ComparedDays {
  from: string;
  to: string;
}

/**
 * The start (wall time) of the compared bucket for each expected start of the view; a view
 * bucket the earlier range has no counterpart for is not in the map.
 *
 * @example comparedStarts(weekOfHours, { from: '2023-03-20', to: '2023-03-26' }).get(monday10h) // monday10h − 7 days
 */
function comparedStarts(view: BucketScope, earlier: ComparedDays): Map<WallMs, WallMs> {
  const pairs = new Map<WallMs, WallMs>();
  const viewFrom = parseDate(view.from);
  const viewTo = parseDate(view.to);
  const from = parseDate(earlier.from);
  const to = parseDate(earlier.to);
  if (viewFrom === undefined || viewTo === undefined || from === undefined || to === undefined) {
    return pairs;
  }
  const mine = expectedStarts(viewFrom, viewTo, view.granularity, view.timezone);
  const theirs = expectedStarts(from, to, view.granularity, view.timezone);
  if (view.granularity === 'hour') {
    // Whole days apart: the same hour of the matching day, when that hour exists there.
    const shift = viewFrom - from;
    const real = new Set(theirs);
    for (const wall of mine) if (real.has(wall - shift)) pairs.set(wall, wall - shift);
    return pairs;
  }
  mine.forEach((wall, i) => {
    const paired = theirs[i];
    if (paired !== undefined) pairs.set(wall, paired);
  });
  return pairs;
}

/**
 * The view's series (no-data points included, as `seriesWithGaps` gives them) with each point's
 * compared bucket: its start and walk-ins, `null` walk-ins where the earlier range has no data.
 * Without a comparison, the series as it is.
 *
 * @example viewSeries(answerWithComparison)[0]?.comparison // the earlier range's first walk-ins
 */
export function viewSeries(traffic: Traffic): SeriesPoint[] {
  const series = seriesWithGaps(traffic);
  const { comparison } = traffic;
  if (!comparison) return series;
  const pairs = comparedStarts(traffic, comparison);
  const earlier = new Map(comparison.buckets.map((bucket) => [startToWall(bucket.start), bucket]));
  return series.map((point) => {
    const wall = pairs.get(point.wall);
    if (wall === undefined) return { ...point, comparison: null };
    const bucket = earlier.get(wall);
    // The earlier range's edges cut its buckets as the view's cut the view's.
    const held = daysHeld(bucket, wall, { ...comparison, granularity: traffic.granularity });
    return {
      ...point,
      comparison: bucket ? bucket.walkIn : null,
      comparisonStart: bucket ? bucket.start : formatIsoInZone(wall, traffic.timezone),
      ...(held && { comparisonHeld: held }),
    };
  });
}

/** The earlier range's own series with its no-data points, to count what it lacks. */
export function comparisonSeries(traffic: Traffic): SeriesPoint[] {
  const { comparison } = traffic;
  if (!comparison) return [];
  return seriesWithGaps({ ...traffic, ...comparison, buckets: comparison.buckets });
}
