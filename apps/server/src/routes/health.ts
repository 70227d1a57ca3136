import type { Health } from '@footfall/contract';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { SharedRedis } from '../shared/redis.ts';

/**
 * `GET /api/health`: the server is up, whether it talks to the platform or the sandbox, and
 * where its shared state lives: in memory (this instance alone) or in Redis, `degraded` while
 * Redis is configured but unreachable (the instance keeps serving from its own memory).
 *
 * @example app.route('/api/health', healthRoutes('sandbox'))
 */
export function healthRoutes(mode: 'sandbox' | 'live', shared?: SharedRedis) {
  return new Hono<AppEnv>().get('/', (c) => {
    const body: Health = shared
      ? { status: shared.ready() ? 'ok' : 'degraded', mode, shared: 'redis' }
      : { status: 'ok', mode, shared: 'memory' };
    return c.json(body, 200);
  });
}
