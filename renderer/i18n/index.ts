import { createI18n } from 'vue-i18n';
import type { Locale } from '../../common/contract/services/system';
import { localeMessages } from './localeMessages';
import { textOf } from './useText';

export const rightToLeft: ReadonlySet<Locale> = new Set(['ug']);

export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: localeMessages,
});

/** Switches the UI language and the document's direction (Uyghur is right to left). */
export function applyLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
  document.documentElement.dir = rightToLeft.has(locale) ? 'rtl' : 'ltr';
}

/** Translates an error code from main, falling back to a generic message. */
export function errorMessage(code: string): string {
  return textOf(i18n.global).tDynamic(`errors.${code}`, 'errors.unknown');
}
