import type { Stores } from '@footfall/contract';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Access } from '../auth/access.ts';

/**
 * `GET /api/stores`: the stores of the configured devices that the user may see, in the order
 * the devices file lists them, the only ones `/api/traffic?store=` and the overview answer them
 * for.
 *
 * @example app.route('/api/stores', storeRoutes(access))
 */
export function storeRoutes(access: Access) {
  return new Hono<AppEnv>().get('/', (c) => {
    const body: Stores = { stores: access.stores(c.get('user')).map(({ store }) => store) };
    return c.json(body, 200);
  });
}
