/**
 * `AUTH=oidc`'s browser routes: `GET /auth/login?return=/path` redirects to the provider;
 * `GET /auth/callback` checks its answer, starts a session and redirects back to the path (or,
 * when sign-in failed, to `/?signin=failed`). While the session store (Redis) cannot be reached,
 * both send the browser to `/?signin=unavailable`, where the web app says so: they are pages a
 * browser navigates to, not API calls that could read a JSON 503. Under the other modes both are a
 * plain 404.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env.ts';
import { ApiError } from '../errors.ts';
import type { Audit } from '../auth/audit.ts';
import type { OidcLogin } from '../auth/oidc.ts';
import { isHttps, readSessionId, setSessionCookie } from '../auth/session-cookie.ts';
import type { Sessions } from '../auth/sessions.ts';
import { clientAddress } from '../client-address.ts';

/** The cookie binding a sign-in in progress to the browser that started it. */
export const OIDC_STATE_COOKIE = 'footfall_oidc';
/** Where a failed sign-in lands: the web app reads `signin=failed` and says so. */
export const SIGN_IN_FAILED_PATH = '/?signin=failed';
/** Where a sign-in lands while the session store cannot be reached: the web app says so. */
export const SIGN_IN_UNAVAILABLE_PATH = '/?signin=unavailable';

const storeAway = (error: unknown): boolean =>
  error instanceof ApiError && error.code === 'SESSION_STORE_UNAVAILABLE';

export interface AuthRouteOptions {
  oidc: OidcLogin | undefined;
  sessions: Sessions;
  audit: Audit;
  trustProxy: boolean;
}

/**
 * @example app.route('/auth', authRoutes({ oidc, sessions, audit, trustProxy }))
 */
export function authRoutes(options: AuthRouteOptions) {
  const { oidc, sessions, audit, trustProxy } = options;
  const stateCookie = (c: Context) => ({
    httpOnly: true,
    sameSite: 'Lax' as const,
    path: '/auth',
    secure: isHttps(c, trustProxy),
  });
  return new Hono<AppEnv>()
    .get('/login', async (c) => {
      if (oidc === undefined) return c.text('Not found.\n', 404);
      try {
        const { url, state } = await oidc.start(c.req.query('return'));
        setCookie(c, OIDC_STATE_COOKIE, state, { ...stateCookie(c), maxAge: 600 });
        return c.redirect(url, 302);
      } catch (error) {
        if (storeAway(error)) return c.redirect(SIGN_IN_UNAVAILABLE_PATH, 302);
        throw error;
      }
    })
    .get('/callback', async (c) => {
      if (oidc === undefined) return c.text('Not found.\n', 404);
      const state = getCookie(c, OIDC_STATE_COOKIE);
      deleteCookie(c, OIDC_STATE_COOKIE, stateCookie(c));
      const address = clientAddress(c, trustProxy);
      const search = new URL(c.req.url).search;
      try {
        const done = await oidc.finish(search, state);
        if (done === undefined) {
          audit({ event: 'sign-in', outcome: 'oidc-refused', user: undefined, address });
          return c.redirect(SIGN_IN_FAILED_PATH, 302);
        }
        const previous = readSessionId(c);
        if (previous !== undefined) await sessions.end(previous);
        setSessionCookie(c, await sessions.start(done.user), trustProxy);
        audit({ event: 'sign-in', outcome: 'success', user: done.user.username, address });
        return c.redirect(done.returnTo, 302);
      } catch (error) {
        if (!storeAway(error)) throw error;
        audit({ event: 'sign-in', outcome: 'store-unavailable', user: undefined, address });
        return c.redirect(SIGN_IN_UNAVAILABLE_PATH, 302);
      }
    });
}
