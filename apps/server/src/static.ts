/**
 * Serving the built SPA: files under the web build, index.html for deep links, immutable caching
 * for hashed assets, the build's brotli or gzip copy when the browser takes one, no way out of the
 * build folder.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';

/** `apps/web/dist`, found from this package rather than from the working directory. */
export const DEFAULT_STATIC_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
const NOT_BUILT =
  'The Footfall web app is not built yet: run `pnpm build` at the repository root, then reload.\n';

/** The build's compressed copies (apps/web/vite.config.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

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

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The file a URL path names inside `root`, or `undefined` when it would leave `root`. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const base = resolve(root);
  const target = resolve(base, `.${decoded}`);
  return target === base || target.startsWith(base + sep) ? target : undefined;
}

/**
 * A GET handler serving the SPA in `root`.
 *
 * @example app.get('*', createStaticHandler(DEFAULT_STATIC_ROOT))
 */
export function createStaticHandler(root: string) {
  const index = join(root, 'index.html');
  return async (c: Context): Promise<Response> => {
    // The raw path: URL parsing has resolved `/../` but left encoded `%2e%2e` for us to check.
    const rawPath = new URL(c.req.url).pathname;
    const target = resolveInside(root, rawPath);
    if (target === undefined) return c.text('Not found.\n', 404);
    if (!(await isFile(index))) return c.text(NOT_BUILT, 503, { 'Cache-Control': 'no-store' });
    if (target !== resolve(root) && (await isFile(target))) {
      const headers: Record<string, string> = {
        'Content-Type': CONTENT_TYPES[extname(target)] ?? 'application/octet-stream',
        'Cache-Control': rawPath.startsWith('/assets/') ? IMMUTABLE : 'no-cache',
      };
      const accepted = acceptedEncodings(c.req.header('Accept-Encoding'));
      let variants = 0;
      for (const { name, suffix } of ENCODINGS) {
        if (!(await isFile(target + suffix))) continue;
        variants += 1;
        if (accepted.has(name)) {
          return c.body(await readFile(target + suffix), 200, {
            ...headers,
            'Content-Encoding': name,
            Vary: 'Accept-Encoding',
          });
        }
      }
      if (variants > 0) headers.Vary = 'Accept-Encoding';
      return c.body(await readFile(target), 200, headers);
    }
    // A missing hashed asset is a stale page asking for an old build: index.html would not help.
    if (rawPath.startsWith('/assets/')) return c.text('Not found.\n', 404);
    return c.body(await readFile(index), 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
    });
  };
}
