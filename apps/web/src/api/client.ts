/**
 * Calls to the Footfall server (requests.ts) with their answers parsed. zod parses every body,
 * because types do not check what actually arrives. An error response becomes an `ApiError`
 * carrying the server's own message.
 */
import type { z } from 'zod';
import { requestDevices, requestHealth, requestTraffic, type TrafficParams } from './requests.ts';
import {
  devicesSchema,
  errorSchema,
  healthSchema,
  trafficSchema,
  type Device,
  type Health,
  type Traffic,
} from './schemas.ts';

export type { TrafficParams } from './requests.ts';

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

export function parseHealth(response: Promise<Response>): Promise<Health> {
  return parse(response, healthSchema);
}

export async function parseDevices(response: Promise<Response>): Promise<Device[]> {
  return (await parse(response, devicesSchema)).devices;
}

export function parseTraffic(response: Promise<Response>): Promise<Traffic> {
  return parse(response, trafficSchema);
}

export function fetchHealth(signal?: AbortSignal): Promise<Health> {
  return parseHealth(requestHealth(signal));
}

export function fetchDevices(signal?: AbortSignal): Promise<Device[]> {
  return parseDevices(requestDevices(signal));
}

export function fetchTraffic(params: TrafficParams, signal?: AbortSignal): Promise<Traffic> {
  return parseTraffic(requestTraffic(params, signal));
}
