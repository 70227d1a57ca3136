/**
 * The overview's rows: each store's walk-ins, walk-outs, net and share of the chain's walk-ins,
 * sorted by a column. Walk-outs a store does not count are `null`, never 0, and sort last.
 */
import type { OverviewStore, Totals } from '@footfall/contract';

export interface OverviewRow {
  id: string;
  name: string;
  walkIn: number;
  walkOut: number | null;
  net: number | null;
  /** The store's walk-ins over the chain's, 0 to 1; `null` when the chain has none. */
  share: number | null;
}

export const COLUMNS = ['name', 'walkIn', 'walkOut', 'net', 'share'] as const;
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
  return stores.map(({ id, name, totals }) => ({
    id,
    name,
    walkIn: totals.walkIn,
    walkOut: totals.walkOut,
    net: totals.walkOut === null ? null : totals.walkIn - totals.walkOut,
    share: chain > 0 ? totals.walkIn / chain : null,
  }));
}

/** The chain's totals: walk-outs only when every store counts them (never a partial sum). */
export function chainTotals(stores: readonly OverviewStore[]): Totals {
  const walkIn = stores.reduce((sum, s) => sum + s.totals.walkIn, 0);
  const counted = stores.every((s) => s.totals.walkOut !== null);
  const walkOut = counted ? stores.reduce((sum, s) => sum + (s.totals.walkOut ?? 0), 0) : null;
  return { walkIn, walkOut };
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
      const x = a.row[column];
      const y = b.row[column];
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
