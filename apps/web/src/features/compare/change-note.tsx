import { parseDate } from '@footfall/buckets';
import type { Traffic } from '@footfall/contract';
import { ARROWS, changeBetween, directionOf, formatChange } from '../../i18n/change.ts';
import { missingBuckets } from '../../domain/gaps.ts';
import { useI18n } from '../../i18n/locale.tsx';
import { comparedDays } from './compared-days.ts';
import { comparisonSeries } from '../../domain/pairing.ts';

/** The answer's earlier range in short (`comparedDays`). */
function comparedRangeText(traffic: Traffic, locale: string): string | undefined {
  const { comparison } = traffic;
  const from = comparison && parseDate(comparison.from);
  const to = comparison && parseDate(comparison.to);
  const viewTo = parseDate(traffic.to);
  if (!comparison || from === undefined || to === undefined || viewTo === undefined) return;
  return comparedDays({ from, to }, comparison.kind, viewTo, locale);
}

/**
 * Under a summary figure: its change against the comparison, signed, as a percentage, with an
 * arrow (colour is never the only cue): "▲ +124 (+8.3%) vs Mar 20 – 26". "No comparison data"
 * when the earlier range has no buckets at all; with `now`, how many of its buckets lack data.
 */
export function ChangeNote({
  traffic,
  series,
  now,
}: {
  traffic: Traffic;
  series: 'walkIn' | 'walkOut';
  /** Given on one figure only: the earlier range's missing buckets are said once. */
  now?: number;
}) {
  const { t, intlLocale, formatNumber } = useI18n();
  const { comparison } = traffic;
  if (!comparison) return null;
  const range = comparedRangeText(traffic, intlLocale) ?? '';
  if (comparison.buckets.length === 0) {
    return (
      <span className="change change-none" data-testid="change">
        {t.noComparisonData} · {t.versus(range)}
      </span>
    );
  }
  const current = traffic.totals[series];
  const earlier = comparison.totals[series];
  if (current === null || earlier === null) return null;
  const change = changeBetween(current, earlier);
  const direction = directionOf(change);
  const gaps =
    now === undefined ? 0 : missingBuckets(comparisonSeries(traffic), traffic, now).length;
  return (
    <span className={`change change-${direction}`} data-testid="change">
      <span aria-hidden="true">{ARROWS[direction]} </span>
      <span className="nowrap">{formatChange(change, t, intlLocale)}</span> {t.versus(range)}
      {gaps > 0 && (
        <span className="change-gaps">
          {' '}
          ({t.comparisonGaps(t.gapCount(gaps, formatNumber(gaps), traffic.granularity))})
        </span>
      )}
    </span>
  );
}
