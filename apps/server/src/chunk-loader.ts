/**
 * The platform's rows for a device's spans, cached: an aligned chunk (`alignedChunks`) or an edge
 * bucket's exact span. One `lru-cache` holds them, bounded in bytes; requests wanting a span in
 * flight share its call; a copy answers as long as `validUntil` says (past days are final, today's
 * rows fresh for a minute), and an old copy is served, marked stale, when the platform fails.
 * With Redis, a span costs one call across every instance (`shared/chunk-store.ts`).
 *
 * Platform calls wait in one queue for the whole service, `PLATFORM_CONCURRENCY` at a time,
 * people's calls before warming's: a person who asks for a span that warming has queued lifts
 * that call to their priority.
 */
import {
  bucketStart,
  DAY_MS,
  type DayRange,
  formatDate,
  type Granularity,
  platformTimes,
  timeTypeOf,
  type WallMs,
} from '@footfall/buckets';
import type { OpretailClient } from '@footfall/opretail';
import { OpretailError } from '@footfall/opretail';
import { LRUCache } from 'lru-cache';
import PQueue from 'p-queue';
import { type ChunkEntry, entryBytes, parseEntry, serializeEntry, toEntry } from './chunk-entry.ts';
import type { Device } from './devices.ts';
import { isFinal, validUntil } from './finality.ts';
import { sharedChunks } from './shared/chunk-store.ts';
import type { SharedRedis } from './shared/redis.ts';

/** How long Redis keeps a final span, and one holding today (as the copy served when stale). */
export const SHARED_FINAL_KEEP_MS = 35 * DAY_MS;
export const SHARED_TODAY_KEEP_MS = 2 * DAY_MS;
export const DEFAULT_CONCURRENCY = 4;

/** Whose call it is: a person's goes before warming's. */
export type Priority = 'person' | 'warm';
const PRIORITY: Record<Priority, number> = { person: 1, warm: 0 };

/** What a span's rows are of. */
export interface SpanScope {
  device: Device;
  granularity: Granularity;
  businessHours: boolean;
}

export interface SpanRequest extends SpanScope {
  /** The span asked of the platform: an aligned chunk, or an edge bucket's exact days. */
  span: DayRange;
  /** The last day read in the span: the copy must answer for every day up to it. */
  lastDay: WallMs;
  /** The chunk just before `span`, fetched in the same call and cached too. */
  previous?: DayRange;
  priority: Priority;
  /** Platform calls made for the request that starts the fetch. */
  tally: { calls: number };
}

export interface SpanOutcome {
  entry: ChunkEntry;
  /** From the cache, fetched for this request (from the platform or Redis), or a stale copy. */
  source: 'hit' | 'miss' | 'stale';
  expiresAt: number;
  staleAgeMs: number;
}

export interface ChunkLoaderOptions {
  upstream: OpretailClient;
  now: () => number;
  cacheMaxBytes: number;
  /** Platform calls the whole service may have in flight at once. */
  concurrency?: number;
  shared?: SharedRedis;
}

export interface ChunkLoader {
  load(request: SpanRequest): Promise<SpanOutcome>;
  /** Whether the kept copy of `span` answers now for every day up to `lastDay`, for good. */
  isFinal(scope: SpanScope, span: DayRange, lastDay: WallMs): boolean;
  /** Platform calls waiting and running. */
  pending(): number;
}

/** The cache key of a span: its device, granularity, business hours and days. */
export const spanKey = (scope: SpanScope, span: DayRange): string =>
  `${scope.device.mac}|${scope.granularity}|${scope.businessHours ? 1 : 0}|${formatDate(span.from)}|${formatDate(span.to)}`;

/** The rows a span keeps: those of its buckets, from the first one's start (before an edge span). */
const rowDays = (granularity: Granularity, span: DayRange): DayRange => ({
  from: bucketStart(span.from, granularity),
  to: span.to,
});

/**
 * @example const loader = createChunkLoader({ upstream, now: Date.now, cacheMaxBytes: 1 << 25 });
 */
export function createChunkLoader(options: ChunkLoaderOptions): ChunkLoader {
  const { upstream, now } = options;
  const queue = new PQueue({ concurrency: options.concurrency ?? DEFAULT_CONCURRENCY });
  const shared =
    options.shared &&
    sharedChunks(options.shared, { parse: parseEntry, serialize: serializeEntry });
  const answersFor = (entry: ChunkEntry, device: Device, lastDay: WallMs): number =>
    validUntil(entry.fetchedAt, lastDay, device.timezone);
  const keepOf = (scope: SpanScope, span: DayRange, entry: ChunkEntry): number =>
    isFinal(entry.fetchedAt, span.to, scope.device.timezone)
      ? SHARED_FINAL_KEEP_MS
      : SHARED_TODAY_KEEP_MS;

  const cache = new LRUCache<string, ChunkEntry, SpanRequest>({
    maxSize: Math.max(1, options.cacheMaxBytes),
    sizeCalculation: entryBytes,
    // No TTL: whether a copy answers depends on the days asked (`validUntil`), checked per request.
    // A copy stays until evicted, and is the stale copy served when the platform fails.
    noDeleteOnFetchRejection: true,
    // An eviction during a fetch must not cancel a call that other requests are waiting on.
    ignoreFetchAbort: true,
    fetchMethod: async (key, _stale, { context: request }) => {
      const fromPlatform = () => callPlatform(key, request);
      if (!shared) return fromPlatform();
      const loaded = await shared.load(key, fromPlatform, {
        isFresh: (copy) => answersFor(copy, request.device, request.lastDay) > now(),
        keepMs: (copy) => keepOf(request, request.span, copy),
      });
      return loaded.entry;
    },
  });

  /** One platform call for a span (and the chunk before it, when asked), kept for every request. */
  async function callPlatform(key: string, request: SpanRequest): Promise<ChunkEntry> {
    const { device, granularity, businessHours, span, previous, tally } = request;
    const ask = () =>
      upstream.listDevicePassengerIndicator({
        mac: device.mac,
        ...platformTimes(previous ? previous.from : span.from, span.to),
        timeType: timeTypeOf(granularity),
        isOnBusinessTime: businessHours,
        timezone: device.timezone,
      });
    let result: Awaited<ReturnType<typeof ask>>;
    try {
      result = await queue.add(ask, { priority: PRIORITY[request.priority], id: key });
      tally.calls += result.attempts;
    } catch (error) {
      if (error instanceof OpretailError) tally.calls += error.attempts;
      throw error;
    }
    const fetchedAt = now();
    if (previous) {
      const entry = toEntry(result.rows, rowDays(granularity, previous), fetchedAt);
      const previousKey = spanKey(request, previous);
      cache.set(previousKey, entry);
      await shared?.put(previousKey, entry, keepOf(request, previous, entry));
    }
    return toEntry(result.rows, rowDays(granularity, span), fetchedAt);
  }

  /** Lifts a queued warming call for `key` to a person's priority (no-op once it runs). */
  function lift(key: string): void {
    try {
      queue.setPriority(key, PRIORITY.person);
    } catch {
      // not waiting in the queue: running already, or not queued at all
    }
  }

  return {
    async load(request) {
      const { device, lastDay } = request;
      const key = spanKey(request, request.span);
      const copy = cache.get(key, { allowStale: true });
      if (copy && answersFor(copy, device, lastDay) > now()) {
        return {
          entry: copy,
          source: 'hit',
          expiresAt: answersFor(copy, device, lastDay),
          staleAgeMs: 0,
        };
      }
      if (request.priority === 'person') lift(key);
      try {
        let entry = await cache.fetch(key, { forceRefresh: true, context: request });
        // A call another request started, answered from Redis, may hold fewer fresh days.
        if (entry && answersFor(entry, device, lastDay) <= now()) {
          entry = await cache.fetch(key, { forceRefresh: true, context: request });
        }
        // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable; lru-cache's fetch resolves undefined only for an aborted fetch or one without fetchMethod, and ignoreFetchAbort and fetchMethod rule both out (the check is for the type)
        if (entry === undefined) throw new Error(`The rows of ${key} could not be kept.`);
        return {
          entry,
          source: 'miss',
          expiresAt: answersFor(entry, device, lastDay),
          staleAgeMs: 0,
        };
      } catch (error) {
        const stale = cache.get(key, { allowStale: true });
        if (!stale) throw error;
        return {
          entry: stale,
          source: 'stale',
          expiresAt: now(),
          staleAgeMs: now() - stale.fetchedAt,
        };
      }
    },
    isFinal(scope, span, lastDay) {
      const copy = cache.get(spanKey(scope, span), { allowStale: true });
      return copy !== undefined && isFinal(copy.fetchedAt, lastDay, scope.device.timezone);
    },
    pending: () => queue.size + queue.pending,
  };
}
