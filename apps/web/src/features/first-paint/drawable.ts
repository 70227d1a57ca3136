/**
 * The first paint's check of the early traffic answer, by hand: zod is not in the page's first
 * script (it would delay the first paint by about 0.1–0.25 s here; decision 006). It accepts
 * exactly what the contract's `trafficSchema` accepts, which `drawable.test.ts` holds it to on a
 * shared set of valid and invalid answers; the app still parses the answer with the schema.
 */
import { isComparison, isGranularity } from '@footfall/buckets';
import type { Traffic } from '@footfall/contract';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
// zod's `int()` takes safe integers only.
const isCount = (value: unknown): boolean =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isNullableCount = (value: unknown): boolean => value === null || isCount(value);
const hasStrings = (object: Fields, keys: readonly string[]): boolean =>
  keys.every((key) => typeof object[key] === 'string');
const hasBooleans = (object: Fields, keys: readonly string[]): boolean =>
  keys.every((key) => typeof object[key] === 'boolean');
const isArrayOf = (value: unknown, item: (entry: unknown) => boolean): boolean =>
  Array.isArray(value) && value.every(item);

const isTotals = (value: unknown): boolean =>
  isObject(value) && isCount(value.walkIn) && isNullableCount(value.walkOut);

const isBucket = (value: unknown): boolean =>
  isObject(value) &&
  typeof value.start === 'string' &&
  isCount(value.walkIn) &&
  isNullableCount(value.walkOut) &&
  // A bucket the range cuts: `partial` is only ever `true`, `days` a positive count.
  (value.partial === undefined || value.partial === true) &&
  (value.days === undefined || (isCount(value.days) && value.days !== 0));

const isDevice = (value: unknown): boolean =>
  isObject(value) &&
  hasStrings(value, ['mac', 'name', 'store', 'storeId', 'timezone']) &&
  hasBooleans(value, ['countsWalkOut', 'entrance']);

const isStore = (value: unknown): boolean =>
  isObject(value) &&
  hasStrings(value, ['id', 'name', 'timezone']) &&
  hasBooleans(value, ['countsWalkOut']) &&
  isArrayOf(value.devices, (mac) => typeof mac === 'string');

const isDoor = (value: unknown): boolean =>
  isObject(value) &&
  hasStrings(value, ['mac', 'name']) &&
  hasBooleans(value, ['entrance', 'countsWalkOut']) &&
  isArrayOf(value.buckets, isBucket) &&
  isTotals(value.totals);

/** `compare=`'s earlier range: its kind, days, buckets and totals. */
const isComparisonBody = (value: unknown): boolean =>
  isObject(value) &&
  isComparison(value.kind) &&
  hasStrings(value, ['from', 'to']) &&
  isArrayOf(value.buckets, isBucket) &&
  isTotals(value.totals);

/** The fields a device's and a store's answer share. */
const hasTrafficFields = (body: Fields): boolean =>
  isGranularity(body.granularity) &&
  hasBooleans(body, ['businessHours']) &&
  hasStrings(body, ['from', 'to', 'timezone']) &&
  isArrayOf(body.buckets, isBucket) &&
  isTotals(body.totals) &&
  (body.stale === undefined || body.stale === true) &&
  (body.staleAgeSeconds === undefined || isCount(body.staleAgeSeconds)) &&
  (body.comparison === undefined || isComparisonBody(body.comparison));

function isTraffic(body: unknown): body is Traffic {
  return (
    isObject(body) &&
    hasTrafficFields(body) &&
    (isDevice(body.device) || (isStore(body.store) && isArrayOf(body.doors, isDoor)))
  );
}

/**
 * The early answer if it is a traffic answer per the contract, else `undefined`.
 *
 * @example drawableTraffic(await response.json())?.granularity // 'hour'
 */
export function drawableTraffic(body: unknown): Traffic | undefined {
  return isTraffic(body) ? body : undefined;
}
