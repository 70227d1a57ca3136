/**
 * The sandbox's demo users, for trying `AUTH=local` without writing a USERS_FILE: a store
 * manager of one store and an admin of all. Their hashes are made at start-up (no hash is ever
 * committed); the passwords are in the README. Sandbox mode only: a live server never has them.
 */
import { ALL_STORES } from '@footfall/contract';
import { hashPassword, parsePasswordHash, type ScryptCost } from './password.ts';
import type { LocalUser } from './users.ts';

/** The demo accounts and their passwords, written in the README; for the sandbox only. */
export const DEMO_USERS = [
  {
    username: 'manager',
    name: 'Nanjing Road manager',
    password: 'footfall-manager',
    admin: false,
    store: 'nanjing-road',
  },
  {
    username: 'admin',
    name: 'Head office',
    password: 'footfall-admin',
    admin: true,
    store: ALL_STORES,
  },
] as const;

/**
 * The demo users for the configured stores: the manager gets `nanjing-road` (or, with a
 * DEVICES_FILE that lacks it, the first store).
 *
 * @example const users = await demoUsers(stores.map(({ store }) => store.id));
 */
export async function demoUsers(
  storeIds: readonly string[],
  cost?: ScryptCost,
): Promise<LocalUser[]> {
  return Promise.all(
    DEMO_USERS.map(async (demo): Promise<LocalUser> => {
      const store =
        demo.store === ALL_STORES || storeIds.includes(demo.store) ? demo.store : storeIds[0];
      const passwordHash = parsePasswordHash(await hashPassword(demo.password, cost));
      if ('problem' in passwordHash) throw new Error(passwordHash.problem);
      return {
        user: {
          username: demo.username,
          name: demo.name,
          admin: demo.admin,
          stores: store === undefined ? [] : [store],
        },
        passwordHash,
      };
    }),
  );
}
