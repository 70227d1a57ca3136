/**
 * The app's pages, one entry each: its address, its name in the header, how a link to it carries
 * the user's range, and its component. The router (app.tsx), the header and the cross-links all
 * read this list: a new page is a page file, an entry here and its messages.
 */
import { lazy, type ComponentType } from 'react';
import { OVERVIEW_PATH } from '../domain/overview-view.ts';
import { dashboardLink, overviewLink, type Here } from '../domain/pages.ts';
import type { Messages } from '../i18n/messages.ts';
import { Dashboard } from './dashboard.tsx';

export interface PageEntry {
  id: string;
  /** Its address's path. */
  path: string;
  /** Its name in the header's navigation. */
  label: (t: Messages) => string;
  /** A link to it from `here`, carrying what it shares (the range, the switch). */
  link: (here: Here) => string;
  Component: ComponentType;
}

// The overview is a later view for most visits (the header links to it): its code loads when it
// is shown.
const OverviewPage = lazy(() =>
  import('./overview-page.tsx').then((module) => ({ default: module.OverviewPage })),
);

/** The pages, in the header's order; the first is also every unknown address's. */
export const PAGES: readonly [PageEntry, ...PageEntry[]] = [
  {
    id: 'dashboard',
    path: '/',
    label: (t) => t.navDashboard,
    link: dashboardLink,
    Component: Dashboard,
  },
  {
    id: 'overview',
    path: OVERVIEW_PATH,
    label: (t) => t.navOverview,
    link: overviewLink,
    Component: OverviewPage,
  },
];

/** The page at `pathname`: the one with that path, else the first (the dashboard). */
export const pageAt = (pathname: string): PageEntry =>
  PAGES.find((page) => page.path === pathname) ?? PAGES[0];
