/**
 * The app's chunks, named by the page (vite.config.ts writes them into a meta tag at build time)
 * and preloaded by the first script once the shell is on screen.
 */

/** The meta tag whose content lists the app's chunks, space-separated. */
export const APP_CHUNKS_META = 'footfall:app-chunks';

/**
 * Adds a modulepreload link for each chunk the page names: the browser fetches and compiles them
 * now, and runs them when the app is imported. Returns the URLs preloaded.
 *
 * @example preloadAppChunks(document) // ['/assets/boot-1a2b3c.js']
 */
export function preloadAppChunks(page: Document): string[] {
  const meta = page.querySelector(`meta[name="${APP_CHUNKS_META}"]`);
  const urls = (meta?.getAttribute('content') ?? '').split(' ').filter((url) => url !== '');
  for (const href of urls) {
    const link = page.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    page.head.append(link);
  }
  return urls;
}
