/**
 * Calls to the Footfall server through one typed Hono RPC client. The types keep paths and query
 * names in step with the server; zod still parses every body, because types do not check what
 * actually arrives. An error response becomes an `ApiError` carrying the server's own message.
 */
import type { Granularity } from '@footfall/buckets';
import type { AppType } from '@footfall/server';
import { hc } from 'hono/client';
import type { z } from 'zod';
import {
  devicesSchema,
  errorSchema,
  healthSchema,
  trafficSchema,
  type Device,
  type Health,
  type Traffic,
} from './schemas.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

// `fetch` is looked up per call, so a test can stub the global after this module loads.
const client = hc<AppType>('/', {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init),
});

async function parse<T>(responsePromise: Promise<Response>, schema: z.ZodType<T>): Promise<T> {
  const response = await responsePromise;
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = errorSchema.safeParse(body);
    if (error.success) {
      throw new ApiError(response.status, error.data.error.code, error.data.error.message);
    }
    throw new ApiError(response.status, 'HTTP_ERROR', `The server answered ${response.status}.`);
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new ApiError(response.status, 'BAD_RESPONSE', 'The server sent an unexpected response.');
  }
  return result.data;
}

export interface TrafficParams {
  mac: string;
  from: string;
  to: string;
  granularity: Granularity;
  businessHours: boolean;
}

export function fetchHealth(signal?: AbortSignal): Promise<Health> {
  return parse(client.api.health.$get(undefined, { init: { signal } }), healthSchema);
}

export async function fetchDevices(signal?: AbortSignal): Promise<Device[]> {
  const body = await parse(client.api.devices.$get(undefined, { init: { signal } }), devicesSchema);
  return body.devices;
}

export function fetchTraffic(params: TrafficParams, signal?: AbortSignal): Promise<Traffic> {
  const response = client.api.traffic.$get(
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
  return parse(response, trafficSchema);
}
