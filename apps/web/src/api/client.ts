/**
 * Calls to the Footfall server (requests.ts) with their answers parsed by the contract's schemas
 * (`@footfall/contract`): types do not check what actually arrives. An error response becomes an
 * `ApiError` carrying the server's code and message.
 */
import {
  devicesSchema,
  errorBodySchema,
  healthSchema,
  overviewSchema,
  storesSchema,
  trafficSchema,
  type Device,
  type Health,
  type Overview,
  type Store,
  type Traffic,
} from '@footfall/contract';
import type { z } from 'zod';
import {
  readAnswer,
  requestDevices,
  requestHealth,
  requestOverview,
  requestStores,
  requestTraffic,
  type Answer,
  type OverviewParams,
  type TrafficParams,
} from './requests.ts';

export type { OverviewParams, TrafficParams } from './requests.ts';

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
    const error = errorBodySchema.safeParse(body);
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

export async function parseStores(answer: Promise<Answer>): Promise<Store[]> {
  return (await parse(answer, storesSchema)).stores;
}

export function parseTraffic(answer: Promise<Answer>): Promise<Traffic> {
  return parse(answer, trafficSchema);
}

export function parseOverview(answer: Promise<Answer>): Promise<Overview> {
  return parse(answer, overviewSchema);
}

export function fetchHealth(signal?: AbortSignal): Promise<Health> {
  return parseHealth(readAnswer(requestHealth(signal)));
}

export function fetchDevices(signal?: AbortSignal): Promise<Device[]> {
  return parseDevices(readAnswer(requestDevices(signal)));
}

export function fetchStores(signal?: AbortSignal): Promise<Store[]> {
  return parseStores(readAnswer(requestStores(signal)));
}

export function fetchTraffic(params: TrafficParams, signal?: AbortSignal): Promise<Traffic> {
  return parseTraffic(readAnswer(requestTraffic(params, signal)));
}

export function fetchOverview(params: OverviewParams, signal?: AbortSignal): Promise<Overview> {
  return parseOverview(readAnswer(requestOverview(params, signal)));
}
