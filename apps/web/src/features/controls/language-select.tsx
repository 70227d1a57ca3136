import { useId } from 'react';
import { useI18n } from '../../i18n/locale.tsx';
import { LOCALES, type Locale } from '../../i18n/messages.ts';

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

export function LanguageSelect() {
  const { t, locale, setLocale } = useI18n();
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id}>{t.languageLabel}</label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l === 'zh' ? 'zh-CN' : 'en'}>
            {t.languageNames[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
