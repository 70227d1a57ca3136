/**
 * The overview as CSV: header
 * `store_id,store,walk_in,walk_out,net,share,previous_walk_in,change,change_percent`, one row per
 * store in the order shown, an empty cell where walk-outs are not counted (never 0), the share as a
 * fraction of the chain's walk-ins, the previous period's walk-ins with the change and its
 * percentage (empty cells without comparison data, and no percentage against 0), `\n` line ends.
 */
import type { OverviewRow } from './overview-rows.ts';

/** A cell, quoted when it holds a separator, a quote or a line end; a formula never starts one. */
function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * @example overviewCsv([{ id: 'ginza', name: 'Ginza Boutique', walkIn: 10, walkOut: 8, net: 2, share: 1, previous: 8, change: 2, vsPrevious: 0.25 }])
 * // 'store_id,…,change_percent\nginza,Ginza Boutique,10,8,2,1,8,2,25\n'
 */
export function overviewCsv(rows: readonly OverviewRow[]): string {
  const lines = [
    'store_id,store,walk_in,walk_out,net,share,previous_walk_in,change,change_percent',
  ];
  for (const row of rows) {
    const share = row.share === null ? null : Math.round(row.share * 10_000) / 10_000;
    const percent = row.vsPrevious === null ? null : Math.round(row.vsPrevious * 1000) / 10;
    const cells = [row.id, row.name, row.walkIn, row.walkOut, row.net, share];
    lines.push([...cells, row.previous, row.change, percent].map(cell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
