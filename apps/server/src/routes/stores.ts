import type { Stores } from '@footfall/contract';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { StoreDoors } from '../stores.ts';

/**
 * `GET /api/stores`: the stores of the configured devices, in the order the devices file lists
 * them, the only ones `/api/traffic?store=` and the overview answer for.
 *
 * @example app.route('/api/stores', storeRoutes(groupStores(devices)))
 */
export function storeRoutes(stores: readonly StoreDoors[]) {
  const body: Stores = { stores: stores.map(({ store }) => store) };
  return new Hono<AppEnv>().get('/', (c) => c.json(body, 200));
}
