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
  /** Every loaded language's texts, for the plain-text shortcut below. */
  messages?: { value: Record<string, unknown> };
}

/** vue-i18n's message syntax: placeholders, linked texts and plural forms. A text without these is itself. */
const messageSyntax = /[{}@|]/;

/** The text at a dotted key of a language's tree, when it is a plain string; else undefined. */
function plainText(tree: unknown, key: string): string | undefined {
  let node = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' && !messageSyntax.test(node) ? node : undefined;
}

/**
 * vue-i18n's `t` takes any string, so a mistyped key shows the key itself on screen. These take
 * only keys of the zh-CN messages (checked by vue-tsc); a key that can only be built at run time,
 * from a code or a value main sent, goes through `tDynamic`, which names the text to show instead.
 */
export function textOf(translator: Translator) {
  const translate = (key: string, named?: NamedValues): string => {
    // Nine texts in ten are plain (no placeholder, whatever values come with them): read straight from
    // the shown language's tree (both reads are reactive, so a language switch re-renders), skipping
    // vue-i18n's per-call work that the attract screen otherwise pays for every text on its first
    // paint and on a switch.
    const plain = translator.locale && translator.messages ? plainText(translator.messages.value[translator.locale.value], key) : undefined;
    if (plain !== undefined) return plain;
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
