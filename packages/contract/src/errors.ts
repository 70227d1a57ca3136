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
