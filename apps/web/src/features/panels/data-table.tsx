import type { Granularity } from '@footfall/buckets';
import { lazy, Suspense, useState } from 'react';
import type { CountingSubject } from '../../domain/series-list.ts';
import type { SeriesPoint } from '../../domain/series.ts';
import type { RowNotes } from '../flags/flag-notes.ts';
import { useI18n } from '../../i18n/locale.tsx';

// The rows' code loads when the table is first opened: the first view draws the chart, not this.
const DataTableRows = lazy(() =>
  import('./data-table-rows.tsx').then((module) => ({ default: module.DataTableRows })),
);

/**
 * The exact numbers behind the chart. Rows render only while the table is open, a page at a
 * time: a year of hours would otherwise put 26,000 cells in the page for nobody.
 */
export function DataTable({
  series,
  granularity,
  counting,
  notes,
}: {
  series: readonly SeriesPoint[];
  granularity: Granularity;
  counting: CountingSubject;
  /** One more column of text per row (the day flags), when given. */
  notes?: RowNotes;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  // Kept here, so that closing and reopening the table keeps its page.
  const [page, setPage] = useState(0);

  return (
    <details
      className="data-table"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>{t.dataTableTitle}</summary>
      {open && (
        <Suspense fallback={null}>
          <DataTableRows
            series={series}
            granularity={granularity}
            counting={counting}
            notes={notes}
            page={page}
            onPage={setPage}
          />
        </Suspense>
      )}
    </details>
  );
}
