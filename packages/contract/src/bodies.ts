/**
 * The HTTP API's answers as DESIGN.md specifies them. The server types what it sends from these,
 * the web app parses what it receives with them, and the test fakes are built from them: a
 * change to a shape is made here, once.
 */
import { COMPARISONS, GRANULARITIES } from '@footfall/buckets';
import { z } from './zod.ts';

const count = z.number().check(z.int(), z.nonnegative());

/** `GET /api/health`. */
export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  mode: z.enum(['sandbox', 'live']),
  shared: z.enum(['memory', 'redis']),
});

/** A configured people-counting device: one door of a store. */
export const deviceSchema = z.object({
  mac: z.string(),
  name: z.string(),
  /** The store's display name (empty for a device that belongs to no store). */
  store: z.string(),
  /** The store's id (empty for a device that belongs to no store). */
  storeId: z.string(),
  timezone: z.string(),
  /** `false` for face-recognition cameras, which cannot count walk-outs. */
  countsWalkOut: z.boolean(),
  /** Whether the door counts toward its store's total (an inner door does not). */
  entrance: z.boolean(),
});

/** `GET /api/devices`. */
export const devicesSchema = z.object({ devices: z.array(deviceSchema) });

/** A store: the devices sharing a store name, in the order they are configured. */
export const storeSchema = z.object({
  id: z.string(),
  name: z.string(),
  timezone: z.string(),
  /** Every entrance door of the store counts walk-outs. */
  countsWalkOut: z.boolean(),
  devices: z.array(z.string()),
});

/** `GET /api/stores`. */
export const storesSchema = z.object({ stores: z.array(storeSchema) });

/**
 * One bucket: its start in ISO 8601 at the zone's offset, and its counts. The range is the
 * filter: a week, month, quarter or year that the range's `from` or `to` cuts keeps its period's
 * `start` but counts only the range's days, and says so with `partial` and `days` (how many of
 * the range's days it holds).
 */
export const bucketSchema = z.object({
  start: z.string(),
  walkIn: count,
  /** `null` where walk-outs are not counted. */
  walkOut: z.nullable(count),
  /** Present (and `true`) when the range cuts the bucket's period. */
  partial: z.optional(z.literal(true)),
  /** With `partial`: how many of the range's days the bucket holds. */
  days: z.optional(z.number().check(z.int(), z.positive())),
});

export const totalsSchema = z.object({ walkIn: count, walkOut: z.nullable(count) });

/** One door of a store's traffic answer. */
export const doorSchema = z.object({
  mac: z.string(),
  name: z.string(),
  entrance: z.boolean(),
  countsWalkOut: z.boolean(),
  buckets: z.array(bucketSchema),
  totals: totalsSchema,
});

/** The range an answer is compared with (`compare=`), as inclusive days in the subject's zone. */
const comparisonRangeFields = {
  /** `previous` (the same number of days just before), `week` (7 days earlier), `year` (364). */
  kind: z.enum(COMPARISONS),
  from: z.string(),
  to: z.string(),
};

/** A traffic answer's comparison: the earlier range's buckets and totals, same granularity. */
export const comparisonSchema = z.object({
  ...comparisonRangeFields,
  buckets: z.array(bucketSchema),
  totals: totalsSchema,
});

const trafficFields = {
  granularity: z.enum(GRANULARITIES),
  businessHours: z.boolean(),
  from: z.string(),
  to: z.string(),
  timezone: z.string(),
  buckets: z.array(bucketSchema),
  totals: totalsSchema,
  /** Present when some of the answer is an expired copy, kept because the platform failed. */
  stale: z.optional(z.literal(true)),
  staleAgeSeconds: z.optional(count),
  /** Present when `compare=` was asked for. */
  comparison: z.optional(comparisonSchema),
};

/** `GET /api/traffic?mac=…`: one device. */
export const deviceTrafficSchema = z.object({ device: deviceSchema, ...trafficFields });

/** `GET /api/traffic?store=…`: a store's entrance doors summed, and every door on its own. */
export const storeTrafficSchema = z.object({
  store: storeSchema,
  ...trafficFields,
  doors: z.array(doorSchema),
});

/** `GET /api/traffic`: a device's or a store's answer. */
export const trafficSchema = z.union([deviceTrafficSchema, storeTrafficSchema]);

/** One store's row of the overview. */
export const overviewStoreSchema = z.object({
  id: z.string(),
  name: z.string(),
  timezone: z.string(),
  totals: totalsSchema,
  /** The store's totals over the comparison range, when `compare=` was asked for. */
  comparisonTotals: z.optional(totalsSchema),
});

/** The overview's comparison range (its totals are per store). */
export const overviewComparisonSchema = z.object(comparisonRangeFields);

/** `GET /api/overview`: every store for a range, busiest first. */
export const overviewSchema = z.object({
  from: z.string(),
  to: z.string(),
  businessHours: z.boolean(),
  comparison: z.optional(overviewComparisonSchema),
  stores: z.array(overviewStoreSchema),
  stale: z.optional(z.literal(true)),
});

export type Health = z.infer<typeof healthSchema>;
export type Device = z.infer<typeof deviceSchema>;
export type Devices = z.infer<typeof devicesSchema>;
export type Store = z.infer<typeof storeSchema>;
export type Stores = z.infer<typeof storesSchema>;
export type Bucket = z.infer<typeof bucketSchema>;
export type Totals = z.infer<typeof totalsSchema>;
export type Door = z.infer<typeof doorSchema>;
export type TrafficComparison = z.infer<typeof comparisonSchema>;
export type OverviewComparison = z.infer<typeof overviewComparisonSchema>;
export type DeviceTraffic = z.infer<typeof deviceTrafficSchema>;
export type StoreTraffic = z.infer<typeof storeTrafficSchema>;
export type Traffic = z.infer<typeof trafficSchema>;
export type OverviewStore = z.infer<typeof overviewStoreSchema>;
export type Overview = z.infer<typeof overviewSchema>;
