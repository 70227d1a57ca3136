/**
 * `GET /api/overview`: every store's totals for a range, busiest first, for head office to
 * compare its stores. Each row is the store's traffic at day granularity, so its totals are
 * exactly those of `/api/traffic?store=` and it shares that answer's cached chunks; with
 * `compare=`, each row also has the store's totals over the earlier range.
 */
import { type DayRange, formatDate } from '@footfall/buckets';
import { overviewQuerySchema, type Overview, type OverviewStore } from '@footfall/contract';
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Access } from '../auth/access.ts';
import { refuseBadRange, refuseInvalidQuery } from '../errors.ts';
import type { RateLimiter } from '../rate-limit.ts';
import { askWithEarlier, comparedRange, comparisonRangeBody } from '../comparison.ts';
import { getStoreTraffic } from '../store-traffic.ts';
import type { StoreDoors } from '../stores.ts';
import { combineOutcomes, settleAll, type TrafficService } from '../traffic-service.ts';
import { rateLimit } from './traffic.ts';

export interface OverviewRouteOptions {
  access: Access;
  service: TrafficService;
  /** The per-client limiter `/api/traffic` uses; `undefined` when the limit is off. */
  limiter: RateLimiter | undefined;
  trustProxy?: boolean;
}

/**
 * @example app.route('/api/overview', overviewRoutes({ access, service, limiter }))
 */
export function overviewRoutes(options: OverviewRouteOptions) {
  const { access, service, limiter } = options;
  const routes = new Hono<AppEnv>();
  // It asks the platform about every door: it counts against the same limit as traffic.
  if (limiter) routes.use(rateLimit(limiter, options.trustProxy));
  return routes.get(
    '/',
    zValidator('query', overviewQuerySchema, refuseInvalidQuery),
    async (c) => {
      const { from, to, businessHours, compare } = c.req.valid('query');
      refuseBadRange(from, to, 'day');
      const stores = access.stores(c.get('user'));
      const earlier =
        compare === undefined
          ? undefined
          : comparedRange({ from, to, granularity: 'day' }, compare);
      const stats = c.get('stats');
      const ask = (store: StoreDoors, range: DayRange) =>
        getStoreTraffic(
          service,
          { store, from: range.from, to: range.to, granularity: 'day', businessHours },
          (n) => {
            stats.upstreamCalls += n;
          },
        );
      const askAll = (range: DayRange) => settleAll(stores.map((store) => ask(store, range)));
      const { answer: results, earlier: compared } = await askWithEarlier(
        askAll,
        { from, to },
        earlier,
      );
      const all = [...results, ...(compared ?? [])];
      stats.cache = all.length === 0 ? 'hit' : combineOutcomes(all.map((r) => r.cache));
      const rows = results.map(({ body: { store, totals } }, index): OverviewStore => {
        const row: OverviewStore = {
          id: store.id,
          name: store.name,
          timezone: store.timezone,
          totals,
        };
        const before = compared?.[index];
        if (before) row.comparisonTotals = before.body.totals;
        return row;
      });
      // Stable: stores with as many walk-ins keep the devices file's order.
      rows.sort((a, b) => b.totals.walkIn - a.totals.walkIn);
      const body: Overview = {
        from: formatDate(from),
        to: formatDate(to),
        businessHours,
        ...(earlier ? { comparison: comparisonRangeBody(earlier) } : {}),
        stores: rows,
      };
      // Some store answered from an expired copy because the platform failed.
      if (all.some((result) => result.body.stale)) body.stale = true;
      return c.json(body, 200);
    },
  );
}
