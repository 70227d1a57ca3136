/**
 * Serving the built SPA: files under the web build, index.html for deep links, immutable caching
 * for hashed assets, the build's brotli or gzip copy when the browser takes one, no way out of the
 * build folder.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';
import { LRUCache } from 'lru-cache';
import { acceptedEncodings } from './compression.ts';

/**
 * `apps/web/dist`, found from this package rather than from the working directory. Worked out
 * when asked, not on import: the web's component tests import the app in a DOM environment, whose
 * `import.meta.url` is not a file's.
 */
export const defaultStaticRoot = (): string =>
  fileURLToPath(new URL('../../web/dist', import.meta.url));

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
/** A private dashboard is not for search engines: every path is disallowed. */
const ROBOTS = 'User-agent: *\nDisallow: /\n';
const NOT_BUILT =
  'The Footfall web app is not built yet: run `pnpm build` at the repository root, then reload.\n';

/** The build's compressed copies (apps/web/vite.config.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** A file as the build wrote it, with the compressed copies it has, by encoding name. */
interface FileVariants {
  identity: Buffer<ArrayBuffer>;
  encoded: Map<string, Buffer<ArrayBuffer>>;
}

/** Hashed assets kept in memory; past this many (many rebuilds under one server) the least used go. */
const MAX_KEPT_ASSETS = 256;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function readVariants(path: string): Promise<FileVariants> {
  const [identity, ...copies] = await Promise.all([
    readFile(path),
    ...ENCODINGS.map(async ({ suffix }) =>
      (await isFile(path + suffix)) ? readFile(path + suffix) : undefined,
    ),
  ]);
  const encoded = new Map<string, Buffer<ArrayBuffer>>();
  ENCODINGS.forEach(({ name }, i) => {
    const copy = copies[i];
    if (copy) encoded.set(name, copy);
  });
  return { identity, encoded };
}

/** The best copy `acceptEncoding` takes, or the file itself. */
function pickVariant(
  variants: FileVariants,
  acceptEncoding: string | undefined,
): { body: Buffer<ArrayBuffer>; headers: Record<string, string> } {
  if (variants.encoded.size === 0) return { body: variants.identity, headers: {} };
  const accepted = acceptedEncodings(acceptEncoding);
  for (const [name, body] of variants.encoded) {
    if (accepted.has(name)) {
      return { body, headers: { 'Content-Encoding': name, Vary: 'Accept-Encoding' } };
    }
  }
  return { body: variants.identity, headers: { Vary: 'Accept-Encoding' } };
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
 * @example app.get('*', createStaticHandler(defaultStaticRoot()))
 */
export function createStaticHandler(root: string) {
  const index = join(root, 'index.html');
  // A hashed asset's name changes with its content: read once, it is served from memory.
  const assets = new LRUCache<string, Promise<FileVariants>>({ max: MAX_KEPT_ASSETS });
  const send = (c: Context, target: string, variants: FileVariants, immutable: boolean) => {
    const { body, headers } = pickVariant(variants, c.req.header('Accept-Encoding'));
    return c.body(body, 200, {
      'Content-Type': CONTENT_TYPES[extname(target)] ?? 'application/octet-stream',
      'Cache-Control': immutable ? IMMUTABLE : 'no-cache',
      ...headers,
    });
  };
  return async (c: Context): Promise<Response> => {
    // The raw path: URL parsing has resolved `/../` but left encoded `%2e%2e` for us to check.
    const rawPath = new URL(c.req.url).pathname;
    if (rawPath === '/robots.txt') return c.text(ROBOTS, 200, { 'Cache-Control': 'no-cache' });
    const target = resolveInside(root, rawPath);
    if (target === undefined) return c.text('Not found.\n', 404);
    const immutable = rawPath.startsWith('/assets/');
    const kept = immutable ? assets.get(target) : undefined;
    if (kept) return send(c, target, await kept, true);
    if (!(await isFile(index))) return c.text(NOT_BUILT, 503, { 'Cache-Control': 'no-store' });
    if (target !== resolve(root) && (await isFile(target))) {
      const variants = readVariants(target);
      if (immutable) {
        assets.set(target, variants);
        variants.catch(() => assets.delete(target));
      }
      return send(c, target, await variants, immutable);
    }
    // A missing hashed asset is a stale page asking for an old build, and a missing file with an
    // extension (`/favicon.ico`, `/x.js`) is no view either: index.html would not help.
    if (immutable || extname(rawPath) !== '') return c.text('Not found.\n', 404);
    // The page itself, compressed as its build copies are (it inlines the stylesheet: ~11 KB).
    const page = pickVariant(await readVariants(index), c.req.header('Accept-Encoding'));
    return c.body(page.body, 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      'X-Robots-Tag': 'noindex, nofollow',
      ...page.headers,
    });
  };
}
