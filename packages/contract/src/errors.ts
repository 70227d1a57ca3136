/** The API's error codes and its one error shape, `{ error: { code, message, … } }`. */
import { z } from './zod.ts';

/** Every code an `/api` error may carry. */
export const ERROR_CODES = [
  'INVALID_QUERY',
  'RANGE_TOO_LONG',
  'UNKNOWN_DEVICE',
  'UNKNOWN_STORE',
  'UPSTREAM_ERROR',
  'UPSTREAM_TIMEOUT',
  'NOT_FOUND',
  'RATE_LIMITED',
  'URI_TOO_LONG',
  'HEADERS_TOO_LARGE',
  'BAD_REQUEST',
  'INTERNAL_ERROR',
  /** 401: no valid session (none, expired, ended, or a forged cookie). */
  'UNAUTHENTICATED',
  /** 401: sign-in refused; alike for an unknown user and a wrong password. */
  'INVALID_CREDENTIALS',
  /** 403: a request that changes state came from another site's page. */
  'FOREIGN_ORIGIN',
  /** 415: a body that is not `application/json`. */
  'UNSUPPORTED_MEDIA_TYPE',
  /** 413: a body over the size limit. */
  'PAYLOAD_TOO_LARGE',
  /** 503: the shared session store (Redis) cannot be reached, so no session can be checked. */
  'SESSION_STORE_UNAVAILABLE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * An error answer. Extra fields (`upstreamCode`, `retryAfterSeconds`, …) are kept; a code this
 * version does not know is kept as a string, so an older web app still shows a newer server's
 * error.
 *
 * @example errorBodySchema.parse({ error: { code: 'NOT_FOUND', message: 'No such API route.' } })
 */
export const errorBodySchema = z.object({
  error: z.looseObject({ code: z.string(), message: z.string() }),
});

export interface ErrorBody {
  error: { code: ErrorCode; message: string } & Record<string, unknown>;
}
