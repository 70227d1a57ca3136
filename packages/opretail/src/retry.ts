/**
 * When a failed call is tried again, and how long to wait first. DESIGN decides the cases: -100,
 * -500 and -999 and network faults and HTTP 5xx back off and retry; code 16 (timestamp too far from
 * the platform clock) gets exactly one immediate retry, freshly signed; everything else fails at
 * once, because a wrong key or a malformed answer does not get better by asking again.
 *
 * Timeouts: DESIGN is silent. A timed-out call may never have reached the gateway, so it is
 * retried like a network fault, but at most once (MAX_TIMEOUT_ATTEMPTS): a gateway that was slow
 * for `timeoutMs` is likely to stay slow, and a dashboard user should see a 504 after roughly two
 * timeouts rather than after `maxAttempts` of them.
 */
import { describeGatewayCode, type RetryPolicy } from './gateway-codes.ts';
import { OpretailError } from './errors.ts';

/**
 * Calls that time out are made at most this many times in one request.
 *
 * @example MAX_TIMEOUT_ATTEMPTS // 2
 */
export const MAX_TIMEOUT_ATTEMPTS = 2;

/**
 * No single backoff pause is longer than this, however many retries came before.
 *
 * @example backoffDelay(20, 200, () => 0.5) // 5_000
 */
export const MAX_BACKOFF_MS = 10_000;

/**
 * The retry budget and its effects.
 *
 * @example const options: RetryOptions = { maxAttempts: 4, backoffMs: 200, sleep, random: Math.random };
 */
export interface RetryOptions {
  /** Calls at most, counting the first; bounds backoff retries (code 16 may add one more). */
  maxAttempts: number;
  /** Base of the exponential backoff. */
  backoffMs: number;
  sleep: (ms: number) => Promise<void>;
  /** In [0, 1): the jitter source. */
  random: () => number;
  /** Aborting it rejects with its reason, also during a backoff pause. */
  signal?: AbortSignal | undefined;
}

/**
 * How a call that failed with `error` may be retried.
 *
 * @example retryPolicyOf(new OpretailError({ kind: 'network', message: '…', attempts: 1 })) // 'backoff'
 */
export function retryPolicyOf(error: OpretailError): RetryPolicy {
  switch (error.kind) {
    case 'gateway':
      return error.gatewayCode === undefined
        ? 'never'
        : describeGatewayCode(error.gatewayCode).retry;
    case 'network':
    case 'timeout':
      return 'backoff';
    case 'http-status':
      return (error.httpStatus ?? 0) >= 500 ? 'backoff' : 'never';
    case 'not-json':
    case 'malformed':
      return 'never';
  }
}

/**
 * The pause before backoff retry number `retry` (1 for the first): exponential with full jitter,
 * a uniform draw from [0, min(MAX_BACKOFF_MS, base · 2^(retry−1))), so clients that failed
 * together do not retry together.
 *
 * @example backoffDelay(3, 200, () => 0.5) // 400
 */
export function backoffDelay(retry: number, baseMs: number, random: () => number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

async function pause(ms: number, options: RetryOptions): Promise<void> {
  const { signal, sleep } = options;
  if (!signal) return sleep(ms);
  signal.throwIfAborted();
  let onAbort = (): void => undefined;
  const aborted = new Promise<void>((resolve) => {
    onAbort = resolve;
    signal.addEventListener('abort', onAbort);
  });
  try {
    await Promise.race([sleep(ms), aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  signal.throwIfAborted();
}

/**
 * Runs `call` (given its 1-based attempt number) until it succeeds or its `OpretailError` may not
 * be retried. Any other error (an abort, a bug) is rethrown at once.
 *
 * @example await withRetries((attempt) => send(attempt), { maxAttempts: 4, backoffMs: 200, sleep, random: Math.random })
 */
export async function withRetries<T>(
  call: (attempt: number) => Promise<T>,
  options: RetryOptions,
): Promise<{ value: T; attempts: number }> {
  let backoffRetries = 0;
  let timeouts = 0;
  let freshTimestampRetried = false;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return { value: await call(attempt), attempts: attempt };
    } catch (error) {
      if (!(error instanceof OpretailError)) throw error;
      const policy = retryPolicyOf(error);
      if (error.kind === 'timeout') timeouts += 1;
      if (policy === 'once-fresh-timestamp' && !freshTimestampRetried) {
        freshTimestampRetried = true;
        continue;
      }
      // Only timeouts are counted, and a second one ends the call: so this bounds timeouts alone.
      const mayBackOff =
        policy === 'backoff' && attempt < options.maxAttempts && timeouts < MAX_TIMEOUT_ATTEMPTS;
      if (!mayBackOff) throw error;
      backoffRetries += 1;
      await pause(backoffDelay(backoffRetries, options.backoffMs, options.random), options);
    }
  }
}
