import { useEffect, useMemo } from 'react';
import { navigate, replaceSearch, useSearch } from '../features/view/location.ts';
import { useNow } from '../features/view/use-now.ts';
import {
  OVERVIEW_PATH,
  resolveOverview,
  serializeOverview,
  type OverviewView,
} from '../domain/overview-view.ts';

/** The overview as React state backed by the URL; `undefined` until the zone is known. */
export function useOverviewView(timeZone: string | undefined): {
  view: OverviewView | undefined;
  setView: (next: OverviewView) => void;
} {
  const search = useSearch();
  const now = useNow();
  const view = useMemo(
    () => (timeZone === undefined ? undefined : resolveOverview(search, timeZone, now)),
    [search, timeZone, now],
  );
  useEffect(() => {
    if (view) replaceSearch(serializeOverview(view));
  }, [view]);
  return {
    view,
    setView: (next) => {
      navigate(OVERVIEW_PATH + serializeOverview(next));
    },
  };
}
