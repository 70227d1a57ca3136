/**
 * The HTTP API's responses as DESIGN.md specifies them. The web app validates what it receives:
 * a server change that breaks the contract shows as a clear error, not as a wrong chart.
 */
import { GRANULARITIES } from '@footfall/buckets';
import { z } from 'zod';

// zod probes for `new Function` when a schema is built, to compile parsers; the server's CSP
// forbids eval, so the probe would log a violation on every load. This must run before the first
// schema below. Interpreted parsing is plenty fast for these bodies.
z.config({ jitless: true });

export const healthSchema = z.object({
  status: z.literal('ok'),
  mode: z.enum(['sandbox', 'live']),
});

export const deviceSchema = z.object({
  mac: z.string(),
  name: z.string(),
  store: z.string(),
  timezone: z.string(),
  countsWalkOut: z.boolean(),
});

export const devicesSchema = z.object({ devices: z.array(deviceSchema) });

const count = z.number().int().nonnegative();

export const bucketSchema = z.object({
  start: z.string(),
  walkIn: count,
  walkOut: count.nullable(),
});

export const trafficSchema = z.object({
  device: deviceSchema,
  granularity: z.enum(GRANULARITIES),
  businessHours: z.boolean(),
  from: z.string(),
  to: z.string(),
  timezone: z.string(),
  buckets: z.array(bucketSchema),
  totals: z.object({ walkIn: count, walkOut: count.nullable() }),
  stale: z.boolean().optional(),
  staleAgeSeconds: z.number().nonnegative().optional(),
});

export const errorSchema = z.object({
  error: z.looseObject({ code: z.string(), message: z.string() }),
});

export type Health = z.infer<typeof healthSchema>;
export type Device = z.infer<typeof deviceSchema>;
export type Bucket = z.infer<typeof bucketSchema>;
export type Traffic = z.infer<typeof trafficSchema>;
