/**
 * Compressed answers: brotli or gzip, as the client's `Accept-Encoding` takes them. The API's
 * JSON goes out compressed when it is worth it ({@link MIN_COMPRESSED_BYTES}); the cached
 * answers keep their compressed bytes (see `answer-cache.ts`), so the middleware here only meets
 * the answers that are not kept.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { createMiddleware } from 'hono/factory';
import { LRUCache } from 'lru-cache';
import { requestHeader } from './request-headers.ts';

/** The encodings answers go out in, best first. */
export const ENCODINGS = ['br', 'gzip'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/**
 * Below this, an answer goes out as it is: a compressed copy would save less than a packet and
 * cost a compression. Every answer at or above it carries `Vary: Accept-Encoding`.
 */
export const MIN_COMPRESSED_BYTES = 1024;

export const VARY = 'Accept-Encoding';

/**
 * The encodings an `Accept-Encoding` header takes (those it names without `q=0`).
 *
 * @example acceptedEncodings('gzip, deflate, br;q=0') // Set { 'gzip', 'deflate' }
 */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    if (name !== '' && (q === undefined || Number(q.slice(2)) > 0)) accepted.add(name);
  }
  return accepted;
}

// Browsers send one of a handful of headers: each is read once (for the cached answers' fast
// path). lru-cache keeps no `undefined`, so the choice is boxed.
const preferred = new LRUCache<string, { choice: Encoding | undefined }>({
  max: 64,
  memoMethod: (header) => {
    const accepted = acceptedEncodings(header);
    return { choice: ENCODINGS.find((name) => accepted.has(name) || accepted.has('*')) };
  },
});

/**
 * The best of {@link ENCODINGS} that `header` takes, or `undefined` for the bytes as they are.
 *
 * @example preferredEncoding('gzip, deflate, br') // 'br'
 */
export function preferredEncoding(header: string | undefined): Encoding | undefined {
  if (header === undefined || header === '') return undefined;
  return preferred.memo(header).choice;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * `bytes` compressed in `encoding`, off the event loop (zlib's thread pool). Brotli at quality 5:
 * within a few per cent of its best on this JSON, at a small fraction of the time.
 *
 * @example const body = await compress(Buffer.from(json), 'br');
 */
export function compress(bytes: Uint8Array, encoding: Encoding): Promise<Buffer<ArrayBuffer>> {
  if (encoding === 'br') {
    return brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    });
  }
  return gzipAsync(bytes, { level: 6 });
}

const isJson = (response: Response): boolean =>
  response.headers.get('content-type')?.startsWith('application/json') ?? false;

/** An answer whose encoding is already chosen (a kept answer's bytes), or too small to choose. */
function settled(response: Response): boolean {
  const { headers } = response;
  if (headers.has('content-encoding')) return true;
  if (headers.get('vary')?.toLowerCase().includes('accept-encoding')) return true;
  const length = headers.get('content-length');
  return length !== null && Number(length) < MIN_COMPRESSED_BYTES;
}

/**
 * Compresses the successful JSON answers that are not compressed yet (errors stay plain JSON:
 * they are small, and a client reads them whatever it sends).
 *
 * @example app.use('/api/*', compressAnswers())
 */
export function compressAnswers() {
  return createMiddleware(async (c, next) => {
    await next();
    const response = c.res;
    if (response.status !== 200 || !isJson(response) || settled(response)) return;
    const bytes: Uint8Array<ArrayBuffer> = new Uint8Array(await response.arrayBuffer());
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    const encoding =
      bytes.byteLength < MIN_COMPRESSED_BYTES
        ? undefined
        : preferredEncoding(requestHeader(c, 'accept-encoding'));
    let body: Uint8Array<ArrayBuffer> = bytes;
    if (bytes.byteLength >= MIN_COMPRESSED_BYTES) headers.append('vary', VARY);
    if (encoding !== undefined) {
      body = await compress(bytes, encoding);
      headers.set('content-encoding', encoding);
    }
    // Cleared first: assigning over a response would carry its headers (its length) across.
    c.res = undefined;
    c.res = new Response(body, { status: response.status, headers });
  });
}
