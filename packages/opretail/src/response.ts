/**
 * Reading the gateway's answer: the `{ stat, result, data }` envelope, then the passenger rows in
 * whichever shape the platform chose (DESIGN lists them; the documentation gives no examples).
 * Anything unexpected becomes a `malformed` error naming the row and field, never a crash or a
 * silent zero: a chart that quietly shows 0 walk-ins is worse than one that says it could not read.
 */
import {
  bucketStart,
  parseWallTime,
  toWall,
  type Granularity,
  type WallMs,
} from '@footfall/buckets';
import { z } from 'zod';
import { OpretailError, gatewayError } from './errors.ts';

/**
 * One bucket of traffic as the device counted it.
 *
 * @example const row: PassengerRow = { start: Date.UTC(2023, 2, 29, 10), walkIn: 12, walkOut: null };
 */
export interface PassengerRow {
  /** Wall time in the device's zone, floored to the bucket start of the requested timeType. */
  start: WallMs;
  walkIn: number;
  /** `null` when the device does not count walk-outs (absent or null `outFlowCount`), never 0. */
  walkOut: number | null;
}

/**
 * What the rows are read against: the request's bucket size and the device's zone.
 *
 * @example const context: RowContext = { granularity: 'hour', timezone: 'Asia/Shanghai', attempts: 1 };
 */
export interface RowContext {
  granularity: Granularity;
  timezone: string;
  /** The number of the HTTP call that brought this answer, carried by any error. */
  attempts: number;
}

const envelopeSchema = z.object({
  stat: z.object({
    code: z.union(
      [
        z.number().int(),
        z
          .string()
          .regex(/^\s*-?\d+\s*$/)
          .transform(Number),
      ],
      { error: 'expected a whole number' },
    ),
    // Only ever a label for undocumented codes: its absence or odd type is no reason to fail.
    codename: z.unknown().optional(),
  }),
  data: z.unknown().optional(),
});

const rowList = z.array(z.unknown());

// The wrappers are tried in DESIGN's order; the first that holds an array wins.
const dataSchema = z.union([
  rowList,
  z.object({ list: rowList }).transform((data) => data.list),
  z.object({ records: rowList }).transform((data) => data.records),
  z.object({ rows: rowList }).transform((data) => data.rows),
  z.object({ dataList: rowList }).transform((data) => data.dataList),
]);

const MAX_SHOWN = 40;

/**
 * A short rendering of an upstream value for an error message. Objects are summarised by their
 * keys only, so an answer that echoes the request can never carry its signature into a log.
 */
function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `an array of ${value.length} items`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).join(', ');
    return keys === '' ? 'an empty object' : `an object with keys ${clip(keys)}`;
  }
  return clip(JSON.stringify(value));
}

function clip(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

function toCount(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  }
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) {
    const count = Number(value);
    return Number.isSafeInteger(count) ? count : undefined;
  }
  return undefined;
}

const COUNT_EXPECTED = 'expected a whole number of people (number or numeric string)';

const countSchema = z
  .unknown()
  .optional()
  .transform((value, ctx) => {
    const count = toCount(value);
    if (count !== undefined) return count;
    ctx.addIssue({ code: 'custom', message: `${COUNT_EXPECTED}, got ${show(value)}` });
    return z.NEVER;
  });

const optionalCountSchema = z
  .unknown()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === null) return null;
    const count = toCount(value);
    if (count !== undefined) return count;
    ctx.addIssue({ code: 'custom', message: `${COUNT_EXPECTED} or null, got ${show(value)}` });
    return z.NEVER;
  });

// Epoch labels are taken only within 2001-09-09 … 2286-11-20 (13 digits): a compact date such as
// 20230329 or 202303291000 would otherwise read silently as a moment in 1970.
const EPOCH_MIN = 1e12;
const EPOCH_END = 1e13;
// Stryker disable next-line Regex: a string of anything but 13 digits is refused here, or by parseWallTime and the epoch bounds, alike; the anchors say what an epoch label is
const EPOCH_MS = /^\d{13}$/;

/** A label's wall time in the device's zone, before flooring, or `undefined` if unreadable. */
function labelWall(value: unknown, timezone: string): WallMs | undefined {
  let epoch: number;
  if (typeof value === 'number') epoch = value;
  else if (typeof value !== 'string') return undefined;
  else if (EPOCH_MS.test(value.trim()))
    epoch = Number(value); // Number() allows the blanks
  else return parseWallTime(value);
  if (!Number.isInteger(epoch) || epoch < EPOCH_MIN || epoch >= EPOCH_END) return undefined;
  return toWall(epoch, timezone);
}

function rowSchema(context: RowContext) {
  const time = z
    .unknown()
    .optional()
    .transform((value, ctx) => {
      const wall = labelWall(value, context.timezone);
      if (wall !== undefined) return bucketStart(wall, context.granularity);
      ctx.addIssue({
        code: 'custom',
        message: `expected a time label (yyyy-MM-dd HH:mm:ss or shorter, or epoch ms), got ${show(value)}`,
      });
      return z.NEVER;
    });
  return z
    .object(
      { time, passengerFlow: countSchema, outFlowCount: optionalCountSchema },
      { error: (issue) => `expected a row object, got ${show(issue.input)}` },
    )
    .transform((row): PassengerRow => ({
      start: row.time,
      walkIn: row.passengerFlow,
      walkOut: row.outFlowCount,
    }));
}

/** `response.stat.code`, `row 3.time`: the answer's fields are named, never indexed. */
function where(prefix: string, path: readonly PropertyKey[]): string {
  return [prefix, ...path.map(String)].join('.');
}

function malformed(detail: string, attempts: number): OpretailError {
  return new OpretailError({
    kind: 'malformed',
    message: `The Opretail gateway answered in an unexpected format: ${detail}.`,
    attempts,
  });
}

/**
 * Reads a parsed JSON answer of listDevicePassengerIndicator into rows, or throws an
 * `OpretailError` of kind `gateway` (non-zero `stat.code`) or `malformed`.
 *
 * @example parsePassengerResponse({ stat: { code: 0 }, data: [] }, { granularity: 'hour', timezone: 'Asia/Shanghai', attempts: 1 }) // []
 */
export function parsePassengerResponse(body: unknown, context: RowContext): PassengerRow[] {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    const detail = issue ? `${where('response', issue.path)}: ${issue.message}` : 'no envelope';
    throw malformed(detail, context.attempts);
  }
  const { stat, data } = envelope.data;
  if (stat.code !== 0) {
    const codename = typeof stat.codename === 'string' ? stat.codename : undefined;
    throw gatewayError(stat.code, codename, context.attempts);
  }

  const list = dataSchema.safeParse(data);
  if (!list.success) {
    const detail = `data is neither a list of rows nor an object holding one under list, records, rows or dataList (got ${show(data)})`;
    throw malformed(detail, context.attempts);
  }
  const schema = rowSchema(context);
  return list.data.map((row, index) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const detail = issue
      ? `${where(`row ${index}`, issue.path)}: ${issue.message}`
      : `row ${index}`;
    throw malformed(detail, context.attempts);
  });
}
