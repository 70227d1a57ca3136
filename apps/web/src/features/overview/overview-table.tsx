/**
 * The overview table: one row per store, columns that sort (a button in each header, the header
 * carrying `aria-sort`), and each store's name a link to its view over the same range.
 */
import type { Totals } from '@footfall/contract';
import { ARROWS, directionOf, formatChange } from '../../i18n/change.ts';
import { useI18n } from '../../i18n/locale.tsx';
import { followLink, navigate } from '../view/location.ts';
import {
  COLUMNS,
  type Column,
  type OverviewRow,
  type Sort,
  type VsPrevious,
} from './overview-rows.ts';

export function OverviewTable({
  rows,
  chain,
  chainChange,
  sort,
  onSort,
  storeHref,
}: {
  rows: readonly OverviewRow[];
  chain: Totals;
  /** The chain's change; absent unless every store has comparison data. */
  chainChange: VsPrevious | undefined;
  sort: Sort;
  onSort: (column: Column) => void;
  storeHref: (id: string) => string;
}) {
  const { t, formatNumber, intlLocale } = useI18n();
  const percent = new Intl.NumberFormat(intlLocale, {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  const names: Record<Column, string> = {
    name: t.store,
    walkIn: t.walkIns,
    walkOut: t.walkOuts,
    net: t.net,
    share: t.shareOfChain,
    vsPrevious: t.vsPrevious,
  };
  const vsPrevious = (row: VsPrevious) => {
    if (row.previous === null || row.change === null) {
      return <td className="change change-none">{t.noComparisonData}</td>;
    }
    const change = { delta: row.change, ratio: row.vsPrevious };
    const direction = directionOf(change);
    return (
      <td className={`change change-${direction}`}>
        <span aria-hidden="true">{ARROWS[direction]} </span>
        {formatChange(change, t, intlLocale)}
      </td>
    );
  };
  const count = (value: number | null) =>
    value === null ? (
      <td className="not-counted">{t.notCountedShort}</td>
    ) : (
      <td>{formatNumber(value)}</td>
    );

  return (
    <div className="table-scroll overview-table">
      <table aria-label={t.overviewTitle}>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const sorted = sort.column === column ? sort.direction : undefined;
              return (
                <th key={column} scope="col" aria-sort={sorted ?? 'none'}>
                  <button
                    type="button"
                    className="sort"
                    aria-label={t.sortBy(names[column])}
                    onClick={() => {
                      onSort(column);
                    }}
                  >
                    {names[column]}
                    <span
                      aria-hidden="true"
                      className={sorted ? 'sort-mark' : 'sort-mark sort-mark-idle'}
                    >
                      {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const href = storeHref(row.id);
            return (
              <tr
                key={row.id}
                className="row-link"
                onClick={(event) => {
                  // The link handles its own clicks (and modified ones open a new tab).
                  if (event.target instanceof Element && event.target.closest('a')) return;
                  navigate(href);
                }}
              >
                <th scope="row">
                  <a href={href} onClick={followLink}>
                    {row.name}
                  </a>
                </th>
                <td>{formatNumber(row.walkIn)}</td>
                {count(row.walkOut)}
                {count(row.net)}
                <td>{row.share === null ? '–' : percent.format(row.share)}</td>
                {vsPrevious(row)}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.chainTotal}</th>
            <td>{formatNumber(chain.walkIn)}</td>
            {count(chain.walkOut)}
            {count(chain.walkOut === null ? null : chain.walkIn - chain.walkOut)}
            <td>{chain.walkIn > 0 ? percent.format(1) : '–'}</td>
            {chainChange ? vsPrevious(chainChange) : <td>–</td>}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
