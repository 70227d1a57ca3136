import { afterEach, describe, expect, it } from 'vitest';
import { APP_CHUNKS_META, preloadAppChunks } from './app-chunks.ts';

describe('preloadAppChunks', () => {
  afterEach(() => {
    document.head.replaceChildren();
  });

  const preloads = () =>
    [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
      (link) => ({
        href: new URL(link.href).pathname,
        crossorigin: link.getAttribute('crossorigin'),
      }),
    );

  it('should preload every chunk the page names, as the dynamic import will ask for it', () => {
    const meta = document.createElement('meta');
    meta.name = APP_CHUNKS_META;
    meta.content = '/assets/boot-1a2b.js /assets/vendor-3c4d.js';
    document.head.append(meta);

    expect(preloadAppChunks(document)).toEqual(['/assets/boot-1a2b.js', '/assets/vendor-3c4d.js']);
    // `crossorigin` (anonymous), like the module script's own request: the browser reuses the
    // preloaded module rather than fetch it again.
    expect(preloads()).toEqual([
      { href: '/assets/boot-1a2b.js', crossorigin: '' },
      { href: '/assets/vendor-3c4d.js', crossorigin: '' },
    ]);
  });

  it('should preload nothing when the page names no chunk (the dev server)', () => {
    expect(preloadAppChunks(document)).toEqual([]);
    expect(preloads()).toEqual([]);
  });
});
