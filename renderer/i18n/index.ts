import { createI18n } from 'vue-i18n';
import type { Locale } from '../../common/contract/services/system';
import type { MessageTree } from './defineFlowStrings';
import zhCN from './languages/zh-CN';
import { rightToLeftLocales } from './rightToLeft';
import { textOf } from './useText';

/** zh-CN is in the first script (every other language falls back to it); the others load when chosen. */
const laterLocales: Record<Exclude<Locale, 'zh-CN'>, () => Promise<{ default: MessageTree }>> = {
  en: () => import('./languages/en'),
  ug: () => import('./languages/ug'),
  bo: () => import('./languages/bo'),
};

export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  // Typed with every language so any may be switched to; loadLocale adds each one's texts before it is shown.
  messages: { 'zh-CN': zhCN } as Record<Locale, MessageTree>,
});

const loading = new Map<Locale, Promise<void>>([['zh-CN', Promise.resolve()]]);

/** Makes a language's texts available without showing it (a failed load is tried again next time). */
export function loadLocale(locale: Locale): Promise<void> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = laterLocales[locale as Exclude<Locale, 'zh-CN'>]().then((loaded) => i18n.global.setLocaleMessage(locale, loaded.default));
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

let chosen: Locale = 'zh-CN';
/** Whether anything (a citizen's tap, a session's end) has switched the language since the page loaded. */
let everChosen = false;

/**
 * Switches the UI language and the document's direction (Uyghur is right to left) once its texts
 * are loaded; when several are chosen in a row, the last choice wins.
 */
export async function applyLocale(locale: Locale): Promise<void> {
  chosen = locale;
  everChosen = true;
  await loadLocale(locale);
  if (chosen !== locale) return;
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
  document.documentElement.dir = rightToLeftLocales.has(locale) ? 'rtl' : 'ltr';
}

/**
 * The hall's language once its settings arrive after a start or reload. The language buttons are
 * tappable by then, so a citizen may already have chosen one: that choice stands.
 */
export async function applyStartLocale(locale: Locale): Promise<void> {
  if (!everChosen) await applyLocale(locale);
}

/** Translates an error code from main, falling back to a generic message. */
export function errorMessage(code: string): string {
  return textOf(i18n.global).tDynamic(`errors.${code}`, 'errors.unknown');
}
