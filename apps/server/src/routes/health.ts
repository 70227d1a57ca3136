import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';

/**
 * `GET /api/health`: the server is up, and whether it talks to the platform or the sandbox.
 *
 * @example app.route('/api/health', healthRoutes('sandbox'))
 */
export function healthRoutes(mode: 'sandbox' | 'live') {
  return new Hono<AppEnv>().get('/', (c) => c.json({ status: 'ok' as const, mode }, 200));
}
