/**
 * The HTTP requests to the Footfall server, through one typed Hono RPC client that keeps paths and
 * query names in step with the server. `readAnswer` reads a body once; `client.ts` checks it. Kept
 * apart from zod so the page's first, small script can send and read them (see `early.ts`).
 */
import type { Granularity } from '@footfall/buckets';
import type { AppType } from '@footfall/server';
import { hc } from 'hono/client';

export interface TrafficParams {
  mac: string;
  from: string;
  to: string;
  granularity: Granularity;
  businessHours: boolean;
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

export function requestTraffic(params: TrafficParams, signal?: AbortSignal): Promise<Response> {
  return client.api.traffic.$get(
    {
      query: {
        mac: params.mac,
        from: params.from,
        to: params.to,
        granularity: params.granularity,
        businessHours: params.businessHours ? 'true' : 'false',
      },
    },
    { init: { signal } },
  );
}

/** A response with its body read once: JSON, or `undefined` when the body is not JSON. */
export interface Answer {
  status: number;
  ok: boolean;
  body: unknown;
}

export async function readAnswer(response: Promise<Response>): Promise<Answer> {
  const read = await response;
  const body: unknown = await read.json().catch(() => undefined);
  return { status: read.status, ok: read.ok, body };
}
