import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Dashboard } from './dashboard.tsx';
import { LocaleProvider } from './i18n/locale.tsx';
import type { Locale } from './i18n/messages.ts';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false } },
  });
}

export function App({ queryClient, locale }: { queryClient?: QueryClient; locale?: Locale }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <LocaleProvider initialLocale={locale}>
        <Dashboard />
      </LocaleProvider>
    </QueryClientProvider>
  );
}
