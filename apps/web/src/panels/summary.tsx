import type { Granularity } from '@footfall/buckets';
import { useId } from 'react';
import type { Traffic } from '../api/schemas.ts';
import { peakOf, type SeriesPoint } from '../chart/series.ts';
import { bucketFullLabel } from '../format/bucket-label.ts';
import { useI18n } from '../i18n/locale.tsx';

/** Totals, net and peak. Totals come from the server, exact whatever the chart draws. */
export function Summary({
  traffic,
  series,
  granularity,
}: {
  traffic: Traffic;
  series: readonly SeriesPoint[];
  granularity: Granularity;
}) {
  const { t, formatNumber, intlLocale } = useI18n();
  const headingId = useId();
  const { walkIn, walkOut } = traffic.totals;
  const counted = traffic.device.countsWalkOut && walkOut !== null;
  const peak = peakOf(series);

  return (
    <section className="summary" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t.summary}
      </h2>
      <dl>
        <div className="figure-card">
          <dt>{t.walkIns}</dt>
          <dd>{formatNumber(walkIn)}</dd>
        </div>
        <div className="figure-card">
          <dt>{t.walkOuts}</dt>
          <dd className={counted ? undefined : 'not-counted'}>
            {counted ? formatNumber(walkOut) : t.notCounted}
          </dd>
        </div>
        <div className="figure-card">
          <dt>{t.net}</dt>
          <dd className={counted ? undefined : 'not-counted'}>
            {counted ? formatNumber(walkIn - walkOut) : t.notCounted}
          </dd>
        </div>
        <div className="figure-card">
          <dt>{t.peak}</dt>
          <dd>
            {peak ? (
              <>
                {formatNumber(peak.walkIn)}
                <span className="peak-when">
                  {t.peakWhen(bucketFullLabel(peak.wall, granularity, intlLocale))}
                </span>
              </>
            ) : (
              '–'
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
