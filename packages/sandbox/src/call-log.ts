/**
 * The sandbox's recent calls, with their business parameters read: so a test can show that a
 * given exact-span call was made (say timeType 3 from `2023-03-01 00:00:00` to
 * `2023-03-05 23:59:59`). Bounded: a long-running sandbox keeps only the last
 * {@link CALL_LOG_LIMIT}.
 */
import { formatWallTime, timeTypeOf } from '@footfall/buckets';
import type { Params } from './checks.ts';
import { parsePassengerParams } from './passenger-params.ts';

/** How many calls a sandbox's log keeps, the most recent. */
export const CALL_LOG_LIMIT = 1000;

/** One logged passenger-flow call, its business parameters as the platform reads them. */
export interface SandboxCall {
  /** The device's MAC (12 lowercase hex digits). */
  mac: string;
  /** `yyyy-MM-dd HH:mm:ss`, the device's wall time, as sent. */
  startTime: string;
  endTime: string;
  /** 1 hour, 2 day, 3 week, 4 month, 5 quarter, 6 year (1 when the call sent none). */
  timeType: number;
  /** 1: business hours only; 0: all day (0 when the call sent none). */
  isOnBusinessTime: 0 | 1;
}

export interface CallLog {
  /** Logs a call that carries valid business parameters; any other call is not logged. */
  record(params: Params): void;
  /** The logged calls, oldest first (a copy). */
  entries(): SandboxCall[];
}

/**
 * An empty log keeping the last `limit` calls.
 *
 * @example createCallLog().entries() // []
 */
export function createCallLog(limit = CALL_LOG_LIMIT): CallLog {
  const ring: SandboxCall[] = [];
  let next = 0;
  return {
    record(params) {
      const parsed = parsePassengerParams(params);
      if (!parsed.ok) return;
      const { mac, start, end, granularity, businessHoursOnly } = parsed.value;
      const call: SandboxCall = {
        mac,
        startTime: formatWallTime(start),
        endTime: formatWallTime(end),
        timeType: timeTypeOf(granularity),
        isOnBusinessTime: businessHoursOnly ? 1 : 0,
      };
      if (ring.length < limit) ring.push(call);
      else ring[next] = call;
      next = (next + 1) % limit;
    },
    entries: () => [...ring.slice(next), ...ring.slice(0, next)],
  };
}
