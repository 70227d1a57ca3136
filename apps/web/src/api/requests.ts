/**
 * The HTTP requests to the Footfall server, typed by Hono's RPC client types of the server's
 * routes, so paths, methods and query names stay in step with the server at compile time; only
 * `fetch` runs (hc's runtime proxy cost 1.6 KB gzipped of the JavaScript budget, for six paths). `readAnswer`
 * reads a body once; `client.ts` checks it. Kept apart from zod so the page's first, small script
 * can send and read them (see `early.ts`).
 */
import type { OverviewParams, TrafficParams } from '../domain/queries.ts';
import type { AppType } from '@footfall/server';
import type { hc } from 'hono/client';

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

/** The server's `/api` routes as Hono's RPC client types them (types only: no client ships). */
type Api = ReturnType<typeof hc<AppType>>['api'];
type Method = '$get' | '$post' | '$delete';
/** The routes that answer `method`. */
type RouteWith<M extends Method> = {
  [R in keyof Api]: Api[R] extends Record<M, unknown> ? R : never;
}[keyof Api];
/** The query a route's GET takes, as the server's validator reads it. */
type QueryOf<R extends RouteWith<'$get'>> =
  NonNullable<Parameters<Api[R]['$get']>[0]> extends { query: infer Q } ? Q : never;

const METHODS = { $get: 'GET', $post: 'POST', $delete: 'DELETE' } as const;

// `fetch` is looked up per call, so a test can stub the global after this module loads.
function send<M extends Method>(
  method: M,
  route: RouteWith<M>,
  query: Readonly<Record<string, string | undefined>>,
  init: RequestInit = {},
): Promise<Response> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) params.append(name, value);
  }
  const search = params.toString();
  return fetch(`/api/${route}${search && `?${search}`}`, { ...init, method: METHODS[method] });
}

/** A GET of `route` with its query, checked against the server's. */
function get<R extends RouteWith<'$get'>>(
  route: R,
  query: QueryOf<R> & Partial<Record<keyof QueryOf<R>, string>>,
  signal?: AbortSignal,
): Promise<Response> {
  return send('$get', route, query, { signal: signal ?? null });
}

export function requestHealth(signal?: AbortSignal): Promise<Response> {
  return send('$get', 'health', {}, { signal: signal ?? null });
}

export function requestDevices(signal?: AbortSignal): Promise<Response> {
  return send('$get', 'devices', {}, { signal: signal ?? null });
}

export function requestStores(signal?: AbortSignal): Promise<Response> {
  return send('$get', 'stores', {}, { signal: signal ?? null });
}

const flag = (value: boolean): 'true' | 'false' => (value ? 'true' : 'false');

export function requestTraffic(params: TrafficParams, signal?: AbortSignal): Promise<Response> {
  const { subject } = params;
  return get(
    'traffic',
    {
      ...(subject.kind === 'store' ? { store: subject.id } : { mac: subject.mac }),
      from: params.from,
      to: params.to,
      granularity: params.granularity,
      businessHours: flag(params.businessHours),
      ...(params.compare && { compare: params.compare }),
    },
    signal,
  );
}

export function requestOverview(params: OverviewParams, signal?: AbortSignal): Promise<Response> {
  return get(
    'overview',
    {
      from: params.from,
      to: params.to,
      businessHours: flag(params.businessHours),
      ...(params.compare && { compare: params.compare }),
    },
    signal,
  );
}

export function requestSession(signal?: AbortSignal): Promise<Response> {
  return send('$get', 'session', {}, { signal: signal ?? null });
}

export function requestSignIn(username: string, password: string): Promise<Response> {
  return send(
    '$post',
    'session',
    {},
    {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    },
  );
}

export function requestSignOut(): Promise<Response> {
  return send('$delete', 'session', {});
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
