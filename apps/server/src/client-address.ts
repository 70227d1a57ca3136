import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The client's address, from the socket; behind a proxy the server trusts (TRUST_PROXY), the
 * last `X-Forwarded-For` entry, the one that proxy added (the earlier ones are the client's to
 * forge). Requests made in memory (`app.request()` in tests) have no socket and share the address
 * `local`.
 *
 * @example rateLimiter.take(clientAddress(c, config.trustProxy))
 */
export function clientAddress(c: Context, trustProxy = false): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}
