import type { Granularity } from '@footfall/buckets';
import { Fragment, useId, type ReactNode } from 'react';
import type { Traffic } from '@footfall/contract';
import { countsWalkOut } from '../../domain/subject.ts';
import { wholePeakOf, type SeriesPoint } from '../../domain/series.ts';
import { ChangeNote } from '../compare/change-note.tsx';
import { bucketFullLabel, periodName } from '../../i18n/bucket-label.ts';
import { useI18n } from '../../i18n/locale.tsx';

/**
 * Totals, net and peak, and with a comparison the change of the totals. Totals come from the
 * server, exact whatever the chart draws.
 */
export function Summary({
  traffic,
  series,
  granularity,
  now,
  children,
}: {
  traffic: Traffic;
  series: readonly SeriesPoint[];
  granularity: Granularity;
  /** When the earlier range's buckets are over (its missing ones are counted). */
  now?: number;

  /** More figure cards, after the peak. */
  children?: ReactNode;
}) {
  const { t, formatNumber, intlLocale } = useI18n();
  const headingId = useId();
  const { walkIn, walkOut } = traffic.totals;
  const counted = countsWalkOut(traffic) && walkOut !== null;
  const notCounted = 'store' in traffic ? t.notCountedShort : t.notCountedByDevice;
  const { peak, leftOut } = wholePeakOf(series);
  const peakNote = leftOut
    .flatMap(({ wall, held }) =>
      held
        ? [t.peakPartialNote(periodName(wall, granularity, intlLocale), held.days, held.periodDays)]
        : [],
    )
    .join(t.peakPartialJoin);

  return (
    <section className="summary" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t.summaryTitle}
      </h2>
      <dl>
        <div className="figure-card">
          <dt>{t.walkIns}</dt>
          <dd>
            {formatNumber(walkIn)}
            <ChangeNote traffic={traffic} series="walkIn" {...(now !== undefined && { now })} />
          </dd>
        </div>
        <div className="figure-card">
          <dt>{t.walkOuts}</dt>
          <dd className={counted ? undefined : 'not-counted'}>
            {counted ? formatNumber(walkOut) : notCounted}
            {counted && <ChangeNote traffic={traffic} series="walkOut" />}
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
                  <WordsUnbroken
                    text={bucketFullLabel(peak.wall, granularity, intlLocale, peak.held)}
                  />
                  {t.peakWhen.after}
                </span>
                {peakNote !== '' && <span className="peak-note">{peakNote}</span>}
              </>
            ) : (
              '–'
            )}
          </dd>
        </div>
        {children}
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
