import type { SeriesPoint } from '../chart/series.ts';

/**
 * The buckets as CSV: header `start,walk_in,walk_out`, ISO starts with the device's offset, an
 * empty walk-out cell where walk-outs are not counted (never 0), `\n` line ends.
 *
 * @example toCsv([{ wall: 0, start: '2023-03-29T10:00:00+08:00', walkIn: 12, walkOut: null }])
 * // 'start,walk_in,walk_out\n2023-03-29T10:00:00+08:00,12,\n'
 */
export function toCsv(series: readonly SeriesPoint[], countsWalkOut = true): string {
  const lines = ['start,walk_in,walk_out'];
  for (const point of series) {
    const walkOut = countsWalkOut && point.walkOut !== null ? String(point.walkOut) : '';
    lines.push(`${point.start},${point.walkIn},${walkOut}`);
  }
  return `${lines.join('\n')}\n`;
}

export function csvBlob(csv: string): Blob {
  return new Blob([csv], { type: 'text/csv;charset=utf-8' });
}
