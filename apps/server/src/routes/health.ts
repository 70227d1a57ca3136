import type { Health } from '@footfall/contract';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';

/**
 * `GET /api/health`: the server is up, whether it talks to the platform or the sandbox, and
 * where its cache lives (in memory: this instance alone).
 *
 * @example app.route('/api/health', healthRoutes('sandbox'))
 */
export function healthRoutes(mode: 'sandbox' | 'live') {
  const body: Health = { status: 'ok', mode, shared: 'memory' };
  return new Hono<AppEnv>().get('/', (c) => c.json(body, 200));
}
