/**
 * The page's address as React state: a user change pushes a history entry (`navigate`), Back and
 * Forward (popstate) bring earlier ones back. The one place the app reads and writes the URL.
 */
import { useSyncExternalStore } from 'react';

const NAVIGATE = 'footfall:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE, onChange);
  };
}

const readPathname = (): string => window.location.pathname;
const readSearch = (): string => window.location.search;

export const usePathname = (): string => useSyncExternalStore(subscribe, readPathname);
export const useSearch = (): string => useSyncExternalStore(subscribe, readSearch);

/** Opens `target` (a path and query) as a new history entry; nothing when it is already open. */
export function navigate(target: string): void {
  const { pathname, search } = window.location;
  if (target === pathname + search) return;
  window.history.pushState(null, '', target);
  window.dispatchEvent(new Event(NAVIGATE));
}

/**
 * Completes the current address in place (no new history entry), keeping the hash; what reads
 * the address (the header's links) reads the completed one.
 */
export function replaceSearch(search: string): void {
  if (search === window.location.search) return;
  window.history.replaceState(window.history.state, '', search + window.location.hash);
  window.dispatchEvent(new Event(NAVIGATE));
}

/**
 * A same-page link's click, handled without a reload when it is a plain left click (a modified
 * click still opens a new tab or window, as links do).
 */
export function followLink(event: {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  preventDefault: () => void;
  currentTarget: { getAttribute: (name: string) => string | null };
}): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  const href = event.currentTarget.getAttribute('href');
  if (href === null) return;
  event.preventDefault();
  navigate(href);
}
