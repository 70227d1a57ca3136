/**
 * The real server app in memory, for component tests: `fetch` is stubbed with `createApp`'s own
 * `app.request`, the platform behind it the in-memory sandbox (`@footfall/sandbox`), so routing,
 * query validation, the sign-in check, sessions and every answer body are the server's. Nothing
 * touches the network. The estate is three stores of the sandbox's demo (an inner door, face
 * cameras, a Tokyo store), as a DEVICES_FILE listing them would configure the server.
 *
 * Failures come from the real parts: the sandbox's fault queue (`api.sandbox.faults`) and the
 * server's clock (`api.expire()`). Where a test needs an answer the sandbox cannot give (a stale
 * one, an empty one), `reshapeTraffic` / `reshapeOverview` rework the real app's 200 answer,
 * contract-typed, after the app has routed, checked and answered the request.
 */
import {
  overviewSchema,
  trafficSchema,
  type ErrorBody,
  type Overview,
  type Session,
  type SessionUser,
  type Traffic,
} from '@footfall/contract';
import { createHarness, demoAuth, TEST_DEVICES } from '@footfall/server/test-kit';
import { vi } from 'vitest';

/** The stores the tests' server is configured with (DEVICES_FILE), of the sandbox's demo. */
const STORE_IDS = ['nanjing-road', 'lujiazui-kiosk', 'ginza'];
/** The estate with the demo's pop-up, whose front door goes offline (`ApiOptions.stores`). */
export const WITH_POPUP = [...STORE_IDS, 'xintiandi-popup'];
const devicesOf = (storeIds: readonly string[]) =>
  TEST_DEVICES.filter((d) => storeIds.includes(d.storeId));
const DEVICES = devicesOf(WITH_POPUP);

/** The flagship's main entrance. */
export const SHANGHAI_DOOR = deviceOf('d47c44906f14');
/** An inner door (a face camera): not an entrance, counts no walk-outs. */
export const INNER_DOOR = deviceOf('d47c44906f16');
/** The kiosk's face camera: an entrance that counts no walk-outs. */
export const FACE_CAMERA = deviceOf('a0b1c2d3e4f6');
/**
 * The pop-up's front door (in `WITH_POPUP` only): offline all day on every 6th day (2024-05-06,
 * 2024-05-12, 2024-05-18) and 13:00–16:00 on every 4th (2024-05-09); a full day otherwise
 * (2024-05-08, 2024-05-16, 2024-05-19). The sandbox's `isOffline`.
 */
export const FRONT_DOOR = deviceOf('3c5a8b1e7d01');

function deviceOf(mac: string) {
  const found = DEVICES.find((d) => d.mac === mac);
  if (!found) throw new Error(`${mac} is not a demo device`);
  return found;
}

/** The sandbox's demo manager (README), of Nanjing Road, as `/api/session` shows them. */
export const MANAGER: SessionUser = {
  username: 'manager',
  name: 'Nanjing Road manager',
  admin: false,
  stores: ['nanjing-road'],
};
export const MANAGER_PASSWORD = 'footfall-manager';

/** A traffic query's fields, as strings ('' when absent). */
export interface TrafficQuery {
  mac: string;
  store: string;
  from: string;
  to: string;
  granularity: string;
  businessHours: string;
  compare?: string;
}

/** An overview query's fields, as strings. */
export type OverviewQuery = Omit<TrafficQuery, 'mac' | 'store' | 'granularity'>;

export interface Reshaped {
  status: number;
  body: unknown;
}

export interface ApiOptions {
  /**
   * The sign-in mode and who is signed in at first (default `AUTH=none`). `local` is the demo
   * users' password sign-in; a `user` signs `MANAGER` in before the first request. `oidc` has a
   * provider the tests never reach (they only follow links to it).
   */
  session?: Session;
  /** The stores the server is configured with (default the three of `STORE_IDS`). */
  stores?: readonly string[];
  /**
   * A 200 traffic answer, reworked: for an answer the sandbox cannot give. Gets the real answer
   * (checked against the contract) and the query.
   */
  reshapeTraffic?: (answer: Traffic, query: TrafficQuery) => Reshaped;
  /** The same for `/api/overview`. */
  reshapeOverview?: (answer: Overview, query: OverviewQuery) => Reshaped;
  /**
   * `POST /api/session`'s answer in place of the server's, for what the server never sends (a
   * body's `retryAfterSeconds` other than its `Retry-After`) or a network failure (throw).
   */
  signInAnswer?: () => { status: number; body: ErrorBody; headers?: Record<string, string> };
}

const ORIGIN = 'http://localhost';

/** An `AUTH=oidc` provider the tests never reach: they only render the link to `/auth/login`. */
const UNREACHED_PROVIDER = {
  start: () => Promise.reject(new Error('no provider in component tests')),
  finish: () => Promise.resolve(undefined),
};

let demoAuthSetup: ReturnType<typeof demoAuth> | undefined;

const queryOf = (url: URL): TrafficQuery => {
  const q = Object.fromEntries(url.searchParams);
  return {
    mac: q.mac ?? '',
    store: q.store ?? '',
    from: q.from ?? '',
    to: q.to ?? '',
    granularity: q.granularity ?? 'hour',
    businessHours: q.businessHours ?? 'false',
    ...(q.compare !== undefined && { compare: q.compare }),
  };
};

const json = (body: unknown, status: number, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

/**
 * Stubs `fetch` with the real app; returns the mock, whose calls list the URLs asked for, with
 * the app's sandbox, `answer` (a GET straight to the app, not recorded) and `expire`.
 */
export function mockApi(options: ApiOptions = {}) {
  const {
    session = { auth: 'none', user: null },
    stores = STORE_IDS,
    reshapeTraffic,
    reshapeOverview,
  } = options;
  const auth =
    session.auth === 'local'
      ? (demoAuthSetup ??= demoAuth(STORE_IDS))
      : session.auth === 'oidc'
        ? Promise.resolve({ mode: 'oidc' as const, oidc: UNREACHED_PROVIDER })
        : Promise.resolve({ mode: 'none' as const });
  const harness = auth.then((setup) => {
    const built = createHarness({ auth: setup, devices: devicesOf(stores) });
    built.clock.now = Date.now();
    return built;
  });
  let cookie = '';

  async function send(path: string, init: RequestInit = {}): Promise<Response> {
    const { app } = await harness;
    const headers = new Headers(init.headers);
    if (cookie !== '') headers.set('cookie', cookie);
    const method = init.method ?? 'GET';
    // A browser names the page's origin on what is not a GET.
    if (method !== 'GET' && method !== 'HEAD') headers.set('origin', ORIGIN);
    // The page's AbortSignal is jsdom's, which Node's Request refuses; an answer is never cut off.
    const response = await app.request(new URL(path, ORIGIN).href, {
      ...init,
      signal: null,
      method,
      headers,
    });
    const set = /^footfall_session=([^;]*)/.exec(response.headers.get('set-cookie') ?? '');
    if (set) cookie = set[1] === '' ? '' : `footfall_session=${set[1]}`;
    return response;
  }

  const signIn = (username: string, password: string): Promise<Response> =>
    send('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  const signedIn =
    session.user === null
      ? Promise.resolve()
      : signIn(MANAGER.username, MANAGER_PASSWORD).then((response) => {
          if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
        });

  const handler = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    await signedIn;
    const url = new URL(input instanceof Request ? input.url : String(input), ORIGIN);
    if (url.pathname === '/api/session' && init?.method === 'POST' && options.signInAnswer) {
      const answer = options.signInAnswer();
      return json(answer.body, answer.status, answer.headers);
    }
    const response = await send(url.pathname + url.search, init);
    if (response.status !== 200) return response;
    if (url.pathname === '/api/traffic' && reshapeTraffic) {
      const answer = reshapeTraffic(trafficSchema.parse(await response.json()), queryOf(url));
      return json(answer.body, answer.status);
    }
    if (url.pathname === '/api/overview' && reshapeOverview) {
      const { from, to, businessHours, compare } = queryOf(url);
      const query = { from, to, businessHours, ...(compare !== undefined && { compare }) };
      const answer = reshapeOverview(overviewSchema.parse(await response.json()), query);
      return json(answer.body, answer.status);
    }
    return response;
  });
  vi.stubGlobal('fetch', handler);

  return Object.assign(handler, {
    /** The sandbox behind the app: `faults.push(…)` makes the platform fail. */
    sandbox: async () => (await harness).sandbox,
    /** A GET straight to the app (as the signed-in user), not among the recorded calls. */
    answer: async (path: string): Promise<unknown> => {
      await signedIn;
      const response = await send(path);
      return response.json();
    },
    /** A sign-in straight to the app, not among the recorded calls: its status. */
    signIn: async (username: string, password: string): Promise<number> =>
      (await signIn(username, password)).status,
    /** The session ends on the server: the clock moves past the idle limit (8 hours). */
    expire: async () => {
      (await harness).clock.now += 481 * 60_000;
    },
  });
}

export type Api = ReturnType<typeof mockApi>;

/**
 * The traffic answer to `call` (one of `trafficCalls`, or a query string of the API's), asked
 * again straight from the app: what the page was answered.
 */
export async function trafficAnswer(api: Api, call: URL | string | undefined): Promise<Traffic> {
  return trafficSchema.parse(await api.answer(apiPath('/api/traffic', call)));
}

/** The overview answer to `call` (one of `overviewCalls`, or a query string), from the app. */
export async function overviewAnswer(api: Api, call: URL | string | undefined): Promise<Overview> {
  return overviewSchema.parse(await api.answer(apiPath('/api/overview', call)));
}

function apiPath(path: string, call: URL | string | undefined): string {
  if (call === undefined) throw new Error(`${path} was not asked for`);
  return typeof call === 'string'
    ? `${path}?${call.replace(/^\?/, '')}`
    : call.pathname + call.search;
}

/** A count as the English pages write it: `1,246`. */
export const inEnglish = (count: number): string => count.toLocaleString('en-US');

const PERCENT = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const SIGNED = new Intl.NumberFormat('en-US', { signDisplay: 'exceptZero' });
const SIGNED_PERCENT = new Intl.NumberFormat('en-US', {
  style: 'percent',
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

/** A share as the English pages write it: `75.3%`. */
export const percentInEnglish = (ratio: number): string => PERCENT.format(ratio);

/** A change from `then` to `now` as the English pages write it: `+249 (+25%)` (`then` not 0). */
export const changeInEnglish = (now: number, then: number): string =>
  `${SIGNED.format(now - then)} (${SIGNED_PERCENT.format((now - then) / then)})`;

const calledUrls = (mock: Api): URL[] =>
  mock.mock.calls.map(
    ([input]) => new URL(input instanceof Request ? input.url : String(input), ORIGIN),
  );

/** The traffic URLs fetched so far. */
export function trafficCalls(mock: Api): URL[] {
  return calledUrls(mock).filter((url) => url.pathname === '/api/traffic');
}

/** The overview URLs fetched so far. */
export function overviewCalls(mock: Api): URL[] {
  return calledUrls(mock).filter((url) => url.pathname === '/api/overview');
}

/**
 * The traffic URLs fetched so far for an all-day view's own chart, leaving out the summary's
 * business-hours query (its after-hours figure).
 */
export function allDayTrafficCalls(mock: Api): URL[] {
  return trafficCalls(mock).filter((url) => url.searchParams.get('businessHours') !== 'true');
}

/** The paths fetched so far, in order. */
export function calledPaths(mock: Api): string[] {
  return calledUrls(mock).map((url) => url.pathname);
}
