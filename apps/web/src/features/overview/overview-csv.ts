/**
 * The overview as CSV: header
 * `store_id,store,walk_in,walk_out,net,share,previous_walk_in,change,change_percent`, one row per
 * store in the order shown, an empty cell where walk-outs are not counted (never 0), the share as a
 * fraction of the chain's walk-ins, the previous period's walk-ins with the change and its
 * percentage (empty cells without comparison data, and no percentage against 0), written by
 * `csvTable` (quoting, no formulas, `\n` line ends).
 */
import { csvTable, type CsvCell } from '../export/csv-table.ts';
import type { OverviewRow } from './overview-rows.ts';

const HEADER = [
  'store_id',
  'store',
  'walk_in',
  'walk_out',
  'net',
  'share',
  'previous_walk_in',
  'change',
  'change_percent',
];

/**
 * @example overviewCsv([{ id: 'ginza', name: 'Ginza Boutique', walkIn: 10, walkOut: 8, net: 2, share: 1, previous: 8, change: 2, vsPrevious: 0.25 }])
 * // 'store_id,…,change_percent\nginza,Ginza Boutique,10,8,2,1,8,2,25\n'
 */
export function overviewCsv(rows: readonly OverviewRow[]): string {
  const lines = rows.map((row): CsvCell[] => {
    const share = row.share === null ? null : Math.round(row.share * 10_000) / 10_000;
    const percent = row.vsPrevious === null ? null : Math.round(row.vsPrevious * 1000) / 10;
    const cells = [row.id, row.name, row.walkIn, row.walkOut, row.net, share];
    return [...cells, row.previous, row.change, percent];
  });
  return csvTable([HEADER, ...lines]);
}
