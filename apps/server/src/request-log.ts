/**
 * One log line per request: method, path (never the query), status, milliseconds, upstream calls
 * and how the cache answered.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv, RequestStats } from './app-env.ts';
import type { Logger } from './logger.ts';

/**
 * The log line of one request.
 *
 * @example requestLine('GET', '/api/traffic', 200, 1.25, 0, 'hit') // 'GET /api/traffic 200 1.3ms upstream=0 cache=hit'
 */
export function requestLine(
  method: string,
  path: string,
  status: number,
  ms: number,
  upstreamCalls: number,
  cache: string | undefined,
): string {
  return `${method} ${path} ${status} ${ms.toFixed(1)}ms upstream=${upstreamCalls} cache=${cache ?? '-'}`;
}

/**
 * @example app.use(requestLog(logger))
 */
export function requestLog(logger: Logger, now: () => number = performance.now.bind(performance)) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = now();
    const stats: RequestStats = { upstreamCalls: 0, cache: undefined };
    c.set('stats', stats);
    await next();
    const status = c.res.status;
    const line = requestLine(
      c.req.method,
      c.req.path,
      status,
      now() - started,
      stats.upstreamCalls,
      stats.cache,
    );
    if (status >= 500) logger.warn(line);
    else logger.info(line);
  });
}
