/**
 * The query strings of the HTTP API as the server validates them: what a client sends (strings)
 * and what the server works with (wall days, a normalised MAC, booleans). A bad query is refused
 * with one message per problem, naming the parameter.
 */
import { COMPARISONS, GRANULARITIES, parseDate } from '@footfall/buckets';
import { normalizeMac } from './mac.ts';
import { z } from './zod.ts';

/**
 * Refuses a value inside a transform with `message` (mini's transforms have no `ctx.addIssue`;
 * this is the issue classic zod's `ctx.addIssue(message)` makes).
 */
function refuse(ctx: z.core.ParsePayload, message: string): never {
  ctx.issues.push({ code: 'custom', message, input: ctx.value });
  return z.NEVER;
}

/** `name is required`, or, for a parameter given twice (an array), `name must be given once`. */
const date = (name: string) =>
  z.pipe(
    z.string({
      error: (issue) =>
        issue.input === undefined
          ? `${name} is required (YYYY-MM-DD)`
          : `${name} must be given once`,
    }),
    z.transform((text: string, ctx) => {
      const wall = parseDate(text);
      return wall ?? refuse(ctx, `${name} must be a real date as YYYY-MM-DD`);
    }),
  );

const optionalOnce = (name: string) =>
  z.optional(z.string({ error: `${name} must be given once` }));

const businessHours = z.pipe(
  z.optional(z.enum(['true', 'false'], { error: 'businessHours must be true or false' })),
  z.transform((value: 'true' | 'false' | undefined) => value === 'true'),
);

/** `compare=`: optional, no default; anything but one of the kinds is refused, naming it. */
const compare = z.optional(
  z.enum(COMPARISONS, { error: `compare must be one of ${COMPARISONS.join(', ')}` }),
);

/** The longest store id or name a query may carry. */
export const MAX_STORE_ID_LENGTH = 200;

/** A chart's subject: one device (a door), or one store (its entrance doors summed). */
export type Subject = { kind: 'device'; mac: string } | { kind: 'store'; id: string };

/**
 * `GET /api/traffic`'s query: exactly one of `mac` and `store`, an inclusive day range, a
 * granularity (default `hour`), the business-hours switch (default `false`) and, optionally, the
 * range to compare with (`compare`).
 *
 * @example trafficQuerySchema.parse({ mac: 'D4-7C-44-90-6F-14', from: '2023-03-29', to: '2023-03-29' }).subject
 * // { kind: 'device', mac: 'd47c44906f14' }
 */
export const trafficQuerySchema = z.pipe(
  z.object({
    mac: optionalOnce('mac'),
    store: optionalOnce('store'),
    from: date('from'),
    to: date('to'),
    granularity: z._default(
      z.enum(GRANULARITIES, { error: `granularity must be one of ${GRANULARITIES.join(', ')}` }),
      'hour',
    ),
    businessHours,
    compare,
  }),
  z.transform(({ mac, store, ...rest }, ctx) => {
    if (mac !== undefined && store === undefined) {
      const normal = normalizeMac(mac);
      if (normal === undefined) return refuse(ctx, 'mac must be 12 hex digits, e.g. d47c44906f14');
      const subject: Subject = { kind: 'device', mac: normal };
      return { ...rest, subject };
    }
    if (store !== undefined && mac === undefined) {
      const id = store.trim();
      if (id.length === 0 || id.length > MAX_STORE_ID_LENGTH) {
        return refuse(ctx, `store must be a store id of 1 to ${MAX_STORE_ID_LENGTH} characters`);
      }
      const subject: Subject = { kind: 'store', id };
      return { ...rest, subject };
    }
    return refuse(ctx, 'give exactly one of mac and store');
  }),
);

export type TrafficQueryInput = z.input<typeof trafficQuerySchema>;
export type TrafficQuery = z.output<typeof trafficQuerySchema>;

/**
 * `GET /api/overview`'s query: an inclusive day range, the business-hours switch and, optionally,
 * the range to compare with.
 *
 * @example overviewQuerySchema.parse({ from: '2023-03-29', to: '2023-03-31' }).businessHours // false
 */
export const overviewQuerySchema = z.object({
  from: date('from'),
  to: date('to'),
  businessHours,
  compare,
});

export type OverviewQueryInput = z.input<typeof overviewQuerySchema>;
export type OverviewQuery = z.output<typeof overviewQuerySchema>;

/** The message of a refused query: every problem, in order, joined. */
export function queryProblems(error: { issues: readonly { message: string }[] }): string {
  return error.issues.map((issue) => issue.message).join('; ');
}
