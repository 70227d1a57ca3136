/**
 * Links between the pages, built from where the user is: each carries the range across. The page
 * registry (pages/registry.tsx) gives every page its builder; cross-links (the overview's rows)
 * use them too.
 */
import { OVERVIEW_PATH, serializeOverview, type OverviewView } from './overview-view.ts';
import { normalizeView, serializeView, type View } from './view-state.ts';

/** What a link carries across from the current address (`parseView` of its query string). */
export type Here = Partial<View>;

/** The range and switch of `here`, when it names all three. */
function rangeOf(here: Here): OverviewView | undefined {
  const { from, to, businessHours } = here;
  return from !== undefined && to !== undefined && businessHours !== undefined
    ? { from, to, businessHours }
    : undefined;
}

/**
 * The dashboard at `here`: its whole view when `here` names one, else its range (the dashboard
 * completes the subject with its default, the first store), else the bare dashboard.
 */
export function dashboardLink(here: Here): string {
  const { subject, granularity } = here;
  const range = rangeOf(here);
  if (!range) return '/';
  if (subject && granularity)
    return `/${serializeView({ ...here, ...range, subject, granularity })}`;
  return `/${serializeOverview(range)}`;
}

/** The overview over `here`'s range. */
export function overviewLink(here: Here): string {
  const range = rangeOf(here);
  return range ? OVERVIEW_PATH + serializeOverview(range) : OVERVIEW_PATH;
}

/** One store's dashboard, by hour, over `range` (the overview's rows link there). */
export const storeLink = (range: OverviewView, id: string): string =>
  `/${serializeView(normalizeView({ subject: { kind: 'store', id }, ...range, granularity: 'hour' }))}`;
