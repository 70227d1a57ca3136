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
  sessionSchema,
  signInAnswerSchema,
  storesSchema,
  trafficSchema,
  type Device,
  type Health,
  type Overview,
  type Session,
  type SessionUser,
  type Store,
  type Traffic,
} from '@footfall/contract';
import type { z } from 'zod/mini';
import {
  readAnswer,
  requestDevices,
  requestHealth,
  requestOverview,
  requestSession,
  requestSignIn,
  requestSignOut,
  requestStores,
  requestTraffic,
  type Answer,
} from './requests.ts';
import type { OverviewParams, TrafficParams } from '../domain/queries.ts';

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

/** The `ApiError` an answer that is not a success stands for. */
function refusal({ status, body, retryAfterSeconds }: Answer): ApiError {
  const error = errorBodySchema.safeParse(body);
  if (!error.success) return new ApiError(status, 'HTTP_ERROR', `The server answered ${status}.`);
  const { code, message, ...details } = error.data.error;
  // The body's own figure wins; `Retry-After` stands in when the body has none.
  const wait = retryAfterSeconds === undefined ? {} : { retryAfterSeconds };
  return new ApiError(status, code, message, { ...wait, ...details });
}

async function parse<T>(answer: Promise<Answer>, schema: z.ZodMiniType<T>): Promise<T> {
  const read = await answer;
  if (!read.ok) throw refusal(read);
  const result = schema.safeParse(read.body);
  if (!result.success) {
    throw new ApiError(read.status, 'BAD_RESPONSE', 'The server sent an unexpected response.');
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

export function parseSession(answer: Promise<Answer>): Promise<Session> {
  return parse(answer, sessionSchema);
}

/** Whether an error means the request had no valid session (none, expired, ended, forged). */
export const isUnauthenticated = (error: unknown): boolean =>
  error instanceof ApiError && error.code === 'UNAUTHENTICATED';

export function fetchSession(signal?: AbortSignal): Promise<Session> {
  return parseSession(readAnswer(requestSession(signal)));
}

/** `POST /api/session`: the user now signed in, or an `ApiError` (401, 429 with the wait, …). */
export async function signIn(username: string, password: string): Promise<SessionUser> {
  return (await parse(readAnswer(requestSignIn(username, password)), signInAnswerSchema)).user;
}

/** `DELETE /api/session`: the session ends on the server (204). */
export async function signOut(): Promise<void> {
  const answer = await readAnswer(requestSignOut());
  if (!answer.ok) throw refusal(answer);
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
