/**
 * The Footfall HTTP app: `/api` routes, secure headers, limits, one log line per request and the
 * built SPA. Everything it depends on is injected, so tests run it in memory; importing this
 * module starts nothing.
 */
import type { OpretailClient } from '@footfall/opretail';
import { Hono } from 'hono';
import type { AppEnv } from './app-env.ts';
import type { Config } from './env.ts';
import type { Device } from './devices.ts';
import { createAccess } from './auth/access.ts';
import { createAudit } from './auth/audit.ts';
import { auditHidden, createGuard, sameOriginOnly } from './auth/guard.ts';
import type { AuthSetup } from './auth/setup.ts';
import { createSignInLimit } from './auth/sign-in-limit.ts';
import {
  createMemorySessionStore,
  createRedisSessionStore,
  createSessions,
  type SessionStore,
} from './auth/sessions.ts';
import { ApiError, createErrorHandler } from './errors.ts';
import { cachedAnswers, createAnswerCache } from './answer-cache.ts';
import { compressAnswers } from './compression.ts';
import { sizeLimits } from './limits.ts';
import { createRateLimiter } from './rate-limit.ts';
import { securityHeaders, securityHeaderValues } from './security.ts';
import { createLogger, type Logger } from './logger.ts';
import { requestLog } from './request-log.ts';
import { deviceRoutes } from './routes/devices.ts';
import { healthRoutes } from './routes/health.ts';
import { overviewRoutes } from './routes/overview.ts';
import { authRoutes } from './routes/auth.ts';
import { sessionRoutes } from './routes/session.ts';
import { storeRoutes } from './routes/stores.ts';
import { trafficRoutes } from './routes/traffic.ts';
import { createStaticHandler, defaultStaticRoot } from './static.ts';
import { groupStores } from './stores.ts';
import { createTrafficService, type TrafficService } from './traffic-service.ts';
import type { SharedRedis } from './shared/redis.ts';

export interface AppOptions {
  config: Pick<Config, 'mode' | 'rateLimitPerMinute' | 'cacheMaxBytes'> &
    Partial<Pick<Config, 'sessionIdleMinutes' | 'trustProxy'>>;
  /** How users sign in; defaults to `AUTH=none` (open). */
  auth?: AuthSetup;
  /** Where sessions live; defaults to Redis with `shared`, else this process's memory. */
  sessionStore?: SessionStore;
  devices: readonly Device[];
  /** The platform client (in sandbox mode, one talking to the in-memory sandbox). */
  upstream: OpretailClient;
  now?: () => number;
  logger?: Logger;
  /** The built SPA; defaults to `apps/web/dist`. */
  staticRoot?: string;
  /** Platform calls the whole server may have in flight at once. */
  concurrency?: number;
  /** The traffic service, when the caller also warms it; defaults to a new one. */
  service?: TrafficService;
  /** Redis, shared with the other instances (`REDIS_URL`); without it all stays in memory. */
  shared?: SharedRedis;
}

/** Half of `CACHE_MAX_BYTES` holds the platform's rows, half the finished answers. */
export const chunkCacheBytes = (cacheMaxBytes: number): number => Math.floor(cacheMaxBytes / 2);

const isApiPath = (path: string): boolean => path === '/api' || path.startsWith('/api/');

/**
 * Builds the app. The returned value's type is {@link AppType}, for `hc<AppType>`.
 *
 * @example const app = createApp({ config, devices, upstream }); await app.request('/api/health');
 */
export function createApp(options: AppOptions) {
  const { config, devices, upstream } = options;
  const stores = groupStores(devices);
  const now = options.now ?? Date.now;
  const logger = options.logger ?? createLogger({ level: 'info' });
  const cacheBytes = chunkCacheBytes(config.cacheMaxBytes);
  const service =
    options.service ??
    createTrafficService({
      upstream,
      now,
      cacheMaxBytes: cacheBytes,
      ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
      ...(options.shared ? { shared: options.shared } : {}),
    });

  const limiter =
    config.rateLimitPerMinute > 0
      ? createRateLimiter(config.rateLimitPerMinute, options.shared)
      : undefined;
  const answers = createAnswerCache(cacheBytes, now, securityHeaderValues());

  const auth = options.auth ?? { mode: 'none' };
  const trustProxy = config.trustProxy ?? false;
  const sessions = createSessions({
    store:
      options.sessionStore ??
      (options.shared ? createRedisSessionStore(options.shared) : createMemorySessionStore(now)),
    now,
    idleMs: (config.sessionIdleMinutes ?? 480) * 60_000,
  });
  const guard = createGuard(auth.mode, sessions);
  const access = createAccess(devices, stores);
  const audit = createAudit(logger);

  const app = new Hono<AppEnv>();
  // Kept answers first: a repeated question skips the stack, with the same headers, access
  // decision and log line.
  app.use(
    cachedAnswers({
      answers,
      limiter,
      logger,
      viewer: guard.viewer,
      sees: access.sees,
      trustProxy,
    }),
  );
  app.use(securityHeaders());
  app.use(requestLog(logger));
  app.use(sizeLimits());
  app.use(sameOriginOnly(trustProxy, audit));
  app.use('/api/*', compressAnswers());
  app.use('/api/*', guard.signedIn());
  // After the guard: the audit line names the signed-in user.
  app.use('/api/*', auditHidden(trustProxy, audit));

  const routes = app
    .route('/api/health', healthRoutes(config.mode, options.shared))
    .route(
      '/api/session',
      sessionRoutes({
        mode: auth.mode,
        guard,
        sessions,
        signIn: auth.mode === 'local' ? auth.signIn : undefined,
        limit: createSignInLimit(options.shared),
        audit,
        trustProxy,
      }),
    )
    .route(
      '/auth',
      authRoutes({
        oidc: auth.mode === 'oidc' ? auth.oidc : undefined,
        sessions,
        audit,
        trustProxy,
      }),
    )
    .route('/api/devices', deviceRoutes(access))
    .route('/api/stores', storeRoutes(access))
    .route('/api/traffic', trafficRoutes({ access, service, now, limiter, answers, trustProxy }))
    .route('/api/overview', overviewRoutes({ access, service, limiter, trustProxy }));

  const serveStatic = createStaticHandler(options.staticRoot ?? defaultStaticRoot());
  app.get('*', (c) => {
    if (isApiPath(c.req.path)) return c.notFound();
    return serveStatic(c);
  });
  app.notFound((c) => {
    if (isApiPath(c.req.path)) {
      return c.json(new ApiError(404, 'NOT_FOUND', 'No such API route.').toBody(), 404);
    }
    return c.text('Not found.\n', 404);
  });
  app.onError(createErrorHandler(logger));
  return routes;
}

/** The API's type: the web app types its requests by `hc<AppType>`'s types (no client runs). */
export type AppType = ReturnType<typeof createApp>;
