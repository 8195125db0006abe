import type { StartupHint } from '../../common/contract/startupHint';
import type { Locale } from '../../common/contract/services/system';

// A record, so a locale added to the contract and missing here is a type error.
const uiLocales: Record<Locale, true> = { 'zh-CN': true, en: true, ug: true, bo: true };
const isLocale = (value: unknown): value is Locale => typeof value === 'string' && Object.hasOwn(uiLocales, value);

/**
 * The startup hint from the text of its data block. Null when the page has none (the dev server's
 * page) or it is not what main writes: the language buttons then wait for `system.info`.
 */
export function parseStartupHint(text: string | null | undefined): StartupHint | null {
  if (!text) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const { locales, defaultLocale } = (parsed ?? {}) as { locales?: unknown; defaultLocale?: unknown };
  if (!Array.isArray(locales) || locales.length === 0 || !locales.every(isLocale) || !isLocale(defaultLocale) || !locales.includes(defaultLocale)) return null;
  return { locales, defaultLocale };
}
