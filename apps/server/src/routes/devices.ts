import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Device } from '../devices.ts';

/**
 * `GET /api/devices`: the configured devices, the only ones `/api/traffic` answers for.
 *
 * @example app.route('/api/devices', deviceRoutes(devices))
 */
export function deviceRoutes(devices: readonly Device[]) {
  const body = {
    devices: devices.map(({ mac, name, store, timezone, countsWalkOut }) => ({
      mac,
      name,
      store,
      timezone,
      countsWalkOut,
    })),
  };
  return new Hono<AppEnv>().get('/', (c) => c.json(body, 200));
}
