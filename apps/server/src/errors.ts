/**
 * The API's error shape, `{ error: { code, message, … } }`, and the one mapping from anything a
 * handler throws to it. Nothing here ever answers with a stack trace or HTML.
 */
import { checkRange, type Granularity, type WallMs } from '@footfall/buckets';
import { queryProblems, type ErrorBody, type ErrorCode } from '@footfall/contract';
import { OpretailError } from '@footfall/opretail';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import type { Logger } from './logger.ts';

// The contract's schemas are zod/mini, which loads no locale; its refusals carry their own
// messages. English stays the server's default for any message a schema does not give, whether
// or not a classic schema has been built yet.
z.config(z.locales.en());

export type { ErrorBody, ErrorCode } from '@footfall/contract';

/** An error a handler throws on purpose, with the status and code the client sees. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return { error: { ...this.details, code: this.code, message: this.message } };
  }
}

/**
 * The `zValidator` hook of every query: a refused query is a 400 `INVALID_QUERY` naming each
 * problem.
 *
 * @example zValidator('query', trafficQuerySchema, refuseInvalidQuery)
 */
export function refuseInvalidQuery(
  result: { success: true } | { success: false; error: { issues: readonly { message: string }[] } },
): void {
  if (!result.success) throw new ApiError(400, 'INVALID_QUERY', queryProblems(result.error));
}

/**
 * Refuses a range that breaks the API's range rules with 400 and the rule's code;
 * `describe` words the message for a range the caller did not type (the comparison's).
 *
 * @example refuseBadRange(from, to, 'hour') // throws RANGE_TOO_LONG past 92 days
 */
export function refuseBadRange(
  from: WallMs,
  to: WallMs,
  granularity: Granularity,
  describe: (message: string) => string = (message) => message,
): void {
  const problem = checkRange(from, to, granularity);
  if (problem) throw new ApiError(400, problem.code, describe(problem.message));
}

/**
 * The API error for a failed platform call: a timeout is a 504, anything else a 502 carrying the
 * gateway's code (or `null` when the failure was not a gateway answer).
 *
 * @example upstreamApiError(error).status // 504 for a timeout
 */
export function upstreamApiError(error: OpretailError): ApiError {
  if (error.kind === 'timeout') {
    return new ApiError(
      504,
      'UPSTREAM_TIMEOUT',
      'The Opretail platform did not answer in time; try again shortly.',
    );
  }
  return new ApiError(502, 'UPSTREAM_ERROR', error.message, {
    upstreamCode: error.gatewayCode ?? null,
    ...(error.gatewayName === undefined ? {} : { upstreamName: error.gatewayName }),
  });
}

/** Maps anything thrown to the API error it answers with. */
function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof OpretailError) return upstreamApiError(error);
  if (error instanceof HTTPException) {
    const status = error.status;
    return new ApiError(status, status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', 'Bad request.');
  }
  return new ApiError(500, 'INTERNAL_ERROR', 'Something went wrong on the server.');
}

/**
 * The app's one `onError`: logs unexpected errors and answers with the JSON error shape. Hono
 * hands it only `Error`s: anything else thrown it rethrows.
 */
export function createErrorHandler(logger: Logger) {
  return (error: Error, c: Context): Response => {
    const apiError = toApiError(error);
    // An answer given on purpose (a platform failure, the session store away) was logged where
    // it happened, once; anything else is a bug, logged here with its stack.
    if (apiError.status >= 500 && !(error instanceof OpretailError || error instanceof ApiError)) {
      logger.error(`${c.req.method} ${c.req.path} failed: ${error.stack ?? error.message}`);
    }
    return c.json(apiError.toBody(), apiError.status);
  };
}
