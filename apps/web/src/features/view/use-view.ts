/** The dashboard's view as React state backed by the URL (see `location.ts`). */
import type { Subject } from '@footfall/contract';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { navigate, replaceSearch, useSearch } from './location.ts';
import { useNow } from './use-now.ts';
import {
  findSubject,
  normalizeView,
  parseView,
  resolveView,
  serializeView,
  type Catalog,
  type View,
} from '../../domain/view-state.ts';

/** A link's subject that is not among the user's stores and doors, and what is shown instead. */
export interface Unseen {
  asked: Subject;
  shown: Subject;
}

export interface ViewState {
  view: View | undefined;
  /**
   * Set while the view shows the default subject because the link named one this user does not
   * see (another manager's store, a door since removed): the dashboard says so, rather than show
   * another store as if it were the one asked for.
   */
  unseen: Unseen | undefined;
  /** Applies a user change as a new history entry. */
  setView: (next: View) => void;
}

const sameSubject = (a: Subject, b: Subject): boolean =>
  a.kind === 'store' ? b.kind === 'store' && a.id === b.id : b.kind === 'device' && a.mac === b.mac;

const sameUnseen = (a: Unseen, b: Unseen): boolean =>
  sameSubject(a.asked, b.asked) && sameSubject(a.shown, b.shown);

export function useView(catalog: Catalog | undefined): ViewState {
  const search = useSearch();
  const now = useNow();
  const asked = useMemo(() => parseView(search), [search]);
  const view = useMemo(
    () => (catalog ? resolveView(asked, catalog, now) : undefined),
    [asked, catalog, now],
  );
  // The link's subject is gone from the URL once it is completed with the default: what it asked
  // for is kept for as long as that default is shown (state set while rendering, React's way of
  // keeping what an earlier render saw).
  const missing =
    view && catalog && asked.subject && !findSubject(asked.subject, catalog)
      ? { asked: asked.subject, shown: view.subject }
      : undefined;
  const [kept, setKept] = useState<Unseen>();
  if (missing && !(kept && sameUnseen(kept, missing))) setKept(missing);
  else if (!missing && kept && view && !sameSubject(kept.shown, view.subject)) setKept(undefined);

  // A link with missing or stale fields is completed in place, so the URL always holds the view.
  useEffect(() => {
    if (view) replaceSearch(serializeView(view));
  }, [view]);

  const setView = useCallback((next: View) => {
    navigate(window.location.pathname + serializeView(normalizeView(next)));
  }, []);

  // `kept` is cleared above (during this render) once another subject is shown.
  return { view, unseen: kept, setView };
}
