import type { Comparison, Granularity } from '@footfall/buckets';
import { periodDays, type DaysHeld } from '../../domain/partial.ts';
import { countedSeries, SERIES, type SeriesSpec } from '../../domain/series-list.ts';
import type { SeriesPoint } from '../../domain/series.ts';
import { startToWall } from '../../domain/time.ts';
import { changeOf } from '../../i18n/change.ts';
import { csvTable, type CsvCell } from './csv-table.ts';

/** A counted cell of a bucket the platform sent no row for: text, so it never reads as 0. */
const NO_DATA = 'no data';

/** A series' columns: its own, or for the comparison its bucket's start, walk-ins and change. */
const columnsOf = (spec: SeriesSpec): string[] =>
  spec.paired
    ? [
        spec.paired.startColumn,
        spec.paired.daysColumn,
        spec.column,
        spec.paired.changeColumn,
        spec.paired.changePercentColumn,
      ]
    : [spec.column];

/**
 * A bucket's `days` cell: the range's days it holds, so a cut week reads `5` and a whole one
 * `7` (a month 28–31, a day 1); empty for an hour, which is no number of days.
 */
function daysCell(wall: number, held: DaysHeld | undefined, granularity: Granularity): CsvCell {
  return held?.days ?? periodDays(wall, granularity) ?? null;
}

/** The comparison's cells of a point: `no data` where a side has none, and no % against 0. */
function pairedCells(point: SeriesPoint, granularity: Granularity): CsvCell[] {
  const then = point.comparison ?? null;
  const change = point.missing ? undefined : changeOf(point.walkIn, then);
  const percent =
    change?.ratio === null || change === undefined ? null : Math.round(change.ratio * 1000) / 10;
  const start = point.comparisonStart;
  return [
    start ?? null,
    start === undefined ? null : daysCell(startToWall(start), point.comparisonHeld, granularity),
    then ?? NO_DATA,
    change === undefined ? null : change.delta,
    percent,
  ];
}

/**
 * The buckets as CSV: header `start,days` and each series' column (`walk_in,walk_out`; with a
 * comparison `comparison_start,comparison_days,comparison_walk_in,change,change_percent` too),
 * `days` the range's days in the bucket (fewer than its period's where the range cuts it; empty
 * for hours; `comparison_days` the same of the compared bucket in its range), ISO starts with the
 * subject's offset, an empty cell where a series is not counted (never 0), `no data` in the counted
 * cells of a bucket with no data (either side of a comparison), written by `csvTable`. The change is
 * walk-ins minus the compared walk-ins, and its percentage of them (empty against 0).
 *
 * @example toCsv([{ wall: 0, start: '2023-03-29T10:00:00+08:00', walkIn: 12, walkOut: null, missing: false }], 'hour')
 * // 'start,days,walk_in,walk_out\n2023-03-29T10:00:00+08:00,,12,\n'
 */
export function toCsv(
  series: readonly SeriesPoint[],
  granularity: Granularity,
  countsWalkOut = true,
  comparison?: Comparison,
): string {
  const subject = { countsWalkOut, ...(comparison && { comparison }) };
  const shown = new Set(countedSeries(subject).map((spec) => spec.key));
  // Walk-outs keep their column where not counted (empty cells); the comparison only exists with one.
  const columns = SERIES.filter((spec) => shown.has(spec.key) || !spec.paired).map((spec) => ({
    ...spec,
    counted: shown.has(spec.key),
  }));
  const header = ['start', 'days', ...columns.flatMap(columnsOf)];
  const lines = series.map((point): CsvCell[] => {
    const cells = columns.flatMap((spec): CsvCell[] => {
      if (spec.paired) return pairedCells(point, granularity);
      if (!spec.counted) return [null];
      if (point.missing) return [NO_DATA];
      return [point[spec.key] ?? null];
    });
    return [point.start, daysCell(point.wall, point.held, granularity), ...cells];
  });
  return csvTable([header, ...lines]);
}

export function csvBlob(csv: string): Blob {
  return new Blob([csv], { type: 'text/csv;charset=utf-8' });
}
