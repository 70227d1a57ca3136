/**
 * The overview's view — a day range and the business-hours switch — as it lives in the URL:
 * `/overview?from=…&to=…&businessHours=…`. Runs in the page's first script: no React here.
 */
import type { OverviewParams } from './queries.ts';
import { parseRange, resolveRange } from './view-state.ts';

export const OVERVIEW_PATH = '/overview';

export interface OverviewView {
  from: string;
  to: string;
  businessHours: boolean;
}

export function serializeOverview(view: OverviewView): string {
  const params = new URLSearchParams({
    from: view.from,
    to: view.to,
    businessHours: String(view.businessHours),
  });
  return `?${params.toString()}`;
}

/** The overview a query string names, defaults (last 7 days, all day) read in `timeZone`. */
export function resolveOverview(search: string, timeZone: string, now: number): OverviewView {
  const partial = parseRange(new URLSearchParams(search));
  const range = resolveRange(partial, timeZone, now);
  const [from, to] = range.from <= range.to ? [range.from, range.to] : [range.to, range.from];
  return { from, to, businessHours: partial.businessHours ?? false };
}

/** The overview a link names in full, before the stores are known; `undefined` otherwise. */
export function overviewFromLink(search: string): OverviewView | undefined {
  const partial = parseRange(new URLSearchParams(search));
  if (partial.from === undefined || partial.to === undefined) return undefined;
  return resolveOverview(search, 'UTC', 0);
}

/**
 * The overview's query: its view, compared with the previous period (its "vs previous" column).
 * The early request and the page ask with it, so the page adopts the early answer.
 */
export function overviewParams(view: OverviewView): OverviewParams {
  return { from: view.from, to: view.to, businessHours: view.businessHours, compare: 'previous' };
}
