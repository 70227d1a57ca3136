/**
 * Size limits on what a client sends: a long query string or a large header block is refused
 * before any route sees it (Node refuses far larger header blocks itself, without a JSON body).
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { ApiError } from './errors.ts';
import { incomingOf } from './request-headers.ts';

export const MAX_URL_LENGTH = 2048;
export const MAX_HEADER_BYTES = 8192;

/**
 * The size of the request's header block. Read from Node's raw header list when served by Node:
 * building a `Headers` object for every request would cost more than the check is worth.
 */
export function headerBytes(c: Context): number {
  let bytes = 0;
  const incoming = incomingOf(c);
  if (incoming) {
    for (const part of incoming.rawHeaders) bytes += part.length + 2;
    return bytes;
  }
  c.req.raw.headers.forEach((value, name) => {
    bytes += name.length + value.length + 4;
  });
  return bytes;
}

/**
 * @example app.use(sizeLimits())
 */
export function sizeLimits(maxUrlLength = MAX_URL_LENGTH, maxHeaderBytes = MAX_HEADER_BYTES) {
  return createMiddleware(async (c, next) => {
    if (c.req.url.length > maxUrlLength) {
      throw new ApiError(
        414,
        'URI_TOO_LONG',
        `The address is longer than ${maxUrlLength} characters.`,
      );
    }
    if (headerBytes(c) > maxHeaderBytes) {
      throw new ApiError(
        431,
        'HEADERS_TOO_LARGE',
        `The request headers exceed ${maxHeaderBytes} bytes.`,
      );
    }
    await next();
  });
}
