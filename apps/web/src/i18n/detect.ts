/** The visitor's language before React starts: shared by the first paint and the app. */
import type { Locale } from './messages.ts';

export const LOCALE_STORAGE_KEY = 'footfall.locale';

/** The language a visitor gets before choosing: a stored choice, else the browser's. */
function detectLocale(languages: readonly string[], stored: string | null): Locale {
  if (stored === 'en' || stored === 'zh') return stored;
  const first = languages[0]?.toLowerCase() ?? 'en';
  return first.startsWith('zh') ? 'zh' : 'en';
}

/** The choice this browser remembers, if storage lets us read it. */
function storedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The language this page starts in. */
export const startLocale = (): Locale => detectLocale(navigator.languages, storedLocale());
