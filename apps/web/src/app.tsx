import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Dashboard } from './dashboard.tsx';
import { LocaleProvider } from './i18n/locale.tsx';
import type { Locale } from './i18n/messages.ts';
import { OverviewPage } from './overview/overview-page.tsx';
import { OVERVIEW_PATH } from './overview/overview-view.ts';
import { usePathname } from './view/location.ts';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false } },
  });
}

/** The page the path names: the overview at `/overview`, the dashboard everywhere else. */
function Page() {
  return usePathname() === OVERVIEW_PATH ? <OverviewPage /> : <Dashboard />;
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
