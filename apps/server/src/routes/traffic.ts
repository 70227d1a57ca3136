/**
 * `GET /api/traffic`: a configured device's walk-ins and walk-outs over a range, by granularity.
 * Finished answers go to the answer cache, from which a repeated question is answered ahead of
 * the middleware stack (see `answer-cache.ts`).
 */
import { checkRange, GRANULARITIES, parseDate } from '@footfall/buckets';
import { OpretailError } from '@footfall/opretail';
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import type { AppEnv } from '../app-env.ts';
import { clientAddress } from '../client-address.ts';
import type { Device } from '../devices.ts';
import { ApiError } from '../errors.ts';
import { normalizeMac } from '../mac.ts';
import type { RateLimiter } from '../rate-limit.ts';
import type { AnswerCache } from '../answer-cache.ts';
import type { TrafficService } from '../traffic-service.ts';

/** `name is required`, or, for a parameter given twice (an array), `name must be given once`. */
const once = (name: string, hint = '') => ({
  error: (issue: { input: unknown }) =>
    issue.input === undefined ? `${name} is required${hint}` : `${name} must be given once`,
});

const date = (name: string) =>
  z.string(once(name, ' (YYYY-MM-DD)')).transform((text, ctx) => {
    const wall = parseDate(text);
    if (wall === undefined) {
      ctx.addIssue({ code: 'custom', message: `${name} must be a real date as YYYY-MM-DD` });
      return z.NEVER;
    }
    return wall;
  });

export const trafficQuerySchema = z.object({
  mac: z.string(once('mac')).transform((text, ctx) => {
    const mac = normalizeMac(text);
    if (mac === undefined) {
      ctx.addIssue({ code: 'custom', message: 'mac must be 12 hex digits, e.g. d47c44906f14' });
      return z.NEVER;
    }
    return mac;
  }),
  from: date('from'),
  to: date('to'),
  granularity: z
    .enum(GRANULARITIES, { error: `granularity must be one of ${GRANULARITIES.join(', ')}` })
    .default('hour'),
  businessHours: z
    .enum(['true', 'false'], { error: 'businessHours must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
});

export interface TrafficRouteOptions {
  devices: readonly Device[];
  service: TrafficService;
  now: () => number;
  /** The per-client limiter; `undefined` when the limit is off. */
  limiter: RateLimiter | undefined;
  answers: AnswerCache;
}

/** Refuses a client over its limit with 429 and `Retry-After`. */
function rateLimit(limiter: RateLimiter) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const decision = limiter.take(clientAddress(c));
    if (!decision.allowed) {
      c.header('Retry-After', String(decision.retryAfterSeconds));
      throw new ApiError(429, 'RATE_LIMITED', 'Too many traffic requests; wait a moment.', {
        retryAfterSeconds: decision.retryAfterSeconds,
      });
    }
    await next();
  });
}

/**
 * @example app.route('/api/traffic', trafficRoutes({ devices, service, now, limiter, answers }))
 */
export function trafficRoutes(options: TrafficRouteOptions) {
  const { service, now, limiter, answers } = options;

  const devices = new Map(options.devices.map((device) => [device.mac, device]));
  const routes = new Hono<AppEnv>();
  // No limiter at all when it is off (benchmarks): not even the address lookup.
  if (limiter) routes.use(rateLimit(limiter));
  return routes.get(
    '/',
    zValidator('query', trafficQuerySchema, (result) => {
      if (!result.success) {
        const message = result.error.issues.map((issue) => issue.message).join('; ');
        throw new ApiError(400, 'INVALID_QUERY', message);
      }
    }),
    async (c) => {
      const query = c.req.valid('query');
      const problem = checkRange(query.from, query.to, query.granularity);
      if (problem) throw new ApiError(400, problem.code, problem.message);
      const device = devices.get(query.mac);
      if (!device) {
        throw new ApiError(404, 'UNKNOWN_DEVICE', `No device with mac ${query.mac} is configured.`);
      }
      const stats = c.get('stats');
      try {
        const result = await service.getTraffic({ ...query, device });
        stats.cache = result.cache;
        stats.upstreamCalls += result.upstreamCalls;
        if (result.body.stale === undefined && result.expiresAt > now()) {
          answers.set(c.req.url, JSON.stringify(result.body), result.expiresAt);
        }
        return c.json(result.body, 200);
      } catch (error) {
        if (error instanceof OpretailError) stats.upstreamCalls += error.attempts;
        throw error;
      }
    },
  );
}
