/** Where sign-in sends the browser back to: a path on this site only. */

/**
 * A path on this site to return to after sign-in: `/…` but not `//…` or `/\…` (which browsers
 * read as another host); anything else is `/`.
 *
 * @example safeReturnPath('/traffic?store=ginza') // '/traffic?store=ginza'; safeReturnPath('//evil.example') // '/'
 */
export function safeReturnPath(path: string | undefined): string {
  if (path === undefined || !path.startsWith('/') || path.length > 2000) return '/';
  const controls = Array.from(path).some((char) => char.charCodeAt(0) < 0x20);
  if (path.startsWith('//') || path.includes('\\') || controls) return '/';
  // Resolved against a placeholder origin, it must stay on it.
  const base = 'http://footfall.invalid';
  const url = new URL(path, base);
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : '/';
}
