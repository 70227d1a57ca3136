/**
 * Size limits on what a client sends: a long query string or a large header block is refused
 * before any route sees it (Node refuses far larger header blocks itself, without a JSON body).
 */
import { createMiddleware } from 'hono/factory';
import { ApiError } from './errors.ts';

export const MAX_URL_LENGTH = 2048;
export const MAX_HEADER_BYTES = 8192;

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
    let bytes = 0;
    c.req.raw.headers.forEach((value, name) => {
      bytes += name.length + value.length + 4;
    });
    if (bytes > maxHeaderBytes) {
      throw new ApiError(
        431,
        'HEADERS_TOO_LARGE',
        `The request headers exceed ${maxHeaderBytes} bytes.`,
      );
    }
    await next();
  });
}
