import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Dashboard } from './dashboard.tsx';
import { LocaleProvider } from './i18n/locale.tsx';
import type { Locale } from './i18n/messages.ts';
import { OVERVIEW_PATH } from './overview/overview-view.ts';
import { usePathname } from './view/location.ts';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false } },
  });
}

// The overview is a later view for most visits (the dashboard's header links to it): its code
// loads when it is shown.
const OverviewPage = lazy(() =>
  import('./overview/overview-page.tsx').then((module) => ({ default: module.OverviewPage })),
);

/** The page the path names: the overview at `/overview`, the dashboard everywhere else. */
function Page() {
  return usePathname() === OVERVIEW_PATH ? (
    <Suspense fallback={null}>
      <OverviewPage />
    </Suspense>
  ) : (
    <Dashboard />
  );
}

export function App({ queryClient, locale }: { queryClient?: QueryClient; locale?: Locale }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <LocaleProvider initialLocale={locale}>
        <Page />
      </LocaleProvider>
    </QueryClientProvider>
  );
}
