// eslint-disable-next-line no-restricted-imports -- the typed wrapper itself
import { useI18n } from 'vue-i18n';
import { isolateNumbers } from './bidiIsolate';
import type { MessageKey } from './messageKey';
import { rightToLeftLocales } from './rightToLeft';

/** Values for a text's `{placeholders}`. */
export type NamedValues = Record<string, unknown>;

/** What the typed texts need of vue-i18n: a component's composer or `i18n.global`. */
export interface Translator {
  t(key: string): string;
  t(key: string, named: NamedValues): string;
  te(key: string): boolean;
  /** The shown language; right-to-left ones get number-like values isolated. */
  locale?: { value: string };
}

/**
 * vue-i18n's `t` takes any string, so a mistyped key shows the key itself on screen. These take
 * only keys of the zh-CN messages (checked by vue-tsc); a key that can only be built at run time,
 * from a code or a value main sent, goes through `tDynamic`, which names the text to show instead.
 */
export function textOf(translator: Translator) {
  const translate = (key: string, named?: NamedValues): string => {
    if (named === undefined) return translator.t(key);
    return translator.t(key, translator.locale && rightToLeftLocales.has(translator.locale.value) ? isolateNumbers(named) : named);
  };
  return {
    t: (key: MessageKey, named?: NamedValues): string => translate(key, named),
    /** Whether a key built at run time has a text. */
    te: (key: string): boolean => translator.te(key),
    /** A key built at run time: its text when it has one, else the text of `fallback`. */
    tDynamic: (key: string, fallback: MessageKey, named?: NamedValues): string => translate(translator.te(key) ? key : fallback, named),
  };
}

/** `useI18n()` for components, with the keys of `t` type-checked. */
export function useText() {
  const composer = useI18n();
  return { ...textOf(composer), locale: composer.locale };
}
