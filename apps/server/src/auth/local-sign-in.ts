/**
 * `AUTH=local`'s password check. An unknown username is checked against a stand-in hash of the
 * same cost as the users', so it takes as long as a wrong password: timing tells nobody which
 * usernames exist.
 */
import type { SessionUser } from '@footfall/contract';
import { DEFAULT_COST, standInHash, verifyPassword, type PasswordHash } from './password.ts';
import type { LocalUser } from './users.ts';

export interface LocalSignIn {
  /** The user whose password this is, or `undefined` (unknown user and wrong password alike). */
  check(username: string, password: string): Promise<SessionUser | undefined>;
}

/**
 * @example const signIn = await createLocalSignIn(users); await signIn.check('mei', 'pw')
 */
export async function createLocalSignIn(users: readonly LocalUser[]): Promise<LocalSignIn> {
  const byName = new Map(users.map((entry) => [entry.user.username, entry]));
  // The cost most users' hashes have; the file usually has one.
  const standIn: PasswordHash = await standInHash(users[0]?.passwordHash ?? DEFAULT_COST);
  return {
    async check(username, password) {
      const entry = byName.get(username);
      const matches = await verifyPassword(password, entry?.passwordHash ?? standIn);
      return matches && entry ? entry.user : undefined;
    },
  };
}
