/**
 * Device traffic for a range, assembled from cached spans (`chunk-loader.ts`). The range is the
 * filter: whole buckets come from the whole aligned chunks of the granularity the range touches;
 * a week, month, quarter or year that the range's edges cut (`partialBuckets`) counts only the
 * range's days. For a counting device that is the sum of those days (its rows add up); a
 * face-recognition device de-duplicates people within each period, so its cut bucket is the
 * platform's own figure for the exact span, cached like a chunk.
 */
import {
  alignedChunks,
  bucketStart,
  type DayRange,
  formatDate,
  type Granularity,
  partialBuckets,
  previousChunk,
  toWall,
  type WallMs,
} from '@footfall/buckets';
import type { DeviceTraffic } from '@footfall/contract';
import { OpretailError } from '@footfall/opretail';
import { rowsOf } from './chunk-entry.ts';
import {
  type ChunkLoader,
  type ChunkLoaderOptions,
  createChunkLoader,
  type Priority,
  type SpanOutcome,
  type SpanScope,
} from './chunk-loader.ts';
import type { Device } from './devices.ts';
import { mergeBuckets } from './traffic-body.ts';

export { TODAY_TTL_MS } from './finality.ts';
export { SHARED_FINAL_KEEP_MS, SHARED_TODAY_KEEP_MS } from './chunk-loader.ts';

export interface TrafficRequest {
  device: Device;
  from: WallMs;
  to: WallMs;
  granularity: Granularity;
  businessHours: boolean;
  /** Whose request it is: a person's (the default) goes before warming's. */
  priority?: Priority;
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
  /** Epoch ms until which the answer may be reused (the earliest span's). */
  expiresAt: number;
}

/** What the service is built on: the platform, the clock, the cache's bound, its calls at once. */
export type TrafficServiceOptions = ChunkLoaderOptions;

export interface TrafficService {
  getTraffic(request: TrafficRequest): Promise<TrafficResult>;
  /**
   * Makes sure the cache answers for the whole chunks of a range, as `getTraffic` would, without
   * building an answer: warming's way in. Resolves to the platform calls it made.
   */
  prefetch(request: TrafficRequest): Promise<number>;
  /** Platform calls waiting and running. */
  pendingCalls(): number;
}

/** A span's outcome with the rows it gives the answer. */
interface Loaded extends SpanOutcome {
  rows: ReturnType<typeof rowsOf>;
}

/**
 * @example await createTrafficService({ upstream, now: Date.now, cacheMaxBytes: 1 << 26 }).getTraffic(request)
 */
export function createTrafficService(options: TrafficServiceOptions): TrafficService {
  const loader: ChunkLoader = createChunkLoader(options);
  const { now } = options;

  /**
   * The rows of `granularity` for the days `from`…`to`, from the whole aligned chunks they
   * touch. The chunk holding today is fetched again every minute while it is read; when the chunk
   * before it is not final in the cache (never fetched, or fetched while it held today), the same
   * call takes it too: a rolling window moved by a day, or one starting on the first day of
   * today's chunk, then costs that one call, and yesterday's window right after today's none.
   */
  function loadDays(
    scope: SpanScope & { priority: Priority },
    days: DayRange,
    tally: { calls: number },
  ): Promise<Loaded>[] {
    const { granularity } = scope;
    const chunks = alignedChunks(days.from, days.to, granularity);
    const today = bucketStart(toWall(now(), scope.device.timezone), 'day');
    const current = chunks.find((chunk) => chunk.from <= today && today <= chunk.to);
    const before = current && previousChunk(current, granularity);
    const withPrevious = before !== undefined && !loader.isFinal(scope, before, before.to);
    const load = (chunk: DayRange, previous?: DayRange): Promise<Loaded> =>
      loader
        .load({
          ...scope,
          span: chunk,
          lastDay: Math.min(days.to, chunk.to),
          ...(previous ? { previous } : {}),
          tally,
        })
        .then((outcome) => ({ ...outcome, rows: rowsOf(outcome.entry, days.from, days.to) }));
    const currentLoad = current && load(current, withPrevious ? before : undefined);
    return chunks.map((chunk) => {
      if (currentLoad && chunk === current) return currentLoad;
      // The chunk before today's waits for today's call, which may bring it: then it came from
      // the platform for this request too, though it is read from the cache.
      if (currentLoad && withPrevious && chunk.from === before.from) {
        const then = () => load(chunk);
        return currentLoad.then(async (todays) => {
          const outcome = await then();
          return todays.source === 'miss' ? { ...outcome, source: todays.source } : outcome;
        }, then);
      }
      return load(chunk);
    });
  }

  return {
    async getTraffic(request) {
      const { device, granularity, businessHours } = request;
      const priority = request.priority ?? 'person';
      const scope = { device, granularity, businessHours, priority };
      const tally = { calls: 0 };
      const range = { from: request.from, to: request.to };
      const mainLoads = loadDays(scope, range, tally);
      const edges = partialBuckets(request.from, request.to, granularity);
      const edgeLoads = edges.map((edge) =>
        device.countsWalkOut
          ? settleAll(loadDays({ ...scope, granularity: 'day' }, edge, tally))
          : loader
              .load({ ...scope, span: edge, lastDay: edge.to, tally })
              .then((outcome) => [
                { ...outcome, rows: rowsOf(outcome.entry, edge.start, edge.to) },
              ]),
      );
      // Every span settles before a failure is thrown, and the failure counts every call this
      // request made (its other spans' too), none of another request's whose call it shared.
      const [main, edgeParts] = await Promise.all([
        settleAll(mainLoads),
        settleAll(edgeLoads),
      ]).catch(failWithCalls(tally));
      const body: DeviceTraffic = {
        device,
        granularity,
        businessHours,
        from: formatDate(request.from),
        to: formatDate(request.to),
        timezone: device.timezone,
        ...mergeBuckets(
          main.flatMap((outcome) => outcome.rows),
          { device, granularity, ...range },
          edges.map((edge, index) => ({
            bucket: edge,
            rows: (edgeParts[index] ?? []).flatMap((outcome) => outcome.rows),
          })),
        ),
      };
      const outcomes = [...main, ...edgeParts.flat()];
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
    async prefetch(request) {
      const { device, granularity, businessHours } = request;
      const scope = { device, granularity, businessHours, priority: request.priority ?? 'warm' };
      const tally = { calls: 0 };
      await settleAll(loadDays(scope, { from: request.from, to: request.to }, tally)).catch(
        failWithCalls(tally),
      );
      return tally.calls;
    },
    pendingCalls: () => loader.pending(),
  };
}

/** Rethrows a platform failure as having taken every call the request made. */
const failWithCalls =
  (tally: { calls: number }) =>
  (error: unknown): never => {
    throw error instanceof OpretailError ? withAttempts(error, tally.calls) : error;
  };

/** `error` as if it had taken `attempts` calls. */
function withAttempts(error: OpretailError, attempts: number): OpretailError {
  const { kind, message, gatewayCode, gatewayName, httpStatus } = error;
  return Object.assign(new OpretailError({ kind, message, attempts }), {
    gatewayCode,
    gatewayName,
    httpStatus,
  });
}
