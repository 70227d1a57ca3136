/**
 * A store's traffic: each of its doors asked of the traffic service (all at once; the service
 * bounds the platform calls), the entrance doors summed into the store's buckets and totals, and
 * every door listed on its own. Built on the device answers, so a door's chunks are cached and
 * shared whether it was asked for alone or as part of its store.
 */
import { formatDate, type Granularity, type WallMs } from '@footfall/buckets';
import type { StoreTraffic } from '@footfall/contract';
import { OpretailError } from '@footfall/opretail';
import type { StoreDoors } from './stores.ts';
import { sumBuckets } from './traffic-body.ts';
import {
  combineOutcomes,
  settleAll,
  type TrafficRequest,
  type TrafficResult,
  type TrafficService,
} from './traffic-service.ts';

export interface StoreTrafficRequest {
  store: StoreDoors;
  from: WallMs;
  to: WallMs;
  granularity: Granularity;
  businessHours: boolean;
}

export interface StoreTrafficResult {
  body: StoreTraffic;
  cache: TrafficResult['cache'];
  /** Epoch ms until which the answer may be reused (the earliest door's expiry). */
  expiresAt: number;
}

/**
 * A device's answer from the traffic service; `countCalls` hears of every platform call it made,
 * also when it failed.
 *
 * @example const { body } = await getDeviceTraffic(service, request, (n) => { calls += n; });
 */
export function getDeviceTraffic(
  service: TrafficService,
  request: TrafficRequest,
  countCalls: (calls: number) => void,
): Promise<TrafficResult> {
  return service.getTraffic(request).then(
    (result) => {
      countCalls(result.upstreamCalls);
      return result;
    },
    (error: unknown) => {
      if (error instanceof OpretailError) countCalls(error.attempts);
      throw error;
    },
  );
}

/**
 * The store's answer. `countCalls` hears of every platform call a door made, also when the door
 * failed; the first failure is then thrown, once every door has settled. The answer is stale when
 * any door's is.
 *
 * @example const { body } = await getStoreTraffic(service, { store, from, to, granularity: 'day', businessHours: false }, (n) => { calls += n; });
 */
export async function getStoreTraffic(
  service: TrafficService,
  request: StoreTrafficRequest,
  countCalls: (calls: number) => void,
): Promise<StoreTrafficResult> {
  const { store, doors } = request.store;
  const { from, to, granularity, businessHours } = request;
  const results = await settleAll(
    doors.map((device) =>
      getDeviceTraffic(service, { device, from, to, granularity, businessHours }, countCalls),
    ),
  );

  const entrances = results.filter((result) => result.body.device.entrance);
  const body: StoreTraffic = {
    store,
    granularity,
    businessHours,
    from: formatDate(from),
    to: formatDate(to),
    timezone: store.timezone,
    ...sumBuckets(
      entrances.map((result) => result.body.buckets),
      store.countsWalkOut,
    ),
    doors: results.map(({ body: { device, buckets, totals } }) => ({
      mac: device.mac,
      name: device.name,
      entrance: device.entrance,
      countsWalkOut: device.countsWalkOut,
      buckets,
      totals,
    })),
  };
  const staleAges = results.flatMap(({ body: door }) =>
    door.stale ? [door.staleAgeSeconds ?? 0] : [],
  );
  if (staleAges.length > 0) {
    body.stale = true;
    body.staleAgeSeconds = Math.max(...staleAges);
  }
  return {
    body,
    cache: combineOutcomes(results.map((result) => result.cache)),
    expiresAt: Math.min(...results.map((result) => result.expiresAt)),
  };
}
