import type { Granularity } from '@footfall/buckets';
import { Fragment, useId } from 'react';
import type { Traffic } from '@footfall/contract';
import { countsWalkOut } from '../api/subject.ts';
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
  const counted = countsWalkOut(traffic) && walkOut !== null;
  const notCounted = 'store' in traffic ? t.notCountedShort : t.notCounted;
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
            {counted ? formatNumber(walkOut) : notCounted}
          </dd>
        </div>
        <div className="figure-card">
          <dt>{t.net}</dt>
          <dd className={counted ? undefined : 'not-counted'}>
            {counted ? formatNumber(walkIn - walkOut) : notCounted}
          </dd>
        </div>
        <div className="figure-card">
          <dt>{t.peak}</dt>
          <dd>
            {peak ? (
              <>
                {formatNumber(peak.walkIn)}
                <span className="peak-when">
                  {t.peakWhen.before}
                  <WordsUnbroken text={bucketFullLabel(peak.wall, granularity, intlLocale)} />
                  {t.peakWhen.after}
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

/**
 * Text that may wrap between its words only: a narrow card would otherwise break a date such as
 * `04-02` at its hyphen.
 */
function WordsUnbroken({ text }: { text: string }) {
  return text.split(' ').map((word, index) => (
    <Fragment key={index}>
      {index > 0 && ' '}
      <span className="nowrap">{word}</span>
    </Fragment>
  ));
}
