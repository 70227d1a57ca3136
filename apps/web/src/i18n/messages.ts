/**
 * The languages and their messages: every string the screen shows is in en.ts (English, the source
 * of the `Messages` type) and zh.ts (简体中文). Components never hold literal text.
 */
import { en } from './en.ts';
import type { Messages } from './en.ts';
import { zh } from './zh.ts';

export type { ErrorDetails, Messages } from './en.ts';

export type Locale = 'en' | 'zh';
export const LOCALES: readonly Locale[] = ['en', 'zh'];

/** BCP 47 tags for `Intl`. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', zh: 'zh-CN' };

export const MESSAGES: Record<Locale, Messages> = { en, zh };

/**
 * The messages for a BCP 47 tag, for code that formats by `Intl` locale: Chinese for any `zh` tag,
 * English otherwise.
 *
 * @example messagesFor('zh-CN').walkIns // '进店'
 */
export function messagesFor(intlLocale: string): Messages {
  return MESSAGES[intlLocale.toLowerCase().startsWith('zh') ? 'zh' : 'en'];
}
