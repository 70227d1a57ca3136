/**
 * The Opretail client: one method, listDevicePassengerIndicator, signed, sent, retried and read
 * into typed rows. Everything with an outside effect (fetch, clock, sleep, jitter) is injectable,
 * so tests and the embedded sandbox run without a network.
 */
import { isValidTimeZone } from '@footfall/buckets';
import { z } from 'zod';
import { OpretailError } from './errors.ts';
import { parsePassengerResponse, type PassengerRow } from './response.ts';
import { checkPassengerQuery, passengerParams, type PassengerQuery } from './request.ts';
import { withRetries } from './retry.ts';
import { SIGNATURE_PARAM, SIGN_METHODS, type SignMethod } from './sign.ts';
import { postForm, type FetchLike } from './transport.ts';

/**
 * The production gateway; an `https://` address works too.
 *
 * @example createOpretailClient({ akey, secret, gatewayUrl: DEFAULT_GATEWAY_URL })
 */
export const DEFAULT_GATEWAY_URL = 'http://openapi.opretail.com/m.api';

/**
 * How to reach and sign for the gateway; only `akey` and `secret` are required.
 *
 * @example const config: OpretailClientConfig = { akey: 'S107-00000742', secret, signMethod: 'sha1' };
 */
export interface OpretailClientConfig {
  akey: string;
  secret: string;
  /** Platform system number, default `'S107'`. */
  aid?: string;
  /** Default `'md5'`. */
  signMethod?: SignMethod;
  /** Default DEFAULT_GATEWAY_URL. */
  gatewayUrl?: string;
  /** The gateway's clock zone for `_timestamp`, default `'Asia/Shanghai'`. */
  timezone?: string;
  /** Default `globalThis.fetch`. */
  fetch?: FetchLike;
  /** Epoch ms, default `Date.now`. */
  now?: () => number;
  /** Per attempt, default 10 000. */
  timeoutMs?: number;
  /** Calls at most for backoff-retryable faults, default 4 (1 + 3 retries). */
  maxAttempts?: number;
  /** Base of the exponential backoff with full jitter, default 200. */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Jitter source in [0, 1), default `Math.random`. */
  random?: () => number;
}

/**
 * The rows of one call and how many HTTP calls it took.
 *
 * @example const { rows, attempts } = await client.listDevicePassengerIndicator(query);
 */
export interface PassengerResult {
  rows: PassengerRow[];
  /** HTTP calls made, retries included. */
  attempts: number;
}

/**
 * A client for the one Opretail method Footfall needs.
 *
 * @example const client: OpretailClient = createOpretailClient({ akey, secret });
 */
export interface OpretailClient {
  /**
   * Walk-ins and walk-outs of one device, per bucket. Rejects with an `OpretailError`, with a
   * `RangeError` for an invalid query, or with `options.signal`'s reason once it aborts.
   */
  listDevicePassengerIndicator(
    query: PassengerQuery,
    options?: { signal?: AbortSignal },
  ): Promise<PassengerResult>;
}

// The config is code, not input, but a typo here (a zone name, a negative timeout) would
// otherwise surface as a puzzling gateway answer much later.
const configSchema = z.object({
  akey: z.string(),
  secret: z.string(),
  aid: z.string().default('S107'),
  signMethod: z.enum(SIGN_METHODS).default('md5'),
  gatewayUrl: z.url({ protocol: /^https?$/ }).default(DEFAULT_GATEWAY_URL),
  timezone: z.string().refine(isValidTimeZone).default('Asia/Shanghai'),
  timeoutMs: z.number().positive().default(10_000),
  maxAttempts: z.number().int().min(1).default(4),
  backoffMs: z.number().min(0).default(200),
});

/**
 * Last line of defence: messages are built from codes and summaries, but should an upstream value
 * ever echo the secret or a signature, it is cut out before the error leaves the client.
 */
function redact(error: OpretailError, secrets: readonly string[]): OpretailError {
  for (const secret of secrets.filter((candidate) => candidate.length > 0)) {
    error.message = error.message.replaceAll(secret, '[redacted]');
    // The stack starts with the message it was made with.
    error.stack = String(error.stack).replaceAll(secret, '[redacted]');
  }
  return error;
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Builds a client for the Opretail open platform (or anything that answers like it).
 *
 * @example const client = createOpretailClient({ akey: process.env.OPRETAIL_AKEY ?? '', secret: process.env.OPRETAIL_SECRET ?? '' });
 */
export function createOpretailClient(config: OpretailClientConfig): OpretailClient {
  const parsed = configSchema.safeParse(config);
  if (!parsed.success) {
    // Name the fields only: a message must never carry the secret.
    const fields = parsed.error.issues.map((issue) => String(issue.path[0])).join(', ');
    throw new RangeError(`Invalid Opretail client config: ${fields}`);
  }
  const settings = parsed.data;
  // Looked up per call and never called as a method, so a later stub of the global is honoured.
  const fetch: FetchLike = config.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = config.now ?? Date.now;
  const sleep = config.sleep ?? defaultSleep;
  const random = config.random ?? Math.random;

  return {
    async listDevicePassengerIndicator(query, options = {}) {
      const granularity = checkPassengerQuery(query);
      const signatures = new Set<string>();
      const call = withRetries(
        async (attempt) => {
          // Signed per attempt: a retry after a pause needs a current _timestamp.
          const params = passengerParams(settings, query, now());
          signatures.add(String(params[SIGNATURE_PARAM]));
          const body = await postForm({
            fetch,
            url: settings.gatewayUrl,
            body: new URLSearchParams(params),
            timeoutMs: settings.timeoutMs,
            attempts: attempt,
            signal: options.signal,
          });
          return parsePassengerResponse(body, {
            granularity,
            timezone: query.timezone,
            attempts: attempt,
          });
        },
        { ...settings, sleep, random, signal: options.signal },
      );
      try {
        const { value: rows, attempts } = await call;
        return { rows, attempts };
      } catch (error) {
        throw error instanceof OpretailError
          ? redact(error, [settings.secret, ...signatures])
          : error;
      }
    },
  };
}
