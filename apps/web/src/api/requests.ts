/**
 * The HTTP requests to the Footfall server, through one typed Hono RPC client that keeps paths and
 * query names in step with the server. `readAnswer` reads a body once; `client.ts` checks it. Kept
 * apart from zod so the page's first, small script can send and read them (see `early.ts`).
 */
import type { Comparison, Granularity } from '@footfall/buckets';
import type { Subject } from '@footfall/contract';
import type { AppType } from '@footfall/server';
import { hc } from 'hono/client';

export interface TrafficParams {
  subject: Subject;
  from: string;
  to: string;
  granularity: Granularity;
  businessHours: boolean;
  /** The earlier range to answer with it (`compare=`); absent: none. */
  compare?: Comparison;
}

export interface OverviewParams {
  from: string;
  to: string;
  businessHours: boolean;
  compare?: Comparison;
}

/**
 * A view's traffic query, its fields only (no `compare` key when there is none), so every caller
 * names one view's answer by the same query key.
 *
 * @example trafficParams({ ...view, compare: undefined }) // no `compare` field
 */
export function trafficParams(view: TrafficParams): TrafficParams {
  const { subject, from, to, granularity, businessHours, compare } = view;
  return { subject, from, to, granularity, businessHours, ...(compare && { compare }) };
}

// `fetch` is looked up per call, so a test can stub the global after this module loads.
const client = hc<AppType>('/', {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init),
});

export function requestHealth(signal?: AbortSignal): Promise<Response> {
  return client.api.health.$get(undefined, { init: { signal } });
}

export function requestDevices(signal?: AbortSignal): Promise<Response> {
  return client.api.devices.$get(undefined, { init: { signal } });
}

export function requestStores(signal?: AbortSignal): Promise<Response> {
  return client.api.stores.$get(undefined, { init: { signal } });
}

const flag = (value: boolean): 'true' | 'false' => (value ? 'true' : 'false');

export function requestTraffic(params: TrafficParams, signal?: AbortSignal): Promise<Response> {
  const { subject } = params;
  return client.api.traffic.$get(
    {
      query: {
        ...(subject.kind === 'store' ? { store: subject.id } : { mac: subject.mac }),
        from: params.from,
        to: params.to,
        granularity: params.granularity,
        businessHours: flag(params.businessHours),
        ...(params.compare && { compare: params.compare }),
      },
    },
    { init: { signal } },
  );
}

export function requestOverview(params: OverviewParams, signal?: AbortSignal): Promise<Response> {
  return client.api.overview.$get(
    {
      query: {
        from: params.from,
        to: params.to,
        businessHours: flag(params.businessHours),
        ...(params.compare && { compare: params.compare }),
      },
    },
    { init: { signal } },
  );
}

export function requestSession(signal?: AbortSignal): Promise<Response> {
  return client.api.session.$get(undefined, { init: { signal } });
}

export function requestSignIn(username: string, password: string): Promise<Response> {
  return client.api.session.$post(undefined, {
    init: {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    },
  });
}

export function requestSignOut(): Promise<Response> {
  return client.api.session.$delete(undefined, {});
}

/** A response with its body read once: JSON, or `undefined` when the body is not JSON. */
export interface Answer {
  status: number;
  ok: boolean;
  body: unknown;
  /** `Retry-After` in seconds, when the answer has one (429). */
  retryAfterSeconds?: number;
}

/** `Retry-After` as seconds: a number of seconds, or an HTTP date. */
function retryAfter(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

export async function readAnswer(response: Promise<Response>): Promise<Answer> {
  const read = await response;
  const body: unknown = await read.json().catch(() => undefined);
  const wait = retryAfter(read.headers.get('retry-after'), Date.now());
  return {
    status: read.status,
    ok: read.ok,
    body,
    ...(wait === undefined ? {} : { retryAfterSeconds: wait }),
  };
}
