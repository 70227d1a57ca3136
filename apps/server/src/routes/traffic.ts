/**
 * `GET /api/traffic`: a configured device's or store's walk-ins and walk-outs over a range, by
 * granularity. Finished answers go to the answer cache, from which a repeated question is
 * answered ahead of the middleware stack (see `answer-cache.ts`).
 */
import type { DayRange } from '@footfall/buckets';
import { trafficQuerySchema, type Subject, type Traffic } from '@footfall/contract';
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.ts';
import type { Access } from '../auth/access.ts';
import { clientAddress } from '../client-address.ts';
import { ApiError, refuseBadRange, refuseInvalidQuery } from '../errors.ts';
import type { RateLimiter } from '../rate-limit.ts';
import { answerBytes, type AnswerCache } from '../answer-cache.ts';
import { type Answered, askWithEarlier, comparedRange, withComparison } from '../comparison.ts';
import { getDeviceTraffic, getStoreTraffic } from '../store-traffic.ts';
import type { TrafficService } from '../traffic-service.ts';

export interface TrafficRouteOptions {
  access: Access;
  service: TrafficService;
  now: () => number;
  /** The per-client limiter; `undefined` when the limit is off. */
  limiter: RateLimiter | undefined;
  answers: AnswerCache;
  trustProxy?: boolean;
}

/** Refuses a client over its limit with 429 and `Retry-After`. */
export function rateLimit(limiter: RateLimiter, trustProxy = false) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const decision = await limiter.take(clientAddress(c, trustProxy));
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
 * @example app.route('/api/traffic', trafficRoutes({ access, service, now, limiter, answers }))
 */
export function trafficRoutes(options: TrafficRouteOptions) {
  const { access, service, now, limiter, answers } = options;

  // A stale answer is not kept: the next request tries the platform again.
  const keep = (url: string, subject: Subject, body: Traffic, expiresAt: number) =>
    body.stale === undefined && expiresAt > now()
      ? answers.set(url, subject, JSON.stringify(body), expiresAt)
      : undefined;
  const routes = new Hono<AppEnv>();
  // No limiter at all when it is off (benchmarks): not even the address lookup.
  if (limiter) routes.use(rateLimit(limiter, options.trustProxy));
  return routes.get('/', zValidator('query', trafficQuerySchema, refuseInvalidQuery), async (c) => {
    const { subject, compare, ...query } = c.req.valid('query');
    refuseBadRange(query.from, query.to, query.granularity);
    const earlier = compare === undefined ? undefined : comparedRange(query, compare);
    const stats = c.get('stats');
    const user = c.get('user');
    const countCalls = (calls: number): void => {
      stats.upstreamCalls += calls;
    };
    let ask: (range: DayRange) => Promise<Answered<Traffic>>;
    if (subject.kind === 'store') {
      const store = access.store(user, subject.id);
      ask = (range) =>
        getStoreTraffic(service, { ...query, from: range.from, to: range.to, store }, countCalls);
    } else {
      const device = access.device(user, subject.mac);
      ask = (range) =>
        getDeviceTraffic(service, { ...query, from: range.from, to: range.to, device }, countCalls);
    }
    const { answer, earlier: compared } = await askWithEarlier(ask, query, earlier);
    const result = earlier && compared ? withComparison(answer, earlier, compared) : answer;
    stats.cache = result.cache;
    const kept = keep(c.req.url, subject, result.body, result.expiresAt);
    if (kept === undefined) return c.json(result.body, 200);
    // The kept answer's bytes, compressed here once for this client's encoding: the next asking
    // in it is sent the same copy.
    const { body, headers } = await answerBytes(kept, c.req.header('accept-encoding'));
    // The same JSON `c.json` would send, typed as it is for the web's client.
    return c.body(body, 200, headers) as unknown as ReturnType<typeof c.json<Traffic, 200>>;
  });
}
