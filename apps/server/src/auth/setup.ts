/**
 * How users sign in, built once at start-up from the configuration: nothing (`AUTH=none`), the
 * users of USERS_FILE or, in sandbox mode without one, the demo users (`AUTH=local`), or the
 * OpenID Connect provider, whose discovery document is read here (`AUTH=oidc`).
 */
import type { Config } from '../env.ts';
import type { Logger } from '../logger.ts';
import { demoUsers } from './demo-users.ts';
import { createLocalSignIn, type LocalSignIn } from './local-sign-in.ts';
import { createOidcLogin, type OidcLogin } from './oidc.ts';
import { loadUsersFile } from './users.ts';

export type AuthSetup =
  { mode: 'none' } | { mode: 'local'; signIn: LocalSignIn } | { mode: 'oidc'; oidc: OidcLogin };

/**
 * @example const auth = await createAuth(config, stores.map(({ store }) => store.id), logger);
 */
export async function createAuth(
  config: Pick<Config, 'mode' | 'auth'>,
  storeIds: readonly string[],
  logger: Logger,
): Promise<AuthSetup> {
  const { auth } = config;
  if (auth.mode === 'none') return { mode: 'none' };
  if (auth.mode === 'local') {
    if (auth.usersFile !== undefined) {
      const users = loadUsersFile(auth.usersFile, new Set(storeIds));
      return { mode: 'local', signIn: await createLocalSignIn(users) };
    }
    // env.ts allows no USERS_FILE in sandbox mode only; this is the second lock.
    if (config.mode !== 'sandbox') throw new Error('AUTH=local needs USERS_FILE in live mode');
    logger.info(
      'AUTH=local without USERS_FILE: sandbox demo users "manager" (one store) and "admin" (all); passwords in the README',
    );
    return { mode: 'local', signIn: await createLocalSignIn(await demoUsers(storeIds)) };
  }
  return { mode: 'oidc', oidc: await createOidcLogin(auth) };
}
