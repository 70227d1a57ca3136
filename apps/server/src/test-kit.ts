/**
 * The app in memory for tests: the real sandbox behind a counting fetch, a settable clock, a
 * logger that keeps its lines, and the demo devices plus every fault device (as a DEVICES_FILE
 * would list them: the fault devices in no store). Answers are read with the contract's schemas.
 */
import { createOpretailClient } from '@footfall/opretail';
import {
  createSandbox,
  DEMO_DEVICES,
  FAULT_MACS,
  SANDBOX_ACCOUNT,
  SANDBOX_GATEWAY_URL,
  type Sandbox,
  type SandboxAccount,
} from '@footfall/sandbox';
import {
  deviceTrafficSchema,
  overviewSchema,
  storeTrafficSchema,
  type DeviceTraffic,
  type Overview,
  type StoreTraffic,
} from '@footfall/contract';
import type { SessionUser } from '@footfall/contract';
import { chunkCacheBytes, createApp } from './app.ts';
import { demoUsers } from './auth/demo-users.ts';
import { createLocalSignIn } from './auth/local-sign-in.ts';
import { hashPassword, parsePasswordHash } from './auth/password.ts';
import type { AuthSetup } from './auth/setup.ts';
import type { SessionStore } from './auth/sessions.ts';
import { parseDevices, type Device } from './devices.ts';
import { createLogger, type Logger, type LogLevel } from './logger.ts';
import type { SharedRedis } from './shared/redis.ts';
import { createTrafficService } from './traffic-service.ts';

/** 2024-05-15 10:00 in Shanghai: a Wednesday. */
export const NOW = Date.UTC(2024, 4, 15, 2);

export const MAIN_DOOR = 'd47c44906f14';
export const SIDE_DOOR = 'd47c44906f15';
/** The flagship's inner door, a face camera. */
export const FACE_CAMERA = 'd47c44906f16';
export const FLAGSHIP = 'nanjing-road';
/** Its entrances include a face camera: its walk-outs are not counted. */
export const KIOSK = 'lujiazui-kiosk';
export const BOUTIQUE = 'ginza';
/** A store whose front door goes offline at times and whose garden door overcounts walk-outs. */
export const POPUP = 'xintiandi-popup';
/** Silent all day on every 6th day (2024-05-06, 2024-05-12), 13:00–16:00 on every 4th (2024-05-09). */
export const FRONT_DOOR = '3c5a8b1e7d01';
/** Its walk-outs run 30 % above its walk-ins. */
export const GARDEN_DOOR = '3c5a8b1e7d02';
/** A round-the-clock store in Europe/Berlin, for DST. */
export const STATION = 'berlin-hbf';
export const BERLIN_DOOR = 'b8d81209e4c1';

export const TEST_DEVICES: Device[] = parseDevices(
  [
    ...DEMO_DEVICES,
    ...Object.entries(FAULT_MACS).map(([key, mac]) => ({
      mac,
      name: `Fault ${key}`,
    })),
  ],
  'Asia/Shanghai',
);

export interface HarnessOptions {
  account?: SandboxAccount;
  rateLimitPerMinute?: number;
  cacheMaxBytes?: number;
  staticRoot?: string;
  timeoutMs?: number;
  slowDelayMs?: number;
  devices?: Device[];
  /** Redis shared with other harnesses, as instances share it. */
  shared?: SharedRedis;
  auth?: AuthSetup;
  sessionStore?: SessionStore;
  trustProxy?: boolean;
  sessionIdleMinutes?: number;
  /** `PLATFORM_CONCURRENCY`; 4 by default. */
  platformConcurrency?: number;
}

/** A test user: who they are, and their password (the README's demo pair, or any). */
export interface TestUser {
  user: SessionUser;
  password: string;
}

export const MANAGER: TestUser = {
  user: { username: 'mei', name: 'Mei Lin', admin: false, stores: [FLAGSHIP] },
  password: 'mei-password',
};
export const ADMIN: TestUser = {
  user: { username: 'hq', name: 'Head office', admin: true, stores: ['*'] },
  password: 'hq-password',
};

/** The smallest scrypt cost a password hash may have: tests stay quick. */
const TEST_COST = { log2N: 14, r: 8, p: 1 } as const;

/** `AUTH=local` with these users, hashed at the smallest cost allowed. */
export async function localAuth(users: readonly TestUser[] = [MANAGER, ADMIN]): Promise<AuthSetup> {
  const entries = await Promise.all(
    users.map(async ({ user, password }) => {
      const passwordHash = parsePasswordHash(await hashPassword(password, TEST_COST));
      if ('problem' in passwordHash) throw new Error(passwordHash.problem);
      return { user, passwordHash };
    }),
  );
  return { mode: 'local', signIn: await createLocalSignIn(entries) };
}

/**
 * `AUTH=local` with the sandbox's demo users (README: "manager", one store, and "admin") for
 * these store ids, as a sandbox server without USERS_FILE has them; hashed at the smallest cost.
 */
export async function demoAuth(storeIds: readonly string[]): Promise<AuthSetup> {
  return {
    mode: 'local',
    signIn: await createLocalSignIn(await demoUsers(storeIds, TEST_COST)),
  };
}

export function createHarness(options: HarnessOptions = {}) {
  const clock = { now: NOW };
  const now = (): number => clock.now;
  const sandbox: Sandbox = createSandbox({ now, slowDelayMs: options.slowDelayMs ?? 2000 });
  const requests: string[] = [];
  const upstream = createOpretailClient({
    ...(options.account ?? SANDBOX_ACCOUNT),
    gatewayUrl: SANDBOX_GATEWAY_URL,
    now,
    timeoutMs: options.timeoutMs ?? 10_000,
    sleep: () => Promise.resolve(),
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requests.push(await request.clone().text());
      return sandbox.fetch(request);
    },
  });
  const logger = createMemoryLogger('debug', now);
  const { lines } = logger;
  const cacheMaxBytes = options.cacheMaxBytes ?? 16 * 1024 * 1024;
  const service = createTrafficService({
    upstream,
    now,
    cacheMaxBytes: chunkCacheBytes(cacheMaxBytes),
    concurrency: options.platformConcurrency ?? 4,
    ...(options.shared ? { shared: options.shared } : {}),
  });
  const app = createApp({
    service,
    config: {
      mode: 'sandbox',
      rateLimitPerMinute: options.rateLimitPerMinute ?? 0,
      cacheMaxBytes,
      trustProxy: options.trustProxy ?? false,
      sessionIdleMinutes: options.sessionIdleMinutes ?? 480,
    },
    ...(options.auth === undefined ? {} : { auth: options.auth }),
    ...(options.sessionStore === undefined ? {} : { sessionStore: options.sessionStore }),
    devices: options.devices ?? TEST_DEVICES,
    upstream,
    now,
    logger,
    staticRoot: options.staticRoot ?? '/nonexistent-footfall-web-dist',
    ...(options.shared ? { shared: options.shared } : {}),
  });
  /** Upstream HTTP calls made so far (for one device's `mac` when given). */
  const calls = (mac?: string): number =>
    requests.filter((body) => mac === undefined || body.includes(`mac=${mac}`)).length;
  return { app, sandbox, clock, calls, requests, lines, service, logger };
}

type App = ReturnType<typeof createApp>;

/** GETs `path` with `query`, returning the status and parsed JSON. */
async function getJson(
  app: App,
  path: string,
  query: Record<string, string> | URLSearchParams,
  init?: RequestInit,
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await app.request(`${path}?${new URLSearchParams(query).toString()}`, init);
  return { status: response.status, body: await response.json(), headers: response.headers };
}

/** GETs `/api/traffic` with `query`, returning the status and parsed JSON. */
export function getTraffic(
  app: App,
  query: Record<string, string> | URLSearchParams,
  init?: RequestInit,
): Promise<{ status: number; body: unknown; headers: Headers }> {
  return getJson(app, '/api/traffic', query, init);
}

/** GETs `/api/overview` with `query`, returning the status and parsed JSON. */
export function getOverview(
  app: App,
  query: Record<string, string>,
): Promise<{ status: number; body: unknown; headers: Headers }> {
  return getJson(app, '/api/overview', query);
}

/** A device's `/api/traffic` answer, checked against the contract. */
export function trafficBody(body: unknown): DeviceTraffic {
  return deviceTrafficSchema.parse(body);
}

/** A store's `/api/traffic` answer, checked against the contract. */
export function storeTrafficBody(body: unknown): StoreTraffic {
  return storeTrafficSchema.parse(body);
}

/** An `/api/overview` answer, checked against the contract. */
export function overviewBody(body: unknown): Overview {
  return overviewSchema.parse(body);
}

/** Signs in over `POST /api/session`; the answer, and the `Cookie` header that carries the session. */
export async function signIn(
  app: App,
  { user, password }: TestUser,
  headers: Record<string, string> = {},
): Promise<{ response: Response; cookie: string }> {
  const response = await app.request('/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ username: user.username, password }),
  });
  const cookie = /^(footfall_session=[^;]*)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  return { response, cookie: cookie ?? '' };
}

/** A logger that keeps its lines, for tests. */
export function createMemoryLogger(
  level: LogLevel = 'debug',
  now?: () => number,
): Logger & { lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger({ level, write: (line) => lines.push(line), ...(now && { now }) });
  return { ...logger, lines };
}
