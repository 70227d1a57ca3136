/**
 * Device traffic for a range: split into aligned chunks, each answered from the cache, from a
 * shared in-flight call, or from the platform (with bounded concurrency), then merged into the
 * API's buckets. When the platform fails and an expired copy of a chunk exists, the copy is used
 * and the answer is marked stale.
 */
import {
  bucketStart,
  chunkRange,
  formatDate,
  type DayRange,
  type Granularity,
  platformTimes,
  timeTypeOf,
  toWall,
  type WallMs,
} from '@footfall/buckets';
import type { OpretailClient, PassengerRow } from '@footfall/opretail';
import { OpretailError } from '@footfall/opretail';
import { createCoalescer } from './coalesce.ts';
import type { Device } from './devices.ts';
import { ByteLruCache } from './lru-cache.ts';
import { mergeBuckets, type TrafficBody } from './traffic-body.ts';

/** How long a chunk that touches today (or later) stays fresh. */
export const TODAY_TTL_MS = 60_000;
const DEFAULT_CONCURRENCY = 4;
// A row is three numbers in a small object; a generous estimate keeps the bound honest.
const ROW_BYTES = 64;
const ENTRY_OVERHEAD_BYTES = 200;

export interface TrafficRequest {
  device: Device;
  from: WallMs;
  to: WallMs;
  granularity: Granularity;
  businessHours: boolean;
}

/** How a request was answered: all from cache, partly or wholly from the platform, or stale. */
export type CacheOutcome = 'hit' | 'miss' | 'partial' | 'stale';

export interface TrafficResult {
  body: TrafficBody;
  cache: CacheOutcome;
  /** HTTP calls this request made to the platform (0 when cached or sharing another's call). */
  upstreamCalls: number;
  /** Epoch ms until which the answer may be reused (the earliest chunk expiry). */
  expiresAt: number;
}

export interface TrafficServiceOptions {
  upstream: OpretailClient;
  now: () => number;
  cacheMaxBytes: number;
  concurrency?: number;
}

export interface TrafficService {
  getTraffic(request: TrafficRequest): Promise<TrafficResult>;
}

interface ChunkOutcome {
  rows: PassengerRow[];
  source: 'cache' | 'upstream' | 'stale';
  calls: number;
  expiresAt: number;
  staleAgeMs: number;
}

/** Runs `task` over `items` with at most `limit` running at once, keeping the order of results. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      const item = items[index];
      if (item !== undefined) results[index] = await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * @example await createTrafficService({ upstream, now: Date.now, cacheMaxBytes: 1 << 26 }).getTraffic(request)
 */
export function createTrafficService(options: TrafficServiceOptions): TrafficService {
  const { upstream, now } = options;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const cache = new ByteLruCache<PassengerRow[]>(
    options.cacheMaxBytes,
    (key, rows) => ENTRY_OVERHEAD_BYTES + 2 * key.length + rows.length * ROW_BYTES,
  );
  const coalescer = createCoalescer<{ rows: PassengerRow[]; attempts: number }>();

  async function loadChunk(request: TrafficRequest, chunk: DayRange): Promise<ChunkOutcome> {
    const { device, granularity, businessHours } = request;
    const timeType = timeTypeOf(granularity);
    const key = `${device.mac}|${chunk.from}|${chunk.to}|${timeType}|${businessHours ? 1 : 0}`;
    const time = now();
    const cached = cache.get(key);
    if (cached && cached.expiresAt > time) {
      return {
        rows: cached.value,
        source: 'cache',
        calls: 0,
        expiresAt: cached.expiresAt,
        staleAgeMs: 0,
      };
    }
    try {
      const { value, leader } = await coalescer.run(key, async () => {
        const result = await upstream.listDevicePassengerIndicator({
          mac: device.mac,
          ...platformTimes(chunk.from, chunk.to),
          timeType,
          isOnBusinessTime: businessHours,
          timezone: device.timezone,
        });
        const fetchedAt = now();
        // A chunk wholly before today (device time) never changes; one touching today soon will.
        const today = bucketStart(toWall(fetchedAt, device.timezone), 'day');
        const expiresAt = chunk.to < today ? Infinity : fetchedAt + TODAY_TTL_MS;
        cache.set(key, result.rows, fetchedAt, expiresAt);
        return result;
      });
      return {
        rows: value.rows,
        source: 'upstream',
        calls: leader ? value.attempts : 0,
        expiresAt: cache.get(key)?.expiresAt ?? now(),
        staleAgeMs: 0,
      };
    } catch (error) {
      if (!cached) throw error;
      return {
        rows: cached.value,
        source: 'stale',
        calls: error instanceof OpretailError ? error.attempts : 0,
        expiresAt: now(),
        staleAgeMs: now() - cached.storedAt,
      };
    }
  }

  return {
    async getTraffic(request) {
      const chunks = chunkRange(request.from, request.to, request.granularity);
      const outcomes = await mapLimited(chunks, concurrency, (chunk) => loadChunk(request, chunk));
      const body: TrafficBody = {
        device: request.device,
        granularity: request.granularity,
        businessHours: request.businessHours,
        from: formatDate(request.from),
        to: formatDate(request.to),
        timezone: request.device.timezone,
        ...mergeBuckets(
          outcomes.flatMap((outcome) => outcome.rows),
          request,
        ),
      };
      const stale = outcomes.filter((outcome) => outcome.source === 'stale');
      if (stale.length > 0) {
        body.stale = true;
        body.staleAgeSeconds = Math.round(Math.max(...stale.map((o) => o.staleAgeMs)) / 1000);
      }
      const fetched = outcomes.filter((outcome) => outcome.source === 'upstream').length;
      return {
        body,
        cache:
          stale.length > 0
            ? 'stale'
            : fetched === 0
              ? 'hit'
              : fetched === outcomes.length
                ? 'miss'
                : 'partial',
        upstreamCalls: outcomes.reduce((sum, outcome) => sum + outcome.calls, 0),
        expiresAt: Math.min(...outcomes.map((outcome) => outcome.expiresAt)),
      };
    },
  };
}
