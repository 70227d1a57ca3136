import { render } from '@testing-library/react';
import { App, createQueryClient } from '../app.tsx';
import type { Locale } from '../i18n/messages.ts';

/** Renders the whole app with a fresh QueryClient, at `path`. */
export function renderApp(path = '/', locale: Locale = 'en') {
  window.history.replaceState(null, '', path);
  const queryClient = createQueryClient();
  return { queryClient, ...render(<App queryClient={queryClient} locale={locale} />) };
}
