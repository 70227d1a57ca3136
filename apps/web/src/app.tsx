import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { isUnauthenticated } from './api/client.ts';
import { endSession } from './features/session/session-cache.ts';
import { usePathname } from './features/view/location.ts';
import { LocaleProvider } from './i18n/locale.tsx';
import type { Locale } from './i18n/messages.ts';
import { AppHeader } from './pages/app-header.tsx';
import { pageAt, PAGES } from './pages/registry.tsx';
import { SessionGate } from './pages/session-gate.tsx';

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

/** The page the path names (pages/registry.tsx), under the header. */
function Page() {
  const page = pageAt(usePathname());
  return (
    <div className="app">
      <AppHeader pages={PAGES} current={page} />
      <main className="main">
        <Suspense fallback={null}>
          <page.Component />
        </Suspense>
      </main>
    </div>
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
