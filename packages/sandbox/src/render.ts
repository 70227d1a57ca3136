/**
 * Writes buckets as the platform's `data`: rows of `{ time, passengerFlow, outFlowCount }`, by
 * default an array labelled `yyyy-MM-dd HH:mm:ss`, or in one of the other shapes DESIGN says a
 * client must read.
 */
import { formatWallTime, fromWall } from '@footfall/buckets';
import type { TrafficBucket } from './aggregate.ts';

/** The other ways the platform may label a bucket. */
export type LabelFormat =
  | 'yyyy-MM-dd HH:mm:ss'
  | 'yyyy-MM-dd HH:mm'
  | 'yyyy-MM-dd HH'
  | 'yyyy-MM-dd'
  | 'yyyy-MM'
  | 'yyyy'
  /** Epoch milliseconds of the bucket start in the device's zone, as a number. */
  | 'epoch-ms'
  /** The same, as a string. */
  | 'epoch-ms-string';

/** The keys under which the platform may wrap the list of rows. */
export type ListKey = 'list' | 'records' | 'rows' | 'dataList';

export interface ResponseShape {
  /** Put the rows in an object under this key instead of answering a bare array. */
  wrap?: ListKey;
  /** Counts as numeric strings. */
  stringCounts?: boolean;
  label?: LabelFormat;
  /** A device that does not count walk-outs sends `outFlowCount: null` instead of no field. */
  nullWalkOut?: boolean;
  /** `stat.code` as a numeric string. */
  codeAsString?: boolean;
}

function label(start: number, format: LabelFormat, timezone: string): string | number {
  switch (format) {
    case 'epoch-ms':
      return fromWall(start, timezone);
    case 'epoch-ms-string':
      return String(fromWall(start, timezone));
    default:
      // Every text format is a prefix of the full one.
      return formatWallTime(start).slice(0, format.length);
  }
}

/**
 * The `data` of a passenger-flow answer.
 *
 * @example renderRows([{ start: Date.UTC(2024, 0, 1), walkIn: 3, walkOut: 2 }], {}, 'Asia/Shanghai')
 * // [{ time: '2024-01-01 00:00:00', passengerFlow: 3, outFlowCount: 2 }]
 */
export function renderRows(
  buckets: readonly TrafficBucket[],
  shape: ResponseShape,
  timezone: string,
): unknown {
  const count = (n: number): number | string => (shape.stringCounts ? String(n) : n);
  const format = shape.label ?? 'yyyy-MM-dd HH:mm:ss';
  const rows = buckets.map((bucket) => {
    const row: Record<string, unknown> = {
      time: label(bucket.start, format, timezone),
      passengerFlow: count(bucket.walkIn),
    };
    if (bucket.walkOut !== undefined) row.outFlowCount = count(bucket.walkOut);
    else if (shape.nullWalkOut) row.outFlowCount = null;
    return row;
  });
  return shape.wrap === undefined ? rows : { [shape.wrap]: rows, total: rows.length };
}
