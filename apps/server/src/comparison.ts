/**
 * `compare=`: the earlier range a traffic answer or the overview is compared with. The range comes
 * from `@footfall/buckets` (`comparisonRange`) and obeys the range limits like the range asked
 * for; its traffic is asked of the same traffic service, so a comparison range already cached
 * costs no platform call.
 */
import {
  type Comparison,
  comparisonRange,
  type DayRange,
  formatDate,
  type Granularity,
} from '@footfall/buckets';
import type { OverviewComparison, Traffic } from '@footfall/contract';
import { refuseBadRange } from './errors.ts';
import { type CacheOutcome, combineOutcomes } from './traffic-service.ts';

/** A comparison's kind and its inclusive day range. */
export interface ComparedRange extends DayRange {
  kind: Comparison;
}

/** An answer as the traffic service and the store traffic give it. */
export interface Answered<B> {
  body: B;
  cache: CacheOutcome;
  expiresAt: number;
}

/**
 * The range to compare `from`–`to` with, refused with 400 when it breaks the range limits of
 * `granularity` (which a range that passes them can, by a leap day).
 *
 * @example comparedRange({ from, to, granularity: 'hour' }, 'week') // { kind: 'week', from: from - 7 days, to: to - 7 days }
 */
export function comparedRange(
  query: DayRange & { granularity: Granularity },
  kind: Comparison,
): ComparedRange {
  const range = comparisonRange(query.from, query.to, kind);
  refuseBadRange(
    range.from,
    range.to,
    query.granularity,
    (message) =>
      `The comparison range (${formatDate(range.from)} to ${formatDate(range.to)}) breaks the range rules: ${message}`,
  );
  return { kind, ...range };
}

/**
 * Asks for `range` and, when given, the earlier range, at once; both settle before a failure is
 * thrown, so every platform call either made is counted.
 *
 * @example const { answer, earlier } = await askWithEarlier(ask, query, range);
 */
export async function askWithEarlier<T>(
  ask: (range: DayRange) => Promise<T>,
  range: DayRange,
  earlierRange: DayRange | undefined,
): Promise<{ answer: T; earlier: T | undefined }> {
  const asked = ask(range);
  const askedEarlier = earlierRange && ask(earlierRange);
  await Promise.allSettled([asked, askedEarlier]);
  return { answer: await asked, earlier: askedEarlier && (await askedEarlier) };
}

/** The overview's `comparison`: the kind and the range, as days. */
export function comparisonRangeBody(range: ComparedRange): OverviewComparison {
  return { kind: range.kind, from: formatDate(range.from), to: formatDate(range.to) };
}

/**
 * `answer` with the earlier range's buckets and totals as its `comparison`. The joined answer is
 * stale when either is, expires with the earlier of the two, and was a hit only when both were.
 *
 * @example withComparison(answer, comparedRange(query, 'year'), earlier).body.comparison?.totals
 */
export function withComparison<B extends Traffic>(
  answer: Answered<B>,
  range: ComparedRange,
  earlier: Answered<Traffic>,
): Answered<B> {
  const { buckets, totals } = earlier.body;
  const body: B = {
    ...answer.body,
    comparison: { ...comparisonRangeBody(range), buckets, totals },
  };
  if (earlier.body.stale) {
    body.stale = true;
    body.staleAgeSeconds = Math.max(
      answer.body.staleAgeSeconds ?? 0,
      earlier.body.staleAgeSeconds ?? 0,
    );
  }
  return {
    body,
    cache: combineOutcomes([answer.cache, earlier.cache]),
    expiresAt: Math.min(answer.expiresAt, earlier.expiresAt),
  };
}
