import { devicesSchema, type Devices } from '@footfall/contract';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Device } from '../devices.ts';

/**
 * `GET /api/devices`: the configured devices, the only ones `/api/traffic` answers for.
 *
 * @example app.route('/api/devices', deviceRoutes(devices))
 */
export function deviceRoutes(devices: readonly Device[]) {
  // Parsed with the contract, so nothing but the API's fields goes out.
  const body: Devices = devicesSchema.parse({ devices });
  return new Hono<AppEnv>().get('/', (c) => c.json(body, 200));
}
