/**
 * One log line per request: method, path (never the query), status, milliseconds, upstream calls
 * and how the cache answered.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv, RequestStats } from './app-env.ts';
import type { Logger } from './logger.ts';

/**
 * @example app.use(requestLog(logger))
 */
export function requestLog(logger: Logger, now: () => number = performance.now.bind(performance)) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = now();
    const stats: RequestStats = { upstreamCalls: 0, cache: undefined };
    c.set('stats', stats);
    await next();
    const ms = (now() - started).toFixed(1);
    const cache = stats.cache ?? '-';
    const line = `${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms upstream=${stats.upstreamCalls} cache=${cache}`;
    if (c.res.status >= 500) logger.warn(line);
    else logger.info(line);
  });
}
