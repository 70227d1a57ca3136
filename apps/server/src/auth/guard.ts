/**
 * The request guards: a state-changing request from another site's page is refused (403), and
 * every `/api` route but `/api/health` and `/api/session` needs a live session (401), whose user
 * the routes then read as `c.get('user')`. With `AUTH=none` everyone is {@link OPEN_USER}.
 */
import type { AuthMode, SessionUser } from '@footfall/contract';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.ts';
import { clientAddress } from '../client-address.ts';
import { ApiError } from '../errors.ts';
import { HiddenSubjectError, OPEN_USER } from './access.ts';
import type { Audit } from './audit.ts';
import { publicHost, readSessionId } from './session-cookie.ts';
import type { Sessions } from './sessions.ts';

/** Paths a request without a session may reach. */
const OPEN_PATHS = new Set(['/api/health', '/api/session']);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface Guard {
  /** The user of the request's session (`OPEN_USER` with `AUTH=none`), or `undefined`. */
  viewer: (c: Context) => Promise<SessionUser | undefined>;
  /** 401 `UNAUTHENTICATED` for an `/api` route without a live session; sets `user`. */
  signedIn(): ReturnType<typeof createMiddleware<AppEnv>>;
}

/**
 * @example const guard = createGuard('local', sessions); app.use('/api/*', guard.signedIn());
 */
export function createGuard(mode: AuthMode, sessions: Sessions): Guard {
  const viewer = async (c: Context): Promise<SessionUser | undefined> => {
    if (mode === 'none') return OPEN_USER;
    const id = readSessionId(c);
    return id === undefined ? undefined : sessions.resume(id);
  };
  return {
    viewer,
    signedIn: () =>
      createMiddleware<AppEnv>(async (c, next) => {
        if (OPEN_PATHS.has(c.req.path)) return next();
        const user = await viewer(c);
        if (user === undefined) {
          throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in to see this.');
        }
        c.set('user', user);
        await next();
      }),
  };
}

/**
 * Refuses a request that changes state and carries the `Origin` of another site (or the opaque
 * `null`), with 403 `FOREIGN_ORIGIN`: the session cookie is `SameSite=Lax`, and this is the
 * second wall. Browsers send `Origin` on every such request; a request without one is no page's.
 *
 * @example app.use(sameOriginOnly(config.trustProxy, audit))
 */
export function sameOriginOnly(trustProxy: boolean, audit: Audit) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const origin = c.req.header('origin');
    if (SAFE_METHODS.has(c.req.method) || origin === undefined) return next();
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      host = undefined;
    }
    if (host === undefined || host === '' || host !== publicHost(c, trustProxy)) {
      audit({
        event: 'refused',
        outcome: 'foreign-origin',
        user: undefined,
        address: clientAddress(c, trustProxy),
      });
      throw new ApiError(403, 'FOREIGN_ORIGIN', 'Requests from another site are refused.');
    }
    await next();
  });
}

/**
 * Audits every request refused a device or store that exists but is not the user's
 * (`HiddenSubjectError`): the answer stays a not-configured one's, and the operator hears who
 * asked for what. A subject that does not exist at all is not audited (a mistyped link).
 *
 * @example app.use('/api/*', auditHidden(config.trustProxy, audit))
 */
export function auditHidden(trustProxy: boolean, audit: Audit) {
  return createMiddleware<AppEnv>(async (c, next) => {
    await next();
    if (!(c.error instanceof HiddenSubjectError)) return;
    audit({
      event: 'refused',
      outcome: 'not-permitted',
      user: c.get('user').username,
      address: clientAddress(c, trustProxy),
      subject: c.error.subject,
    });
  });
}
