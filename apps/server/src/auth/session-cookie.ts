/**
 * The session cookie: `HttpOnly` (no script reads it), `SameSite=Lax` (no other site's form or
 * fetch sends it), `Path=/`, and `Secure` when the request came over HTTPS, directly or, with
 * TRUST_PROXY, through a TLS proxy that says so in `X-Forwarded-Proto`.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_ABSOLUTE_MS } from './sessions.ts';

export const SESSION_COOKIE = 'footfall_session';

/** The first value of a header a proxy may have appended to (`a, b` → `a`). */
const first = (value: string | undefined): string | undefined => value?.split(',')[0]?.trim();

/**
 * Whether the browser reached this site over HTTPS.
 *
 * @example isHttps(c, config.trustProxy)
 */
export function isHttps(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && first(c.req.header('x-forwarded-proto'))?.toLowerCase() === 'https';
}

/**
 * This site's host as the browser sees it (the proxy's `X-Forwarded-Host` with TRUST_PROXY).
 *
 * @example new URL(origin).host === publicHost(c, trustProxy)
 */
export function publicHost(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? first(c.req.header('x-forwarded-host')) : undefined;
  return forwarded ?? new URL(c.req.url).host;
}

export function readSessionId(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

export function setSessionCookie(c: Context, id: string, trustProxy: boolean): void {
  setCookie(c, SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isHttps(c, trustProxy),
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

export function clearSessionCookie(c: Context, trustProxy: boolean): void {
  deleteCookie(c, SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isHttps(c, trustProxy),
  });
}
