/**
 * Fault injection, per call (a queue each sandbox owns) and per device (the fixed behaviour of
 * the {@link FAULT_MACS}). Nothing here is module state, so sandboxes never see each other's
 * faults.
 */
import { faultDeviceOf, type FaultDevice } from './devices.ts';
import type { ResponseShape } from './render.ts';

/** A body that is not what the protocol promises. */
export type Malformed =
  /** HTTP 200 whose body is cut-off JSON. */
  | 'not-json'
  /** A success envelope whose rows have an unreadable `time` and non-numeric counts. */
  | 'bad-rows';

/** What a call meets instead of (or on top of) a plain answer. */
export interface CallFault {
  /** Only calls for this device meet the fault; any call when absent. */
  mac?: string;
  /** How many calls meet it; 1 when absent. */
  times?: number;
  /** Answer with this gateway code (e.g. -100, -500, -999, 16) instead of data. */
  code?: number;
  /** Wait this long before answering (cut short when the caller aborts). */
  delayMs?: number;
  malformed?: Malformed;
  /** Answer the data in one of the alternative shapes DESIGN says clients must read. */
  shape?: ResponseShape;
}

/** The per-call fault controls of one sandbox. */
export interface SandboxFaults {
  /**
   * Queues a fault for the next `times` calls (to `mac` only, when given). Queued faults are met
   * in order, by calls that pass the common checks.
   *
   * @example sandbox.faults.push({ code: -500, times: 2 })
   */
  push(fault: CallFault): void;
  /** How many calls queued faults still apply to. */
  readonly pending: number;
  /** Clears the queue and forgets which fault devices have been called. */
  reset(): void;
}

/** The sandbox's side of the controls: what the next call meets. */
export interface FaultSource {
  faults: SandboxFaults;
  /** The fault the next call meets (queued first, merged over the device's own), if any. */
  take(mac: string | undefined, slowDelayMs: number): CallFault | undefined;
}

function deviceFault(device: FaultDevice, firstCall: boolean, slowDelayMs: number): CallFault {
  switch (device) {
    case 'serverError':
      return { code: -500 };
    case 'unknownError':
      return { code: -999 };
    case 'repeatOnce':
      return firstCall ? { code: -100 } : {};
    case 'slow':
      return { delayMs: slowDelayMs };
    case 'malformed':
      return { malformed: 'not-json' };
    case 'wrapped':
      return { shape: { wrap: 'records', stringCounts: true } };
    case 'epochLabels':
      return { shape: { label: 'epoch-ms' } };
  }
}

/**
 * A fresh, empty set of fault controls.
 *
 * @example createFaultSource().faults.pending // 0
 */
export function createFaultSource(): FaultSource {
  const queue: { fault: CallFault; left: number }[] = [];
  const called = new Set<string>();

  const faults: SandboxFaults = {
    push(fault) {
      const times = fault.times ?? 1;
      if (!Number.isInteger(times) || times < 1) {
        throw new RangeError('A fault must apply to a whole number of calls, at least 1.');
      }
      queue.push({ fault, left: times });
    },
    get pending() {
      return queue.reduce((sum, entry) => sum + entry.left, 0);
    },
    reset() {
      queue.length = 0;
      called.clear();
    },
  };

  function takeQueued(mac: string | undefined): CallFault | undefined {
    const index = queue.findIndex(
      (entry) => entry.fault.mac === undefined || entry.fault.mac === mac,
    );
    const entry = queue[index];
    if (!entry) return undefined;
    entry.left -= 1;
    if (entry.left === 0) queue.splice(index, 1);
    return entry.fault;
  }

  return {
    faults,
    take(mac, slowDelayMs) {
      const queued = takeQueued(mac);
      const device = mac === undefined ? undefined : faultDeviceOf(mac);
      if (device === undefined || mac === undefined) return queued;
      const firstCall = !called.has(mac);
      called.add(mac);
      return { ...deviceFault(device, firstCall, slowDelayMs), ...queued };
    },
  };
}
