import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { isUnauthenticated } from './api/client.ts';
import { Dashboard } from './pages/dashboard.tsx';
import { LocaleProvider } from './i18n/locale.tsx';
import type { Locale } from './i18n/messages.ts';
import { OVERVIEW_PATH } from './domain/overview-view.ts';
import { endSession } from './features/session/session-cache.ts';
import { SessionGate } from './pages/session-gate.tsx';
import { usePathname } from './features/view/location.ts';

export function createQueryClient(): QueryClient {
  // Any answer saying the session is gone (expired, ended elsewhere) leads to sign-in.
  const onError = (error: unknown) => {
    if (isUnauthenticated(error)) endSession(client);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: { queries: { refetchOnWindowFocus: false } },
  });
  return client;
}

// The overview is a later view for most visits (the dashboard's header links to it): its code
// loads when it is shown.
const OverviewPage = lazy(() =>
  import('./pages/overview-page.tsx').then((module) => ({ default: module.OverviewPage })),
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
        <SessionGate>
          <Page />
        </SessionGate>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
