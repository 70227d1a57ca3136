/**
 * Finished `/api/traffic` answers, kept as the exact bytes and headers to send until their
 * earliest chunk expires, keyed by the query string as the client wrote it. A repeated question
 * is then answered by {@link cachedAnswers} ahead of the middleware stack, for about the cost of
 * a static route.
 */
import type { SessionUser, Subject } from '@footfall/contract';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { LRUCache } from 'lru-cache';
import type { AppEnv } from './app-env.ts';
import { clientAddress } from './client-address.ts';
import {
  compress,
  type Encoding,
  MIN_COMPRESSED_BYTES,
  preferredEncoding,
  VARY,
} from './compression.ts';
import { headerBytes, MAX_HEADER_BYTES } from './limits.ts';
import type { Logger } from './logger.ts';
import type { RateLimiter } from './rate-limit.ts';
import { requestHeader } from './request-headers.ts';
import { requestLine } from './request-log.ts';

export const TRAFFIC_PATH = '/api/traffic';

/** An answer's bytes in one encoding, with every header to send them with. */
export interface AnswerBytes {
  body: Uint8Array<ArrayBuffer>;
  /** Every header of the answer, so the server writes it without building a `Headers`. */
  headers: Readonly<Record<string, string>>;
}

export interface Answer {
  /** What the answer is about: it goes only to a user who may see it. */
  subject: Subject;
  /** The JSON as it is. */
  plain: AnswerBytes;
  /**
   * The copy in `encoding`, made the first time a client asks for it and kept with the answer;
   * clients asking at once share that one compression.
   */
  copy(encoding: Encoding): Promise<AnswerBytes>;
  /** The copies already made, for the fast path to send without waiting a turn. */
  ready: ReadonlyMap<Encoding, AnswerBytes>;
}

export interface AnswerCache {
  /** The fresh answer to the request at `url`, if one is kept. */
  get(url: string): Answer | undefined;
  /** Keeps an answer; returns it, or `undefined` when it is not kept. */
  set(url: string, subject: Subject, text: string, expiresAt: number): Answer | undefined;
}

/**
 * The key: the query as the client wrote it, from its `?` (no URL parse on the fast path; a query
 * written with other escapes is another key, and only a miss).
 */
const queryOf = (url: string): string => {
  const at = url.indexOf('?');
  return at < 0 ? '' : url.slice(at);
};

export interface AnswerCacheOptions {
  /** How bytes are compressed; `compress` from `compression.ts` unless a test counts the calls. */
  compress?: (bytes: Uint8Array, encoding: Encoding) => Promise<Uint8Array>;
}

/**
 * The bytes of `answer` to send to a client whose `Accept-Encoding` is `acceptEncoding`: the
 * kept compressed copy, made now if it is the first ask for that encoding. A small answer goes as
 * it is.
 *
 * @example const { body, headers } = await answerBytes(answer, c.req.header('accept-encoding'));
 */
export function answerBytes(
  answer: Answer,
  acceptEncoding: string | undefined,
): AnswerBytes | Promise<AnswerBytes> {
  if (answer.plain.body.byteLength < MIN_COMPRESSED_BYTES) return answer.plain;
  const encoding = preferredEncoding(acceptEncoding);
  if (encoding === undefined) return answer.plain;
  return answer.ready.get(encoding) ?? answer.copy(encoding);
}

/**
 * @example const answers = createAnswerCache(1 << 25, Date.now, await securityHeaderValues());
 */
export function createAnswerCache(
  maxBytes: number,
  now: () => number,
  securityHeaders: Promise<Record<string, string>>,
  options: AnswerCacheOptions = {},
): AnswerCache {
  const squeeze = options.compress ?? compress;
  const entries = new LRUCache<string, Answer>({
    maxSize: Math.max(1, maxBytes),
    // The plain bytes twice: themselves, and room for their compressed copies (this JSON
    // compresses to well under a quarter of its size, so both copies fit).
    sizeCalculation: (answer, key) => 2 * (key.length + answer.plain.body.byteLength) + 1024,
    perf: { now },
    // The test clock moves by hand: read it at every check rather than once per millisecond.
    ttlResolution: 0,
  });
  let security: Record<string, string> | undefined;
  void securityHeaders.then((headers) => {
    security = headers;
  });
  return {
    get(url) {
      return entries.get(queryOf(url));
    },
    set(url, subject, text, expiresAt) {
      // Until the security headers are known, answers are not kept: none may go out without them.
      if (security === undefined) return undefined;
      const ttl = expiresAt - now();
      if (ttl <= 0) return undefined;
      const body = Buffer.from(text);
      const compressible = body.byteLength >= MIN_COMPRESSED_BYTES;
      const base = {
        ...security,
        'content-type': 'application/json',
        ...(compressible ? { vary: VARY } : {}),
      };
      const plain = {
        body,
        headers: { ...base, 'content-length': String(body.byteLength) },
      };
      const ready = new Map<Encoding, AnswerBytes>();
      const making = new Map<Encoding, Promise<AnswerBytes>>();
      const copy = (encoding: Encoding): Promise<AnswerBytes> => {
        const kept = making.get(encoding);
        if (kept) return kept;
        const made = squeeze(body, encoding).then(
          (bytes) => {
            const copied = {
              body: new Uint8Array(bytes),
              headers: {
                ...base,
                'content-encoding': encoding,
                'content-length': String(bytes.byteLength),
              },
            };
            ready.set(encoding, copied);
            return copied;
          },
          // A compression that failed is tried again by the next ask; this one goes plain.
          () => {
            making.delete(encoding);
            return plain;
          },
        );
        making.set(encoding, made);
        return made;
      };
      const answer: Answer = { subject, plain, copy, ready };
      // An answer wholly before today is kept until evicted (`ttl: 0`: no expiry).
      entries.set(queryOf(url), answer, { ttl: Number.isFinite(ttl) ? ttl : 0 });
      return answer;
    },
  };
}

export interface CachedAnswersOptions {
  answers: AnswerCache;
  /** The `/api/traffic` limiter; `undefined` when the limit is off. */
  limiter: RateLimiter | undefined;
  logger: Logger;
  /** The request's user (see `auth/guard.ts`); `undefined` without a live session. */
  viewer: (c: Context) => Promise<SessionUser | undefined>;
  /** Whether a user may see a subject: the one access decision (see `auth/access.ts`). */
  sees: (user: SessionUser, subject: Subject) => boolean;
  trustProxy?: boolean;
  clock?: () => number;
}

/**
 * Answers a `GET /api/traffic` whose answer is kept, with the same headers, rate limit, access
 * decision and log line as the full path; anything else (a miss, no session or none readable, a
 * subject the user may not see, a refusal, oversized headers) goes down the stack, which answers
 * it in full.
 *
 * @example app.use(cachedAnswers({ answers, limiter, logger, viewer: guard.viewer, sees: access.sees }))
 */
export function cachedAnswers(options: CachedAnswersOptions) {
  const { answers, limiter, logger, viewer, sees } = options;
  const clock = options.clock ?? performance.now.bind(performance);
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = clock();
    if (c.req.method !== 'GET' || c.req.path !== TRAFFIC_PATH) return next();
    const answer = answers.get(c.req.url);
    // Stryker disable next-line EqualityOperator: at exactly MAX_HEADER_BYTES `>=` sends the request down the stack, whose limit lets it through to the same bytes
    if (answer === undefined || headerBytes(c) > MAX_HEADER_BYTES) return next();
    // A session that cannot be read (its store is away) goes down the stack too, to its 503.
    const user = await viewer(c).catch(() => undefined);
    if (user === undefined || !sees(user, answer.subject)) return next();
    // A refused client goes down the stack, which refuses it again with the full 429 answer.
    if (limiter && !(await limiter.take(clientAddress(c, options.trustProxy))).allowed) {
      return next();
    }
    const bytes = await answerBytes(answer, requestHeader(c, 'accept-encoding'));
    const response = new Response(bytes.body, { status: 200, headers: bytes.headers });
    logger.info(requestLine('GET', TRAFFIC_PATH, 200, clock() - started, 0, 'hit'));
    return response;
  });
}
