/**
 * The weekday × hour map of the view's range, for a door or a store: hourly and all day whatever
 * the chart shows (an hourly all-day view shares its answer through the cache), with the hours the
 * business-hours answer covers outlined. Loaded lazily (lazy-heatmap.tsx) once the chart has its
 * answer, so it never delays the first chart.
 */
import { allowsGranularity, parseDate } from '@footfall/buckets';
import { useId, useMemo } from 'react';
import { useAllDayAndBusinessHours } from '../after-hours/use-business-hours.ts';
import { DownloadButtons } from '../export/download-buttons.tsx';
import { fileStem } from '../export/download.ts';
import { useI18n } from '../../i18n/locale.tsx';
import { ErrorPanel } from '../states/states.tsx';
import { subjectFileKey } from '../../domain/subject.ts';
import type { View } from '../../domain/view-state.ts';
import { heatmapPng } from './export-heatmap.ts';
import { weekdayHourGrid, type HeatGrid } from './grid.ts';
import { HeatmapGrid } from './heatmap-grid.tsx';
import { HeatmapTable } from './heatmap-table.tsx';
import { averageFormat, busiestText } from './labels.ts';
import { SCALE_STOPS } from './scale.ts';
import './heatmap.css';

/** Whether the view's range fits the hourly range limit (92 days). */
function fitsHours(view: View): boolean {
  const from = parseDate(view.from);
  const to = parseDate(view.to);
  return from !== undefined && to !== undefined && allowsGranularity(from, to, 'hour');
}

export function HeatmapSection({ view }: { view: View }) {
  const { t } = useI18n();
  const headingId = useId();
  const fits = fitsHours(view);
  const { allDay, business } = useAllDayAndBusinessHours(
    { subject: view.subject, from: view.from, to: view.to, granularity: 'hour' },
    fits,
  );
  const grid = useMemo(
    () =>
      allDay.data && business.data
        ? weekdayHourGrid(allDay.data.buckets, business.data.buckets)
        : undefined,
    [allDay.data, business.data],
  );
  const failed = allDay.isError ? allDay : business.isError ? business : undefined;

  let body;
  if (!fits) {
    body = (
      <p className="empty" role="status">
        {t.heatmapTooLong(t.rangeLimit('hour'))}
      </p>
    );
  } else if (failed) {
    body = (
      <ErrorPanel
        error={failed.error}
        granularity="hour"
        onRetry={() => {
          void failed.refetch();
        }}
      />
    );
  } else if (!grid || !allDay.data) {
    body = (
      <div className="heatmap-loading skeleton-chart" role="status" aria-busy="true">
        <span className="visually-hidden">{t.loading}</span>
      </div>
    );
  } else {
    body = <HeatmapFigure grid={grid} traffic={allDay.data} />;
  }
  const updating = fits && (allDay.isPlaceholderData || business.isPlaceholderData);

  return (
    <section
      className="heatmap chart-figure"
      aria-labelledby={headingId}
      aria-busy={updating}
      data-testid="heatmap"
    >
      <h2 id={headingId} className="chart-title">
        {t.heatmapTitle}
      </h2>
      <p className="chart-caption">{t.heatmapCaption}</p>
      {body}
    </section>
  );
}

function HeatmapFigure({
  grid,
  traffic,
}: {
  grid: HeatGrid;
  traffic: Parameters<typeof heatmapPng>[1];
}) {
  const { t, intlLocale } = useI18n();
  const format = averageFormat(intlLocale);
  const png = {
    format: 'png',
    stem: fileStem({ ...traffic, subject: subjectFileKey(traffic), granularity: 'weekday-hour' }),
    make: () => heatmapPng(grid, traffic, t, intlLocale),
    label: t.heatmapExport,
  } as const;

  return (
    <>
      {grid.busiest && (
        <p className="heatmap-busiest" data-testid="heatmap-busiest">
          {busiestText(grid.busiest, t, intlLocale)}
        </p>
      )}
      <HeatmapGrid key={`${traffic.from}|${traffic.to}`} grid={grid} />
      <ul className="heatmap-legend" aria-label={t.heatmapLegend}>
        <li>
          <span className="heatmap-legend-title">{t.heatmapLegend}</span>
          <span>{format(0)}</span>
          <span
            className="heatmap-ramp"
            aria-hidden="true"
            style={{ background: `linear-gradient(to right, ${SCALE_STOPS.join(', ')})` }}
          />
          <span>{format(grid.max)}</span>
        </li>
        <li>
          <span className="heatmap-key heatmap-key-no-data" aria-hidden="true" />
          {t.noData}
        </li>
        <li>
          <span className="heatmap-key heatmap-key-business" aria-hidden="true" />
          {t.heatmapBusinessHours}
        </li>
      </ul>
      <DownloadButtons offers={[png]} />
      <HeatmapTable grid={grid} />
    </>
  );
}
