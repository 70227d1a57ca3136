/**
 * The view as React state backed by the URL: a user change pushes a history entry, Back and
 * Forward (popstate) bring earlier views back.
 */
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Device } from '../api/schemas.ts';
import { useNow } from './use-now.ts';
import { normalizeView, parseView, resolveView, serializeView, type View } from './view-state.ts';

const NAVIGATE = 'footfall:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE, onChange);
  };
}

const readSearch = (): string => window.location.search;

export interface ViewState {
  view: View | undefined;
  /** Applies a user change as a new history entry. */
  setView: (next: View) => void;
}

export function useView(devices: readonly Device[] | undefined): ViewState {
  const search = useSyncExternalStore(subscribe, readSearch);
  const now = useNow();
  const view = useMemo(
    () => (devices ? resolveView(parseView(search), devices, now) : undefined),
    [search, devices, now],
  );

  // A link with missing or stale fields is completed in place, so the URL always holds the view.
  useEffect(() => {
    if (!view) return;
    const complete = serializeView(view);
    if (complete !== search) {
      window.history.replaceState(window.history.state, '', complete + window.location.hash);
    }
  }, [view, search]);

  const setView = useCallback((next: View) => {
    const target = serializeView(normalizeView(next));
    if (target === window.location.search) return;
    window.history.pushState(null, '', target + window.location.hash);
    window.dispatchEvent(new Event(NAVIGATE));
  }, []);

  return { view, setView };
}
