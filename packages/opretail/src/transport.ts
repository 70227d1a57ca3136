/**
 * One HTTP call to the gateway: a form POST under a per-attempt timeout, turned into parsed JSON
 * or an `OpretailError` of kind timeout, network, http-status or not-json. An abort of the
 * caller's own signal is not the gateway's fault, so it rejects with the signal's reason instead.
 */
import { OpretailError } from './errors.ts';

/**
 * The shape of `globalThis.fetch`, so tests and the sandbox can answer in memory.
 *
 * @example const fetch: FetchLike = (input, init) => sandbox.fetch(new Request(input, init));
 */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * The content type of every request, as DESIGN fixes it.
 *
 * @example headers.get('content-type') === FORM_CONTENT_TYPE // true
 */
export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=UTF-8';

/**
 * One call's target, body, limits and signal.
 *
 * @example await postForm({ fetch, url, body, timeoutMs: 10_000, attempts: 1 } satisfies PostFormOptions)
 */
export interface PostFormOptions {
  fetch: FetchLike;
  url: string;
  body: URLSearchParams;
  timeoutMs: number;
  /** The number of this call, carried by any error. */
  attempts: number;
  signal?: AbortSignal | undefined;
}

const MAX_HEADER_SHOWN = 60;

/** A fault code such as ECONNREFUSED, never the error's text, which could echo the request. */
function faultCode(error: unknown): string | undefined {
  for (let cause = error, depth = 0; depth < 3; depth += 1) {
    if (typeof cause !== 'object' || cause === null) return undefined;
    const code: unknown = Reflect.get(cause, 'code');
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)) return code;
    cause = Reflect.get(cause, 'cause');
  }
  return undefined;
}

function networkError(error: unknown, attempts: number): OpretailError {
  const code = faultCode(error);
  return new OpretailError({
    kind: 'network',
    message: `Could not reach the Opretail gateway${code ? ` (${code})` : ''}: check the network and OPRETAIL_GATEWAY_URL.`,
    attempts,
  });
}

function statusError(status: number, attempts: number): OpretailError {
  const side = status >= 500 ? 'a fault on its side' : 'the request was refused';
  return new OpretailError({
    kind: 'http-status',
    message: `The Opretail gateway answered with HTTP ${status} (${side}).`,
    httpStatus: status,
    attempts,
  });
}

function notJsonError(response: Response, text: string, attempts: number): OpretailError {
  const type = (response.headers.get('content-type') ?? 'no content type').slice(
    0,
    MAX_HEADER_SHOWN,
  );
  return new OpretailError({
    kind: 'not-json',
    message: `The Opretail gateway answered with something other than JSON (${type}, ${text.length} characters).`,
    attempts,
  });
}

/**
 * POSTs `body` as a form and returns the parsed JSON answer.
 *
 * @example await postForm({ fetch, url: DEFAULT_GATEWAY_URL, body, timeoutMs: 10_000, attempts: 1 })
 */
export async function postForm(options: PostFormOptions): Promise<unknown> {
  const { signal, attempts } = options;
  signal?.throwIfAborted();
  const controller = new AbortController();
  // Told apart by identity: the reason the controller aborted with when the attempt timed out.
  const timeout = new Error();
  const timer = setTimeout(() => {
    controller.abort(timeout);
  }, options.timeoutMs);
  // The caller's own reason is rethrown below, from the signal itself.
  const forwardAbort = (): void => {
    controller.abort();
  };
  signal?.addEventListener('abort', forwardAbort);
  // An injected fetch may ignore the signal; racing against it keeps the timeout real anyway.
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => {
      // Which abort it was is read from the signals in the catch below.
      reject(new Error());
    });
  });
  aborted.catch(() => undefined);

  try {
    const response = await Promise.race([
      options.fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': FORM_CONTENT_TYPE, accept: 'application/json' },
        body: options.body,
        signal: controller.signal,
      }),
      aborted,
    ]);
    if (response.status !== 200) {
      response.body?.cancel().catch(() => undefined);
      throw statusError(response.status, attempts);
    }
    const text = await Promise.race([response.text(), aborted]);
    try {
      const json: unknown = JSON.parse(text);
      return json;
    } catch {
      throw notJsonError(response, text, attempts);
    }
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (error instanceof OpretailError) throw error;
    if (controller.signal.reason === timeout) {
      throw new OpretailError({
        kind: 'timeout',
        message: `The Opretail gateway did not answer within ${options.timeoutMs} ms.`,
        attempts,
      });
    }
    throw networkError(error, attempts);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}
