/**
 * The current language: detected from the browser, remembered in localStorage, switchable.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LOCALE_STORAGE_KEY, startLocale } from './detect.ts';
import { INTL_LOCALE, MESSAGES, type Locale, type Messages } from './messages.ts';

export interface I18n {
  locale: Locale;
  /** The BCP 47 tag for `Intl` formatters. */
  intlLocale: string;
  t: Messages;
  formatNumber: (value: number) => string;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function LocaleProvider({
  children,
  initialLocale,
}: {
  children: ReactNode;
  initialLocale?: Locale;
}) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? startLocale());

  useEffect(() => {
    document.documentElement.lang = INTL_LOCALE[locale];
  }, [locale]);

  const value = useMemo<I18n>(() => {
    const numberFormat = new Intl.NumberFormat(INTL_LOCALE[locale]);
    return {
      locale,
      intlLocale: INTL_LOCALE[locale],
      t: MESSAGES[locale],
      formatNumber: (n) => numberFormat.format(n),
      setLocale: (next) => {
        try {
          localStorage.setItem(LOCALE_STORAGE_KEY, next);
        } catch {
          // A private window may refuse storage; the switch still works for this visit.
        }
        setLocaleState(next);
      },
    };
  }, [locale]);

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs a <LocaleProvider>');
  return value;
}
