import { SERIES } from '../chart/series-list.ts';
import type { SeriesPoint } from '../chart/series.ts';

/** A counted cell of a bucket the platform sent no row for: text, so it never reads as 0. */
export const NO_DATA = 'no data';

/**
 * The buckets as CSV: header `start` and each series' column (`walk_in,walk_out`), ISO starts
 * with the subject's offset, an empty cell where a series is not counted (never 0), `no data` in
 * the counted cells of a bucket with no data, `\n` line ends.
 *
 * @example toCsv([{ wall: 0, start: '2023-03-29T10:00:00+08:00', walkIn: 12, walkOut: null, missing: false }])
 * // 'start,walk_in,walk_out\n2023-03-29T10:00:00+08:00,12,\n'
 */
export function toCsv(series: readonly SeriesPoint[], countsWalkOut = true): string {
  const columns = SERIES.map((spec) => ({ ...spec, counted: spec.counts({ countsWalkOut }) }));
  const lines = [['start', ...columns.map((c) => c.column)].join(',')];
  for (const point of series) {
    const cells = columns.map(({ key, counted }) => {
      const value = point[key];
      if (!counted) return '';
      if (point.missing) return NO_DATA;
      return value === null ? '' : String(value);
    });
    lines.push([point.start, ...cells].join(','));
  }
  return `${lines.join('\n')}\n`;
}

export function csvBlob(csv: string): Blob {
  return new Blob([csv], { type: 'text/csv;charset=utf-8' });
}
