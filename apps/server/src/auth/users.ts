/**
 * The users of `AUTH=local`, from USERS_FILE (DESIGN's "Users"): each with a scrypt PHC hash and
 * the stores they may see. A file that breaks a rule (a bad hash string, N < 2^14, an unknown
 * store id, a duplicate username) is refused at start-up, naming the entry.
 */
import { ALL_STORES, MAX_USERNAME_LENGTH, type SessionUser } from '@footfall/contract';
import { z } from 'zod';
import { ConfigError } from '../env.ts';
import { parsePasswordHash, type PasswordHash } from './password.ts';
import { describeEntry, parseEntry, readJsonFile } from '../json-file.ts';

/** A user who may sign in: what the API shows, and the hash their password is checked against. */
export interface LocalUser {
  user: SessionUser;
  passwordHash: PasswordHash;
}

const entrySchema = z.object({
  username: z
    .string({ error: 'username must be a string' })
    .min(1, 'username must not be empty')
    .max(MAX_USERNAME_LENGTH, `username must be at most ${MAX_USERNAME_LENGTH} characters`)
    .refine((name) => name.trim() === name, 'username must not start or end with spaces'),
  name: z
    .string({ error: 'name must be a string' })
    .trim()
    .min(1, 'name must not be empty')
    .optional(),
  passwordHash: z.string({ error: 'passwordHash must be a string' }),
  stores: z.array(z.string({ error: 'stores must hold store ids' }), {
    error: 'stores must be ["*"] or a list of store ids',
  }),
  admin: z.boolean({ error: 'admin must be true or false' }).optional(),
});

/** The store ids of an entry, or the rule its list breaks. */
function checkStores(stores: readonly string[], known: ReadonlySet<string>): string | undefined {
  if (stores.includes(ALL_STORES)) {
    return stores.length === 1 ? undefined : 'stores: "*" (every store) stands alone';
  }
  const unknown = stores.find((id) => !known.has(id));
  if (unknown !== undefined) return `stores: unknown store id "${unknown}"`;
  if (new Set(stores).size !== stores.length) return 'stores: a store id is listed twice';
  return undefined;
}

/** Validates the users of a USERS_FILE against the configured stores' ids. */
function parseUsers(raw: unknown, storeIds: ReadonlySet<string>): LocalUser[] {
  if (!Array.isArray(raw)) throw new ConfigError('USERS_FILE: must hold a JSON array of users');
  const seen = new Map<string, number>();
  return raw.map((item: unknown, index): LocalUser => {
    const where = describeEntry('USERS_FILE', index, item, 'username');
    const entry = parseEntry(entrySchema, item, where);
    const earlier = seen.get(entry.username);
    if (earlier !== undefined) {
      throw new ConfigError(`${where}: duplicate username (also entry ${earlier + 1})`);
    }
    seen.set(entry.username, index);
    const passwordHash = parsePasswordHash(entry.passwordHash);
    // The message names the rule, never the string: it is a secret too.
    if ('problem' in passwordHash) throw new ConfigError(`${where}: ${passwordHash.problem}`);
    const problem = checkStores(entry.stores, storeIds);
    if (problem !== undefined) throw new ConfigError(`${where}: ${problem}`);
    return {
      user: {
        username: entry.username,
        name: entry.name ?? entry.username,
        admin: entry.admin ?? false,
        stores: entry.stores,
      },
      passwordHash,
    };
  });
}

/**
 * Reads and validates USERS_FILE at start-up.
 *
 * @example loadUsersFile('/etc/footfall/users.json', new Set(stores.map(({ store }) => store.id)))
 */
export function loadUsersFile(path: string, storeIds: ReadonlySet<string>): LocalUser[] {
  const raw = readJsonFile('USERS_FILE', path);
  return parseUsers(raw, storeIds);
}
