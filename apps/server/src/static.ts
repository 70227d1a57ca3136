/**
 * Serving the built SPA: files under the web build, index.html for deep links, immutable caching
 * for hashed assets, no way out of the build folder.
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
      const immutable = rawPath.startsWith('/assets/');
      return c.body(await readFile(target), 200, {
        'Content-Type': CONTENT_TYPES[extname(target)] ?? 'application/octet-stream',
        'Cache-Control': immutable ? IMMUTABLE : 'no-cache',
      });
    }
    // A missing hashed asset is a stale page asking for an old build: index.html would not help.
    if (rawPath.startsWith('/assets/')) return c.text('Not found.\n', 404);
    return c.body(await readFile(index), 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
    });
  };
}
