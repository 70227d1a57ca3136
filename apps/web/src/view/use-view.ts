/** The dashboard's view as React state backed by the URL (see `location.ts`). */
import { useCallback, useEffect, useMemo } from 'react';
import { navigate, replaceSearch, useSearch } from './location.ts';
import { useNow } from './use-now.ts';
import {
  normalizeView,
  parseView,
  resolveView,
  serializeView,
  type Catalog,
  type View,
} from './view-state.ts';

export interface ViewState {
  view: View | undefined;
  /** Applies a user change as a new history entry. */
  setView: (next: View) => void;
}

export function useView(catalog: Catalog | undefined): ViewState {
  const search = useSearch();
  const now = useNow();
  const view = useMemo(
    () => (catalog ? resolveView(parseView(search), catalog, now) : undefined),
    [search, catalog, now],
  );

  // A link with missing or stale fields is completed in place, so the URL always holds the view.
  useEffect(() => {
    if (view) replaceSearch(serializeView(view));
  }, [view]);

  const setView = useCallback((next: View) => {
    navigate(window.location.pathname + serializeView(normalizeView(next)));
  }, []);

  return { view, setView };
}
