import { devicesSchema, type Devices } from '@footfall/contract';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Access } from '../auth/access.ts';

/**
 * `GET /api/devices`: the configured devices the user may see, the only ones `/api/traffic`
 * answers them for.
 *
 * @example app.route('/api/devices', deviceRoutes(access))
 */
export function deviceRoutes(access: Access) {
  return new Hono<AppEnv>().get('/', (c) => {
    // Parsed with the contract, so nothing but the API's fields goes out.
    const body: Devices = devicesSchema.parse({ devices: access.devices(c.get('user')) });
    return c.json(body, 200);
  });
}
