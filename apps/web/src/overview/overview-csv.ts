/**
 * The overview as CSV: header `store_id,store,walk_in,walk_out,net,share`, one row per store in
 * the order shown, an empty cell where walk-outs are not counted (never 0), the share as a
 * fraction of the chain's walk-ins, `\n` line ends.
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
 * @example overviewCsv([{ id: 'ginza', name: 'Ginza Boutique', walkIn: 10, walkOut: 8, net: 2, share: 1 }])
 * // 'store_id,store,walk_in,walk_out,net,share\nginza,Ginza Boutique,10,8,2,1\n'
 */
export function overviewCsv(rows: readonly OverviewRow[]): string {
  const lines = ['store_id,store,walk_in,walk_out,net,share'];
  for (const row of rows) {
    const share = row.share === null ? null : Math.round(row.share * 10_000) / 10_000;
    lines.push([row.id, row.name, row.walkIn, row.walkOut, row.net, share].map(cell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
