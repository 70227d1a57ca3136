import type { Granularity } from '@footfall/buckets';
import { Fragment } from 'react';
import { seriesFor, type CountingSubject } from '../../domain/series-list.ts';
import type { SeriesPoint } from '../../domain/series.ts';
import type { RowNotes } from '../flags/flag-notes.ts';
import { bucketFullLabel } from '../../i18n/bucket-label.ts';
import { startToWall } from '../../domain/time.ts';
import { changeOf, formatChange } from '../../i18n/change.ts';
import { useI18n } from '../../i18n/locale.tsx';

const PAGE_SIZE = 200;

/** No data, and a bucket the range cuts (its header says which days it holds), each styled. */
const rowClass = (point: SeriesPoint): string | undefined =>
  [point.missing && 'no-data', point.held && 'partial'].filter(Boolean).join(' ') || undefined;

/** The open data table: a page of rows at a time, with a pager when there is more than one. */
export function DataTableRows({
  series,
  granularity,
  counting,
  notes,
  page,
  onPage,
}: {
  series: readonly SeriesPoint[];
  granularity: Granularity;
  counting: CountingSubject;
  notes: RowNotes | undefined;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t, formatNumber, intlLocale } = useI18n();
  const pages = Math.max(1, Math.ceil(series.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = series.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const firstRow = current * PAGE_SIZE + 1;
  const columns = seriesFor(counting);

  return (
    <>
      {pages > 1 && (
        <div className="pager">
          <button
            type="button"
            disabled={current === 0}
            onClick={() => {
              onPage(current - 1);
            }}
          >
            {t.previousPage}
          </button>
          <span aria-live="polite">
            {t.tablePage(
              formatNumber(firstRow),
              formatNumber(firstRow + rows.length - 1),
              formatNumber(series.length),
            )}
          </span>
          <button
            type="button"
            disabled={current >= pages - 1}
            onClick={() => {
              onPage(current + 1);
            }}
          >
            {t.nextPage}
          </button>
        </div>
      )}
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.tableStart}</th>
              {columns.map(({ key, label, paired }) =>
                paired ? (
                  <Fragment key={key}>
                    <th scope="col">{t.comparedBucket}</th>
                    <th scope="col">{t[label]}</th>
                    <th scope="col">{t.change}</th>
                  </Fragment>
                ) : (
                  <th key={key} scope="col">
                    {t[label]}
                  </th>
                ),
              )}
              {notes && (
                <th scope="col" className="row-note">
                  {notes.header}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((point) => (
              <tr key={point.start} className={rowClass(point)}>
                <th scope="row">
                  <time dateTime={point.start}>
                    {bucketFullLabel(point.wall, granularity, intlLocale, point.held)}
                  </time>
                </th>
                {columns.map(({ key, counted, notCountedValue, paired }) => {
                  const value = point[key] ?? null;
                  if (paired) {
                    const start = point.comparisonStart;
                    const change = point.missing ? undefined : changeOf(point.walkIn, value);
                    return (
                      <Fragment key={key}>
                        <td>
                          {start === undefined ? (
                            '–'
                          ) : (
                            <time dateTime={start}>
                              {bucketFullLabel(
                                startToWall(start),
                                granularity,
                                intlLocale,
                                point.comparisonHeld,
                              )}
                            </time>
                          )}
                        </td>
                        <td>{value === null ? t.noData : formatNumber(value)}</td>
                        <td>{change ? formatChange(change, t, intlLocale) : '–'}</td>
                      </Fragment>
                    );
                  }
                  return (
                    <td key={key}>
                      {point.missing
                        ? t.noData
                        : value === null || !counted
                          ? t[notCountedValue]
                          : formatNumber(value)}
                    </td>
                  );
                })}
                {notes && <td className="row-note">{notes.of(point.wall)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
