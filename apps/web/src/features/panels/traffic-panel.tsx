/**
 * Everything that depends on the traffic response: states, summary, chart, exports and table,
 * and for a store its door breakdown. A refetch keeps the previous response on screen
 * (placeholder data), marked as updating.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { AfterHoursCard } from '../after-hours/after-hours-card.tsx';
import { trafficQuery } from '../../api/queries.ts';
import { trafficParams } from '../../api/requests.ts';
import { countingOf, subjectFileKey } from '../../domain/subject.ts';
import { downsample, nothingRecorded } from '../../domain/series.ts';
import { TrafficChart } from '../chart/traffic-chart.tsx';
import { DownloadButtons, type Offer } from '../export/download-buttons.tsx';
import { ExportError } from '../../domain/export-problem.ts';
import { csvBlob, toCsv } from '../export/csv.ts';
import { fileStem } from '../export/download.ts';
import { FlagNotice } from '../flags/flag-notice.tsx';
import { useFlagNotes } from '../flags/flag-notes.ts';
import { flagMarks } from '../../domain/flag-places.ts';
import { useDayFlags } from '../flags/use-day-flags.ts';
import { chartCaption } from '../../i18n/caption.ts';
import { GapNotice } from '../gaps/gap-notice.tsx';
import { LazyHeatmap } from '../heatmap/lazy-heatmap.tsx';
import { viewSeries } from '../../domain/pairing.ts';
import { useI18n } from '../../i18n/locale.tsx';
import { useNow } from '../view/use-now.ts';
import type { View } from '../../domain/view-state.ts';
import { DataTable } from './data-table.tsx';
import { anyCut } from '../../domain/partial.ts';
import { DoorBreakdown } from './door-breakdown.tsx';
import { EmptyState, ErrorPanel, LoadingSkeleton, StaleNotice } from '../states/states.tsx';
import { Summary } from './summary.tsx';

export function TrafficPanel({ view }: { view: View }) {
  const { t, intlLocale } = useI18n();
  const query = useQuery(trafficQuery(trafficParams(view)));
  const figureRef = useRef<HTMLElement>(null);
  const traffic = query.data;
  const now = useNow();
  const series = useMemo(() => (traffic ? viewSeries(traffic) : []), [traffic]);
  const drawn = useMemo(() => downsample(series), [series]);
  const flags = useDayFlags(view, query.isPlaceholderData ? undefined : traffic, now);
  const marks = useMemo(
    () => (traffic ? flagMarks(drawn.points, flags, traffic.granularity) : []),
    [drawn, flags, traffic],
  );
  const flagNotes = useFlagNotes(flags, traffic?.granularity ?? view.granularity);

  if (query.isError) {
    return (
      <ErrorPanel
        error={query.error}
        granularity={view.granularity}
        onRetry={() => {
          void query.refetch();
        }}
      />
    );
  }
  if (!traffic) return <LoadingSkeleton />;

  // While a new view loads, the previous response describes the previous view: the answer names
  // its own subject and view.
  const shown = traffic;
  const counting = countingOf(traffic);
  const updating = query.isPlaceholderData || query.isFetching;

  const stem = fileStem({ ...shown, subject: subjectFileKey(shown) });
  const offers: Offer[] = [
    {
      format: 'png',
      stem,
      // The PNG export's code (SVG building, canvas) loads on the first click: the first view
      // does not need it.
      make: () => {
        const figure = figureRef.current;
        if (!figure) throw new ExportError('noChart');
        return import('../export/export-chart.ts').then(({ chartPng }) =>
          chartPng(figure, shown, t, intlLocale, anyCut(drawn.points)),
        );
      },
    },
    {
      format: 'csv',
      stem,
      // The CSV's code stays in the app's chunk: it is about 1 KB, less than the round trip a
      // separate chunk would add to the click.
      make: () =>
        csvBlob(toCsv(series, traffic.granularity, counting.countsWalkOut, counting.comparison)),
    },
  ];

  return (
    <div className="traffic" aria-busy={updating}>
      {traffic.stale === true && <StaleNotice ageSeconds={traffic.staleAgeSeconds} />}
      {updating && (
        <p className="updating" role="status">
          {t.updating}
        </p>
      )}
      <Summary traffic={traffic} series={series} granularity={traffic.granularity} now={now}>
        <AfterHoursCard view={view} />
      </Summary>
      <GapNotice traffic={traffic} series={series} now={now} />
      {nothingRecorded(traffic) ? (
        <EmptyState />
      ) : (
        <>
          <figure ref={figureRef} className="chart-figure">
            <figcaption>
              <span className="chart-title">{t.chartTitle}</span>
              <span className="chart-caption">{chartCaption(shown, t, intlLocale)}</span>
            </figcaption>
            <TrafficChart
              points={drawn.points}
              granularity={traffic.granularity}
              counting={counting}
              flags={marks}
            />
            <FlagNotice flags={flags} />
            {drawn.groupSize > 1 && (
              <p className="hint">
                {t.drawnEvery(drawn.groupSize, t.granularities[traffic.granularity].toLowerCase())}
              </p>
            )}
          </figure>
          <DownloadButtons offers={offers} />
          <DataTable
            series={series}
            granularity={traffic.granularity}
            counting={counting}
            notes={flagNotes}
          />
        </>
      )}
      {'store' in traffic && <DoorBreakdown traffic={traffic} />}
      <LazyHeatmap view={view} />
    </div>
  );
}
