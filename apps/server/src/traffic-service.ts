/**
 * Device traffic for a range: the whole aligned chunks the range touches (see `alignedChunks`),
 * each answered from the cache or from the platform, then merged into the API's buckets, clipped
 * to the range. One `lru-cache` holds the chunks: bounded in bytes, sharing a chunk's call among
 * the requests that want it while it is in flight, and keeping an expired copy, which is used
 * (and the answer marked stale) when the platform fails. Platform calls in flight are bounded
 * for the whole service, however many requests and doors ask at once.
 */
import {
  alignedChunks,
  bucketStart,
  DAY_MS,
  type DayRange,
  formatDate,
  type Granularity,
  platformTimes,
  previousChunk,
  timeTypeOf,
  toWall,
  type WallMs,
} from '@footfall/buckets';
import type { DeviceTraffic } from '@footfall/contract';
import type { OpretailClient, PassengerRow } from '@footfall/opretail';
import { OpretailError } from '@footfall/opretail';
import { LRUCache } from 'lru-cache';
import pLimit from 'p-limit';
import { z } from 'zod';
import type { Device } from './devices.ts';
import { sharedChunks } from './shared/chunk-store.ts';
import type { SharedRedis } from './shared/redis.ts';
import { mergeBuckets } from './traffic-body.ts';

/** How long a chunk fetched while it held today (or later) stays fresh for those days. */
export const TODAY_TTL_MS = 60_000;
/** How long Redis keeps a final chunk, and one holding today (as the copy served when stale). */
export const SHARED_FINAL_KEEP_MS = 35 * DAY_MS;
export const SHARED_TODAY_KEEP_MS = 2 * DAY_MS;
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

/** How a request over several parts (chunks, doors, periods) was answered, from how each was. */
export function combineOutcomes(outcomes: readonly CacheOutcome[]): CacheOutcome {
  if (outcomes.includes('stale')) return 'stale';
  if (outcomes.every((outcome) => outcome === 'hit')) return 'hit';
  if (outcomes.every((outcome) => outcome === 'miss')) return 'miss';
  return 'partial';
}

/**
 * Waits for every task, then throws the first failure: so each task's platform calls are heard
 * of (and counted) before a request fails.
 *
 * @example const [main, earlier] = await settleAll([askMain(), askEarlier()]);
 */
export async function settleAll<T>(tasks: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(tasks);
  const results: T[] = [];
  for (const outcome of settled) {
    if (outcome.status === 'rejected') throw outcome.reason;
    results.push(outcome.value);
  }
  return results;
}

export interface TrafficResult {
  body: DeviceTraffic;
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
  /** Platform calls the whole service may have in flight at once. */
  concurrency?: number;
  /** Redis, when instances share their chunks (`REDIS_URL`). */
  shared?: SharedRedis;
}

export interface TrafficService {
  getTraffic(request: TrafficRequest): Promise<TrafficResult>;
}

/** One chunk's rows as the platform gave them. */
interface ChunkRows {
  rows: PassengerRow[];
  fetchedAt: number;
  /** The day that was today (device time) when fetched: every day before it is final. */
  finalBefore: WallMs;
}

/** What a chunk's fetch needs; the request that starts the fetch passes it. */
interface FetchContext {
  request: TrafficRequest;
  chunk: DayRange;
  /** Fetch the chunk before in the same call, and cache it too (see `getTraffic`). */
  withPrevious: boolean;
  /** Platform calls made for the request that started the fetch. */
  tally: { calls: number };
}

interface ChunkOutcome {
  rows: PassengerRow[];
  /** From the cache, fetched for this request (from the platform or Redis), or a stale copy. */
  source: 'hit' | 'miss' | 'stale';
  expiresAt: number;
  staleAgeMs: number;
}

const keyOf = (request: TrafficRequest, chunk: DayRange): string =>
  `${request.device.mac}|${request.granularity}|${request.businessHours ? 1 : 0}|${formatDate(chunk.from)}`;

/**
 * A chunk as Redis holds it. Redis is shared, so what it holds is checked like any input: a
 * value written by another version, or by hand, that does not fit counts as missing.
 */
const chunkSchema = z.object({
  rows: z.array(
    z.object({ start: z.number(), walkIn: z.number(), walkOut: z.number().nullable() }),
  ),
  fetchedAt: z.number(),
  finalBefore: z.number(),
});

function parseChunk(text: string): ChunkRows | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // not JSON: missing, as the schema then says
  }
  return chunkSchema.safeParse(value).data;
}

const rowsIn = (rows: readonly PassengerRow[], chunk: DayRange): PassengerRow[] =>
  rows.filter((row) => row.start >= chunk.from && row.start < chunk.to + DAY_MS);

/**
 * @example await createTrafficService({ upstream, now: Date.now, cacheMaxBytes: 1 << 26 }).getTraffic(request)
 */
export function createTrafficService(options: TrafficServiceOptions): TrafficService {
  const { upstream, now } = options;
  const limit = pLimit(options.concurrency ?? DEFAULT_CONCURRENCY);
  const todayOf = (device: Device, instant: number): WallMs =>
    bucketStart(toWall(instant, device.timezone), 'day');
  // A chunk wholly final never expires; one holding today is fresh for a minute.
  const ttlOf = (chunk: DayRange, entry: ChunkRows): number =>
    chunk.to < entry.finalBefore ? 0 : TODAY_TTL_MS;
  const shared = options.shared && sharedChunks(options.shared, parseChunk);
  const keepOf = (chunk: DayRange, entry: ChunkRows): number =>
    chunk.to < entry.finalBefore ? SHARED_FINAL_KEEP_MS : SHARED_TODAY_KEEP_MS;
  const isFresh = (chunk: DayRange, entry: ChunkRows): boolean =>
    chunk.to < entry.finalBefore || now() - entry.fetchedAt < TODAY_TTL_MS;

  const cache = new LRUCache<string, ChunkRows, FetchContext>({
    maxSize: Math.max(1, options.cacheMaxBytes),
    sizeCalculation: (entry, key) =>
      ENTRY_OVERHEAD_BYTES + 2 * key.length + entry.rows.length * ROW_BYTES,
    perf: { now },
    // The test clock moves by hand: read it at every check rather than once per millisecond.
    ttlResolution: 0,
    // Expired copies stay until evicted: the final days in them still count, and they are the
    // stale copy served when the platform fails. `allowStaleOnFetchRejection` would do the
    // latter, but a request sharing another's call could then not tell a stale copy from a fresh
    // one, so a failed fetch rejects and the caller reads the kept copy itself.
    noDeleteOnStaleGet: true,
    noDeleteOnFetchRejection: true,
    // An eviction during a fetch must not cancel a call that other requests are waiting on.
    ignoreFetchAbort: true,
    fetchMethod: async (key, _stale, { context, options: setOptions }) => {
      const { chunk } = context;
      const fromPlatform = () => callPlatform(context);
      const entry = shared
        ? (
            await shared.load(key, fromPlatform, {
              isFresh: (copy) => isFresh(chunk, copy),
              keepMs: (copy) => keepOf(chunk, copy),
            })
          ).entry
        : await fromPlatform();
      setOptions.ttl = ttlOf(chunk, entry);
      // A copy from Redis fetched a while ago expires here when it would have there.
      if (setOptions.ttl > 0) setOptions.ttl = Math.max(1, entry.fetchedAt + TODAY_TTL_MS - now());
      return entry;
    },
  });

  /** One platform call for a chunk (and the one before it, when asked), kept for every request. */
  async function callPlatform(context: FetchContext): Promise<ChunkRows> {
    const { request, chunk, withPrevious, tally } = context;
    const { device, granularity, businessHours } = request;
    const previous = previousChunk(chunk, granularity);
    let rows: PassengerRow[];
    try {
      const result = await limit(() =>
        upstream.listDevicePassengerIndicator({
          mac: device.mac,
          ...platformTimes(withPrevious ? previous.from : chunk.from, chunk.to),
          timeType: timeTypeOf(granularity),
          isOnBusinessTime: businessHours,
          timezone: device.timezone,
        }),
      );
      tally.calls += result.attempts;
      rows = result.rows;
    } catch (error) {
      if (error instanceof OpretailError) tally.calls += error.attempts;
      throw error;
    }
    const fetchedAt = now();
    const finalBefore = todayOf(device, fetchedAt);
    if (withPrevious) {
      const entry = { rows: rowsIn(rows, previous), fetchedAt, finalBefore };
      const previousKey = keyOf(request, previous);
      // Wholly before the chunk holding today: final, so kept without expiry.
      cache.set(previousKey, entry);
      await shared?.put(previousKey, entry, keepOf(previous, entry));
    }
    return { rows: rowsIn(rows, chunk), fetchedAt, finalBefore };
  }

  /** The copy of `chunk` kept in the cache, fresh or expired. */
  const kept = (request: TrafficRequest, chunk: DayRange): ChunkRows | undefined =>
    cache.get(keyOf(request, chunk), { allowStale: true });

  async function loadChunk(
    request: TrafficRequest,
    chunk: DayRange,
    withPrevious: boolean,
    tally: { calls: number },
  ): Promise<ChunkOutcome> {
    const key = keyOf(request, chunk);
    // The last requested day in this chunk: when it is final in the kept copy, so is the rest.
    const lastDay = Math.min(request.to, chunk.to);
    const copy = kept(request, chunk);
    if (copy && lastDay < copy.finalBefore) {
      return { rows: copy.rows, source: 'hit', expiresAt: Infinity, staleAgeMs: 0 };
    }
    const status: LRUCache.Status<string, ChunkRows, FetchContext> = {};
    try {
      const entry = await cache.fetch(key, {
        context: { request, chunk, withPrevious, tally },
        status,
      });
      // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable; lru-cache's fetch resolves undefined only for an aborted fetch or one without fetchMethod, and ignoreFetchAbort and fetchMethod rule both out (the check is for the type)
      if (entry === undefined) throw new Error(`The rows of ${key} could not be kept.`);
      return {
        rows: entry.rows,
        source: status.fetch === 'hit' ? 'hit' : 'miss',
        expiresAt: lastDay < entry.finalBefore ? Infinity : entry.fetchedAt + TODAY_TTL_MS,
        staleAgeMs: 0,
      };
    } catch (error) {
      const stale = kept(request, chunk);
      if (!stale) throw error;
      return {
        rows: stale.rows,
        source: 'stale',
        expiresAt: now(),
        staleAgeMs: now() - stale.fetchedAt,
      };
    }
  }

  return {
    async getTraffic(request) {
      const { device, granularity } = request;
      const chunks = alignedChunks(request.from, request.to, granularity);
      const tally = { calls: 0 };
      // The chunk holding today is fetched again every minute. When the chunk before it is not
      // final in the cache (never fetched, or fetched while it held today), the same call takes it
      // too: a rolling window moved by a day, or one starting on the first day of today's chunk,
      // then costs that one call, and yesterday's window right after today's costs none.
      const today = todayOf(device, now());
      const current = chunks.find((chunk) => chunk.from <= today && today <= chunk.to);
      const before = current && previousChunk(current, granularity);
      const beforeCopy = before && kept(request, before);
      const withPrevious =
        before !== undefined && !(beforeCopy && before.to < beforeCopy.finalBefore);
      const currentLoad = current && loadChunk(request, current, withPrevious, tally);
      const loads = chunks.map((chunk) => {
        if (currentLoad && chunk === current) return currentLoad;
        // The chunk before today's waits for today's call, which may bring it: then it came
        // from the platform for this request too, though it is read from the cache.
        if (currentLoad && withPrevious && chunk.from === before.from) {
          const then = () => loadChunk(request, chunk, false, tally);
          return currentLoad.then(async (todays) => {
            const outcome = await then();
            return todays.source === 'miss' ? { ...outcome, source: todays.source } : outcome;
          }, then);
        }
        return loadChunk(request, chunk, false, tally);
      });
      // Every chunk settles before a failure is thrown, and the failure counts every call this
      // request made (its other chunks' too), none of another request's whose call it shared.
      const outcomes = await settleAll(loads).catch((error: unknown) => {
        throw error instanceof OpretailError ? withAttempts(error, tally.calls) : error;
      });
      const body: DeviceTraffic = {
        device,
        granularity,
        businessHours: request.businessHours,
        from: formatDate(request.from),
        to: formatDate(request.to),
        timezone: device.timezone,
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
      return {
        body,
        cache: combineOutcomes(outcomes.map((outcome) => outcome.source)),
        upstreamCalls: tally.calls,
        expiresAt: Math.min(...outcomes.map((outcome) => outcome.expiresAt)),
      };
    },
  };
}

/** `error` as if it had taken `attempts` calls. */
function withAttempts(error: OpretailError, attempts: number): OpretailError {
  const { kind, message, gatewayCode, gatewayName, httpStatus } = error;
  return Object.assign(new OpretailError({ kind, message, attempts }), {
    gatewayCode,
    gatewayName,
    httpStatus,
  });
}
