import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The client's address, from the socket (never from a header a client could forge). Requests
 * made in memory (`app.request()` in tests) have no socket and share the address `local`.
 *
 * @example rateLimiter.take(clientAddress(c))
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}
