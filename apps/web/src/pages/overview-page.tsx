/**
 * The overview page (`/overview`): every store over one range, side by side, sortable, exported
 * as CSV; a store's row opens its view over the same range.
 */
import { parseDate } from '@footfall/buckets';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { overviewQuery, storesQuery } from '../api/queries.ts';
import { BusinessHoursSwitch } from '../features/controls/business-hours-switch.tsx';
import { DateRangeControls } from '../features/controls/date-range.tsx';
import { csvBlob } from '../features/export/csv.ts';
import { DownloadButtons } from '../features/export/download-buttons.tsx';
import { formatDay, formatDayRange } from '../i18n/bucket-label.ts';
import { useI18n } from '../i18n/locale.tsx';
import { ErrorPanel, LoadingSkeleton, StaleNotice } from '../features/states/states.tsx';
import { storeLink } from '../domain/pages.ts';
import { overviewCsv } from '../features/overview/overview-csv.ts';
import {
  chainChange,
  chainTotals,
  DEFAULT_SORT,
  nextSort,
  overviewRows,
  sortRows,
  type Sort,
} from '../features/overview/overview-rows.ts';
import { OverviewTable } from '../features/overview/overview-table.tsx';
import { overviewParams, type OverviewView } from '../domain/overview-view.ts';
import { useOverviewView } from './use-overview-view.ts';

export function OverviewPage() {
  const { t } = useI18n();
  const stores = useQuery(storesQuery());
  // "Today" for the range's defaults and presets is the first store's.
  const timeZone = stores.data ? (stores.data[0]?.timezone ?? 'UTC') : undefined;
  const { view, setView } = useOverviewView(timeZone);

  if (stores.isError) {
    return (
      <ErrorPanel
        error={stores.error}
        onRetry={() => {
          void stores.refetch();
        }}
      />
    );
  }
  if (!stores.data || !view) {
    return <LoadingSkeleton />;
  }
  if (stores.data.length === 0) {
    return <p className="empty">{t.noStores}</p>;
  }
  return (
    <>
      <section className="controls" aria-label={t.controlsLabel}>
        <DateRangeControls
          from={view.from}
          to={view.to}
          timeZone={timeZone ?? 'UTC'}
          onChange={(range) => {
            setView({ ...view, ...range });
          }}
        />
        <BusinessHoursSwitch
          checked={view.businessHours}
          onChange={(businessHours) => {
            setView({ ...view, businessHours });
          }}
        />
      </section>
      <OverviewPanel view={view} />
    </>
  );
}

function OverviewPanel({ view }: { view: OverviewView }) {
  const { t, intlLocale } = useI18n();
  const query = useQuery(overviewQuery(overviewParams(view)));
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const headingId = useId();
  const overview = query.data;
  const rows = useMemo(
    () => (overview ? sortRows(overviewRows(overview.stores), sort) : []),
    [overview, sort],
  );

  if (query.isError) {
    return (
      <ErrorPanel
        error={query.error}
        onRetry={() => {
          void query.refetch();
        }}
      />
    );
  }
  if (!overview) return <LoadingSkeleton />;

  const day = (text: string) => {
    const wall = parseDate(text);
    return wall === undefined ? text : formatDay(wall, intlLocale);
  };
  const updating = query.isPlaceholderData || query.isFetching;
  const shown = { from: overview.from, to: overview.to, businessHours: overview.businessHours };
  const compared = overview.comparison;
  const comparedFrom = compared && parseDate(compared.from);
  const comparedTo = compared && parseDate(compared.to);
  const comparison =
    comparedFrom === undefined || comparedTo === undefined
      ? undefined
      : t.versus(formatDayRange(comparedFrom, comparedTo, intlLocale, true));
  return (
    <section className="overview" aria-labelledby={headingId} aria-busy={updating}>
      {overview.stale === true && <StaleNotice ageSeconds={undefined} />}
      <div className="overview-head">
        <h2 id={headingId}>{t.overviewTitle}</h2>
        <p className="chart-caption">
          {t.overviewCaption({
            from: day(overview.from),
            to: day(overview.to),
            businessHours: overview.businessHours ? t.businessHoursOn : t.businessHoursOff,
            ...(comparison !== undefined && { comparison }),
          })}
        </p>
      </div>
      <OverviewTable
        rows={rows}
        chain={chainTotals(overview.stores)}
        chainChange={chainChange(overview.stores)}
        sort={sort}
        onSort={(column) => {
          setSort(nextSort(sort, column));
        }}
        storeHref={(id) => storeLink(shown, id)}
      />
      <DownloadButtons
        offers={[
          {
            format: 'csv',
            stem: `footfall-overview-${overview.from}-${overview.to}`,
            make: () => csvBlob(overviewCsv(rows)),
          },
        ]}
      />
    </section>
  );
}
