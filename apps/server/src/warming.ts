/**
 * Keeps warm what the default views need, so a manager's first view of the morning, and a chain's
 * overview, cost no platform call: each door's recent days (the last 30 and the 30 before, and
 * the days last year's comparison reads) and its recent hours (the last 7 days and the 7 before).
 * It runs at start-up and again after each local midnight and after 06:00, when yesterday is read
 * once more (`finality.ts`). It asks through the traffic service, so with Redis each chunk still
 * costs one call across every instance.
 *
 * Warming never delays a person: its calls wait behind people's in the service's queue, and it
 * keeps at most `PLATFORM_CONCURRENCY - 1` calls of its own going, so one is always free. A
 * `-100 API_CALL_REPEAT` slows it down (it waits, doubling up to a minute, and tries again); it
 * never gives warming up.
 */
import { bucketStart, DAY_MS, toWall } from '@footfall/buckets';
import { OpretailError } from '@footfall/opretail';
import PQueue from 'p-queue';
import type { Device } from './devices.ts';
import { nextDayTurn } from './finality.ts';
import type { Logger } from './logger.ts';
import type { TrafficRequest, TrafficService } from './traffic-service.ts';

/** Days back the warm days reach: last year's comparison of the last 30 days starts 393 back. */
export const WARM_DAYS = 400;
/** Days back the warm hours reach: the last 7 days and the 7 before them. */
export const WARM_HOUR_DAYS = 14;
/** After a local midnight or 06:00, warming waits this long, so its calls come after the turn. */
const AFTER_TURN_MS = 5_000;
const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 60_000;
const API_CALL_REPEAT = -100;

export interface WarmerOptions {
  service: TrafficService;
  devices: () => readonly Device[];
  now: () => number;
  logger: Logger;
  /** `PLATFORM_CONCURRENCY`: warming keeps one fewer calls going. */
  platformConcurrency: number;
  /** Waits between tries after a `-100` (tests pass one that does not wait). */
  sleep?: (ms: number) => Promise<void>;
}

/** What one round of warming did. */
export interface WarmReport {
  doors: number;
  calls: number;
  /** Tries that met `-100` and waited. */
  repeats: number;
  /** Ranges given up for another fault, until the next round. */
  failures: number;
}

export interface Warmer {
  /** One round now, over every door. */
  warm(): Promise<WarmReport>;
  /** A round now, then one after each local midnight and 06:00 of any door's zone. */
  start(): void;
  stop(): void;
}

/**
 * The ranges a round warms for one door: its days and hours up to yesterday, all day. The chunks
 * they touch are fetched whole, so today's rows come along (fresh for a minute).
 */
function warmRanges(device: Device, now: number): TrafficRequest[] {
  const today = bucketStart(toWall(now, device.timezone), 'day');
  const range = (days: number, granularity: 'day' | 'hour'): TrafficRequest => ({
    device,
    from: today - days * DAY_MS,
    to: today - DAY_MS,
    granularity,
    businessHours: false,
    priority: 'warm',
  });
  return [range(WARM_DAYS, 'day'), range(WARM_HOUR_DAYS, 'hour')];
}

const isRepeat = (error: unknown): boolean =>
  error instanceof OpretailError && error.gatewayCode === API_CALL_REPEAT;

/**
 * @example const warmer = createWarmer({ service, devices: () => devices, now: Date.now, logger, platformConcurrency: 4 }); warmer.start();
 */
export function createWarmer(options: WarmerOptions): Warmer {
  const { service, now, logger } = options;
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const slots = Math.max(1, options.platformConcurrency - 1);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;

  async function warmRange(request: TrafficRequest, report: WarmReport): Promise<void> {
    for (
      let backoff = FIRST_BACKOFF_MS;
      !stopped;
      backoff = Math.min(2 * backoff, MAX_BACKOFF_MS)
    ) {
      try {
        // Awaited first: `report.calls += await …` would read the total before the wait and lose
        // the calls other ranges added meanwhile.
        const calls = await service.prefetch(request);
        report.calls += calls;
        return;
      } catch (error) {
        if (error instanceof OpretailError) report.calls += error.attempts;
        if (!isRepeat(error)) {
          report.failures += 1;
          const reason = error instanceof Error ? error.message : String(error);
          logger.warn(
            `Warming ${request.device.mac} by ${request.granularity} failed (${reason.replace(/\.$/, '')}); the next round tries again.`,
          );
          return;
        }
        report.repeats += 1;
        await sleep(backoff);
      }
    }
  }

  async function warm(): Promise<WarmReport> {
    const started = performance.now();
    const devices = options.devices();
    const report: WarmReport = { doors: devices.length, calls: 0, repeats: 0, failures: 0 };
    const queue = new PQueue({ concurrency: slots });
    const at = now();
    for (const device of devices) {
      for (const request of warmRanges(device, at)) {
        void queue.add(() => warmRange(request, report));
      }
    }
    await queue.onIdle();
    logger.info(
      `Warmed ${report.doors} doors in ${Math.round(performance.now() - started)} ms: ${report.calls} platform calls, ${report.repeats} waits after -100, ${report.failures} failed`,
    );
    return report;
  }

  /** Rounds run one after another, never two at once. */
  const round = (): void => {
    running = running.then(warm, warm);
  };

  function schedule(): void {
    if (stopped) return;
    const zones = options.devices().map((device) => device.timezone);
    const next = nextDayTurn(now(), zones);
    if (!Number.isFinite(next)) return;
    timer = setTimeout(
      () => {
        round();
        schedule();
      },
      next - now() + AFTER_TURN_MS,
    );
    timer.unref();
  }

  return {
    warm,
    start() {
      stopped = false;
      round();
      schedule();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
