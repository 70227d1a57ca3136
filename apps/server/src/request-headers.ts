/**
 * A request's headers read from Node's own parse when the app is served by Node: `c.req.header()`
 * builds a fetch `Headers` for the request on first use, which costs a cached answer more than
 * everything else it does (measured with a CPU profile under load: 1–2 µs a request).
 */
import { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/** Node's request behind `c`, when served by `@hono/node-server`. */
export function incomingOf(c: Context): IncomingMessage | undefined {
  const env: unknown = c.env;
  if (typeof env === 'object' && env !== null && 'incoming' in env) {
    if (env.incoming instanceof IncomingMessage) return env.incoming;
  }
  return undefined;
}

/**
 * The request header `name` (lower case), as `c.req.header(name)` gives it.
 *
 * @example requestHeader(c, 'accept-encoding') // 'gzip, deflate, br'
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = incomingOf(c);
  if (incoming === undefined) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
