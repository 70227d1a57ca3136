/**
 * The overview's rows: each store's walk-ins, walk-outs, net, share of the chain's walk-ins and
 * change against the previous period, sorted by a column. Walk-outs a store does not count are
 * `null`, never 0, and sort last; so does the change of a store without comparison data.
 */
import type { OverviewStore, Totals } from '@footfall/contract';
import { changeBetween } from '../../i18n/change.ts';

export interface OverviewRow {
  id: string;
  name: string;
  walkIn: number;
  walkOut: number | null;
  net: number | null;
  /** The store's walk-ins over the chain's, 0 to 1; `null` when the chain has none. */
  share: number | null;
  /** Walk-ins over the previous period; `null`: no comparison data. */
  previous: number | null;
  /** Walk-ins minus the previous period's, and that over them (`null` against 0 or no data). */
  change: number | null;
  vsPrevious: number | null;
}

export const COLUMNS = ['name', 'walkIn', 'walkOut', 'net', 'share', 'vsPrevious'] as const;
export type Column = (typeof COLUMNS)[number];
export type Direction = 'ascending' | 'descending';
export interface Sort {
  column: Column;
  direction: Direction;
}

/** The server's order: busiest first. */
export const DEFAULT_SORT: Sort = { column: 'walkIn', direction: 'descending' };

export function overviewRows(stores: readonly OverviewStore[]): OverviewRow[] {
  const chain = stores.reduce((sum, s) => sum + s.totals.walkIn, 0);
  return stores.map(({ id, name, totals, comparisonTotals }) => {
    const previous = comparisonTotals?.walkIn ?? null;
    const change = previous === null ? undefined : changeBetween(totals.walkIn, previous);
    return {
      id,
      name,
      walkIn: totals.walkIn,
      walkOut: totals.walkOut,
      net: totals.walkOut === null ? null : totals.walkIn - totals.walkOut,
      share: chain > 0 ? totals.walkIn / chain : null,
      previous,
      change: change?.delta ?? null,
      vsPrevious: change?.ratio ?? null,
    };
  });
}

/**
 * A row's value in `column` for sorting: a rise from 0 (no percentage) ranks above every
 * percentage, none at all (0 both times) as 0 %, and no comparison data last.
 */
function sortValue(row: OverviewRow, column: Exclude<Column, 'name'>): number | null {
  if (column !== 'vsPrevious' || row.vsPrevious !== null || row.change === null) return row[column];
  return row.change > 0 ? Number.POSITIVE_INFINITY : 0;
}

/** The chain's totals: walk-outs only when every store counts them (never a partial sum). */
export function chainTotals(stores: readonly OverviewStore[]): Totals {
  const walkIn = stores.reduce((sum, s) => sum + s.totals.walkIn, 0);
  const counted = stores.every((s) => s.totals.walkOut !== null);
  const walkOut = counted ? stores.reduce((sum, s) => sum + (s.totals.walkOut ?? 0), 0) : null;
  return { walkIn, walkOut };
}

/** A change against the previous period, as a row carries it. */
export type VsPrevious = Pick<OverviewRow, 'previous' | 'change' | 'vsPrevious'>;

/**
 * The chain's change: only when every store has comparison data (never a partial sum).
 *
 * @example chainChange(overview.stores)?.vsPrevious // 0.083
 */
export function chainChange(stores: readonly OverviewStore[]): VsPrevious | undefined {
  if (stores.length === 0 || stores.some((s) => s.comparisonTotals === undefined)) return undefined;
  const now = stores.reduce((sum, s) => sum + s.totals.walkIn, 0);
  const previous = stores.reduce((sum, s) => sum + (s.comparisonTotals?.walkIn ?? 0), 0);
  const change = changeBetween(now, previous);
  return { previous, change: change.delta, vsPrevious: change.ratio };
}

/**
 * The rows in `sort`'s order; ties keep the server's order, and `null` sorts last either way.
 *
 * @example sortRows(rows, { column: 'name', direction: 'ascending' }).map((r) => r.name)
 */
export function sortRows(rows: readonly OverviewRow[], sort: Sort): OverviewRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const { column } = sort;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (column === 'name') {
        return sign * a.row.name.localeCompare(b.row.name) || a.index - b.index;
      }
      const x = sortValue(a.row, column);
      const y = sortValue(b.row, column);
      if (x === null || y === null) {
        return (x === null ? 1 : 0) - (y === null ? 1 : 0) || a.index - b.index;
      }
      return sign * (x - y) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** The sort after a click on `column`: the other direction on the same column, else its default. */
export function nextSort(current: Sort, column: Column): Sort {
  if (current.column === column) {
    return {
      column,
      direction: current.direction === 'ascending' ? 'descending' : 'ascending',
    };
  }
  return { column, direction: column === 'name' ? 'ascending' : 'descending' };
}
