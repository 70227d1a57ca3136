/**
 * `/api/session`: who is signed in (every mode), sign-in with a password (`AUTH=local`) and
 * sign-out (any mode with sign-in). Sign-in takes JSON only (415 otherwise), at most 4 KiB (413),
 * and answers an unknown user and a wrong password alike (401 `INVALID_CREDENTIALS`), after the
 * same work; past the guessing limit it answers 429 with `Retry-After` without checking.
 */
import {
  signInBodySchema,
  type AuthMode,
  type Session,
  type SignInAnswer,
} from '@footfall/contract';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../app-env.ts';
import type { Audit } from '../auth/audit.ts';
import type { Guard } from '../auth/guard.ts';
import type { LocalSignIn } from '../auth/local-sign-in.ts';
import { clearSessionCookie, readSessionId, setSessionCookie } from '../auth/session-cookie.ts';
import type { SignInLimit } from '../auth/sign-in-limit.ts';
import type { Sessions } from '../auth/sessions.ts';
import { clientAddress } from '../client-address.ts';
import { ApiError } from '../errors.ts';

export const MAX_SIGN_IN_BYTES = 4096;

export interface SessionRouteOptions {
  mode: AuthMode;
  guard: Guard;
  sessions: Sessions;
  /** `AUTH=local`'s password check; `undefined` in the other modes. */
  signIn: LocalSignIn | undefined;
  limit: SignInLimit;
  audit: Audit;
  trustProxy: boolean;
}

const notHere = (what: string, mode: AuthMode): ApiError =>
  new ApiError(404, 'NOT_FOUND', `${what} is not available: this server runs with AUTH=${mode}.`);

/** The body of a sign-in: JSON of the contract's shape, or the refusal it earns. */
async function readSignIn(c: Context) {
  const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new ApiError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Sign-in takes a JSON body (application/json).',
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw new ApiError(400, 'BAD_REQUEST', 'The body is not valid JSON.');
  }
  const parsed = signInBodySchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      issue.path.length === 0 ? 'the body must be an object' : issue.message,
    );
    throw new ApiError(400, 'BAD_REQUEST', problems.join('; '));
  }
  return parsed.data;
}

/**
 * @example app.route('/api/session', sessionRoutes({ mode, guard, sessions, signIn, limit, audit, trustProxy }))
 */
export function sessionRoutes(options: SessionRouteOptions) {
  const { mode, guard, sessions, signIn, limit, audit, trustProxy } = options;
  const tooLarge = bodyLimit({
    maxSize: MAX_SIGN_IN_BYTES,
    onError: () => {
      throw new ApiError(
        413,
        'PAYLOAD_TOO_LARGE',
        `Sign-in takes at most ${MAX_SIGN_IN_BYTES} bytes.`,
      );
    },
  });
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const user = mode === 'none' ? null : ((await guard.viewer(c)) ?? null);
      const body: Session = { auth: mode, user };
      return c.json(body, 200);
    })
    .post('/', tooLarge, async (c) => {
      if (signIn === undefined) throw notHere('Sign-in with a password', mode);
      const { username, password } = await readSignIn(c);
      const address = clientAddress(c, trustProxy);
      const wait = await limit.waitSeconds(username, address);
      if (wait > 0) {
        audit({ event: 'sign-in', outcome: 'rate-limited', user: username, address });
        c.header('Retry-After', String(wait));
        throw new ApiError(
          429,
          'RATE_LIMITED',
          'Too many failed sign-ins; wait before trying again.',
          {
            retryAfterSeconds: wait,
          },
        );
      }
      const user = await signIn.check(username, password);
      if (user === undefined) {
        await limit.failed(username, address);
        audit({ event: 'sign-in', outcome: 'invalid-credentials', user: username, address });
        throw new ApiError(401, 'INVALID_CREDENTIALS', 'The username or password is not right.');
      }
      await limit.succeeded(username);
      // A fresh id at every sign-in; a session the browser already had ends.
      const previous = readSessionId(c);
      if (previous !== undefined) await sessions.end(previous);
      setSessionCookie(c, await sessions.start(user), trustProxy);
      audit({ event: 'sign-in', outcome: 'success', user: username, address });
      const body: SignInAnswer = { user };
      return c.json(body, 200);
    })
    .delete('/', async (c) => {
      if (mode === 'none') throw notHere('Sign-out', mode);
      const id = readSessionId(c);
      const user = id === undefined ? undefined : await sessions.resume(id);
      if (id !== undefined) await sessions.end(id);
      clearSessionCookie(c, trustProxy);
      audit({
        event: 'sign-out',
        outcome: user ? 'success' : 'no-session',
        user: user?.username,
        address: clientAddress(c, trustProxy),
      });
      return c.body(null, 204);
    });
}
