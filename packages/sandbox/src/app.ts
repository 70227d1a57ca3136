/**
 * The simulated gateway: one Hono app serving `/m.api` by POST (form body) and GET (query
 * string), answering DESIGN's envelope `{ stat: { cid, code, codename, systime }, result, data }`
 * with HTTP 200, as the platform does, even for gateway errors.
 */
import { MINUTE_MS, toWall } from '@footfall/buckets';
import { describeGatewayCode } from '@footfall/opretail';
import { Hono, type Context } from 'hono';
import { DEMO_ACCOUNT_METHOD, type SandboxAccount } from './accounts.ts';
import { aggregateTraffic } from './aggregate.ts';
import { createCallLog, type SandboxCall } from './call-log.ts';
import { checkCommonParams, type Params } from './checks.ts';
import type { DemoDevice } from './devices.ts';
import { createEstate } from './estate.ts';
import { createFaultSource, type CallFault, type SandboxFaults } from './faults.ts';
import { PARAM_INVALID, parsePassengerParams } from './passenger-params.ts';
import { renderRows, type ResponseShape } from './render.ts';

export interface SandboxOptions {
  /** Epoch ms now (default `Date.now`): later hours do not exist, timestamps are checked against it. */
  now?: () => number;
  /** How far `_timestamp` may be off the gateway clock; default 10 minutes. */
  maxSkewMs?: number;
  /** The delay of the `FAULT_MACS.slow` device; default 2 seconds. */
  slowDelayMs?: number;
  /**
   * Serve a generated estate of this many stores (1 to 9,999) of three doors each instead of the
   * demo's five stores (see `estate.ts`); its devices are `sandbox.devices` and
   * `generatedDevices(stores)`. The fault devices answer either way.
   */
  stores?: number;
  /**
   * Every `/m.api` call waits this long before it is answered, like a far-away gateway (e.g. 150
   * for benchmarks); calls wait side by side, never one after another. Default 0.
   */
  latencyMs?: number;
}

export interface Sandbox {
  /** Serves `POST` and `GET` `/m.api`. */
  app: Hono;
  /** The app's `fetch`, for in-memory use. */
  fetch: (request: Request) => Promise<Response>;
  /** Per-call fault injection; per-device faults come with the `FAULT_MACS`. */
  faults: SandboxFaults;
  /** How many `/m.api` calls arrived (for one device's `mac` when given), whatever their answer. */
  callCount: (mac?: string) => number;
  /**
   * The last calls (at most 1,000, oldest first) that carried valid business parameters,
   * whatever their answer, those parameters read: `{ mac, startTime, endTime, timeType,
   * isOnBusinessTime }`.
   */
  recentCalls: () => SandboxCall[];
  /** The devices this sandbox's estate lists (the demo's, or the generated ones). */
  devices: readonly DemoDevice[];
}

/** Reads the query string and, for a form or multipart POST, the body (which wins on a clash). */
async function readParams(c: Context): Promise<Params> {
  const params: Record<string, string> = {};
  for (const [name, value] of new URL(c.req.url).searchParams) params[name] ??= value;
  if (c.req.method === 'POST') {
    const body = await c.req.parseBody().catch(() => ({}));
    for (const [name, value] of Object.entries(body)) {
      if (typeof value === 'string') params[name] = value;
    }
  }
  return params;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

/**
 * A sandbox with its own fault queue and call counts.
 *
 * @example const { fetch } = createSandbox({ now: () => Date.UTC(2024, 2, 1, 4) })
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const now = options.now ?? Date.now;
  const maxSkewMs = options.maxSkewMs ?? 10 * MINUTE_MS;
  const slowDelayMs = options.slowDelayMs ?? 2000;
  const latencyMs = options.latencyMs ?? 0;
  if (!Number.isFinite(latencyMs) || latencyMs < 0) {
    throw new RangeError('The sandbox latency must be a number of milliseconds, at least 0.');
  }
  const estate = createEstate(options.stores);
  const source = createFaultSource();
  const log = createCallLog();
  // Counts, not a log: a long-running sandbox must not grow with every call.
  let totalCalls = 0;
  const callsByMac = new Map<string, number>();

  function answer(
    c: Context,
    code: number,
    body: { result?: unknown; data?: unknown; shape?: ResponseShape },
  ): Response {
    const stat = {
      cid: `sandbox-${totalCalls}`,
      code: body.shape?.codeAsString ? String(code) : code,
      codename: codeName(code),
      systime: now(),
    };
    const result = body.result ?? (code === 0 ? null : describeGatewayCode(code).message);
    return c.json({ stat, result, data: body.data ?? null });
  }

  function passengerFlow(c: Context, params: Params, fault: CallFault | undefined): Response {
    const parsed = parsePassengerParams(params);
    if (!parsed.ok) return answer(c, PARAM_INVALID.code, { result: parsed.message });
    const query = parsed.value;
    const profile = estate.profileOf(query.mac);
    const shape = fault?.shape ?? {};
    if (!profile) return answer(c, 0, { data: renderRows([], shape, 'UTC'), shape });
    const buckets = aggregateTraffic(profile, {
      ...query,
      now: toWall(now(), profile.device.timezone),
    });
    return answer(c, 0, { data: renderRows(buckets, shape, profile.device.timezone), shape });
  }

  async function handle(c: Context): Promise<Response> {
    const params = await readParams(c);
    totalCalls += 1;
    if (params.mac !== undefined) callsByMac.set(params.mac, (callsByMac.get(params.mac) ?? 0) + 1);
    log.record(params);
    if (latencyMs > 0) {
      await sleep(latencyMs, c.req.raw.signal);
      // The answer is worked out after the I/O of the turn, not inside the timers' phase: with a
      // latency shorter than that work, Node would run one due timer after another and never
      // read a socket (an embedded sandbox would starve its server's requests).
      await new Promise((resolve) => setImmediate(resolve));
    }
    const check = checkCommonParams(params, { now: now(), maxSkewMs });
    if (!check.ok) return answer(c, check.code, {});

    const fault = source.take(params.mac, slowDelayMs);
    if (fault?.delayMs !== undefined) await sleep(fault.delayMs, c.req.raw.signal);
    if (fault?.code !== undefined) return answer(c, fault.code, { shape: fault.shape });
    if (fault?.malformed === 'not-json') {
      return c.body('{"stat":{"code":0,"codename":"SUCC', 200, {
        'content-type': 'application/json; charset=UTF-8',
      });
    }
    if (fault?.malformed === 'bad-rows') {
      return answer(c, 0, { data: [{ time: 'yesterday', passengerFlow: 'many' }] });
    }
    if (check.method === DEMO_ACCOUNT_METHOD) {
      return answer(c, 0, { data: accountInfo(check.account, params) });
    }
    return passengerFlow(c, params, fault);
  }

  const app = new Hono();
  app.on(['GET', 'POST'], '/m.api', handle);

  return {
    app,
    fetch: async (request) => app.fetch(request),
    faults: source.faults,
    callCount: (mac) => (mac === undefined ? totalCalls : (callsByMac.get(mac) ?? 0)),
    recentCalls: () => log.entries(),
    devices: estate.devices,
  };
}

function codeName(code: number): string {
  if (code === 0) return 'SUCCESS';
  if (code === PARAM_INVALID.code) return PARAM_INVALID.name;
  return describeGatewayCode(code).name;
}

function accountInfo(account: SandboxAccount, params: Params): Record<string, unknown> {
  return { akey: account.akey, aid: account.aid, orgid: params.orgid ?? null, status: 'active' };
}
