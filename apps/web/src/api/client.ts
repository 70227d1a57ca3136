/**
 * Calls to the Footfall server (requests.ts) with their answers parsed. zod parses every body,
 * because types do not check what actually arrives. An error response becomes an `ApiError`
 * carrying the server's own message.
 */
import type { z } from 'zod';
import {
  readAnswer,
  requestDevices,
  requestHealth,
  requestTraffic,
  type Answer,
  type TrafficParams,
} from './requests.ts';
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
  /** The error body's other fields (`upstreamCode`, `retryAfterSeconds`, …). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    status: number,
    code: string,
    message: string,
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

async function parse<T>(answer: Promise<Answer>, schema: z.ZodType<T>): Promise<T> {
  const { status, ok, body } = await answer;
  if (!ok) {
    const error = errorSchema.safeParse(body);
    if (error.success) {
      const { code, message, ...details } = error.data.error;
      throw new ApiError(status, code, message, details);
    }
    throw new ApiError(status, 'HTTP_ERROR', `The server answered ${status}.`);
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new ApiError(status, 'BAD_RESPONSE', 'The server sent an unexpected response.');
  }
  return result.data;
}

export function parseHealth(answer: Promise<Answer>): Promise<Health> {
  return parse(answer, healthSchema);
}

export async function parseDevices(answer: Promise<Answer>): Promise<Device[]> {
  return (await parse(answer, devicesSchema)).devices;
}

export function parseTraffic(answer: Promise<Answer>): Promise<Traffic> {
  return parse(answer, trafficSchema);
}

export function fetchHealth(signal?: AbortSignal): Promise<Health> {
  return parseHealth(readAnswer(requestHealth(signal)));
}

export function fetchDevices(signal?: AbortSignal): Promise<Device[]> {
  return parseDevices(readAnswer(requestDevices(signal)));
}

export function fetchTraffic(params: TrafficParams, signal?: AbortSignal): Promise<Traffic> {
  return parseTraffic(readAnswer(requestTraffic(params, signal)));
}
