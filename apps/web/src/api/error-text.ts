/**
 * An error as the screen says it: from its code, in the user's language. The server's own message
 * is English for API callers; the English screen keeps it as a detail under the text (it may name
 * the parameter or the platform's fault), the Chinese screen never shows it.
 */
import type { Granularity } from '@footfall/buckets';
import { ERROR_CODES, type ErrorCode } from '@footfall/contract';
import { ApiError } from './client.ts';
import { MESSAGES, type ErrorDetails, type Locale } from '../i18n/messages.ts';

const isErrorCode = (code: string): code is ErrorCode =>
  (ERROR_CODES as readonly string[]).includes(code);

function detailsOf(error: ApiError, granularity: Granularity | undefined): ErrorDetails {
  const { upstreamCode, retryAfterSeconds } = error.details;
  return {
    ...(granularity === undefined ? {} : { granularity }),
    ...(typeof upstreamCode === 'number' ||
    typeof upstreamCode === 'string' ||
    upstreamCode === null
      ? { upstreamCode }
      : {}),
    ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}),
  };
}

export interface ErrorText {
  text: string;
  /** The server's English message, shown under the text on the English screen only. */
  detail?: string;
}

/**
 * The words for an error thrown by the API client (or by the network under it).
 *
 * @example errorText(new ApiError(504, 'UPSTREAM_TIMEOUT', 'Timed out.'), 'zh').text
 * // '万店掌平台未能及时响应，请稍后重试。'
 */
export function errorText(
  error: unknown,
  locale: Locale,
  context: { granularity?: Granularity } = {},
): ErrorText {
  const t = MESSAGES[locale];
  // fetch rejects with a TypeError when there is no answer at all.
  if (!(error instanceof ApiError)) {
    return { text: error instanceof TypeError ? t.unreachable : t.unknownError };
  }
  if (error.code === 'BAD_RESPONSE') return { text: t.badResponse };
  const text = isErrorCode(error.code)
    ? t.apiErrors[error.code](detailsOf(error, context.granularity))
    : t.unknownError;
  // HTTP_ERROR is the client's own wording of an answer that was not the API's.
  const fromServer = error.code !== 'HTTP_ERROR' && error.message !== '';
  return locale === 'en' && fromServer && error.message !== text
    ? { text, detail: error.message }
    : { text };
}
