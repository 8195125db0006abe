import { markRaw, shallowRef, watch, type ShallowRef } from 'vue';
import { PinyinDictionary } from './dictionary';

/** Served from the app's own origin; written by scripts/buildPinyinDictionary.ts at build time. */
const RESOURCE_URL = '/ime/pinyin.dict';

let loading: Promise<PinyinDictionary> | undefined;

/** One load per renderer: every Chinese field after the first gets the same dictionary at once. */
export function loadPinyinDictionary(): Promise<PinyinDictionary> {
  loading ??= fetch(RESOURCE_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`pinyin dictionary: HTTP ${response.status}`);
      return response.text();
    })
    .then((text) => markRaw(new PinyinDictionary(text)))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/**
 * The pinyin dictionary for a screen's on-screen keyboard, fetched the first time `wanted` turns
 * true (a Chinese field opens), null until then. A screen without Chinese fields never loads it.
 * Pinyin typed before it arrives waits above the keys and becomes the composition when it does;
 * should the load fail, those letters go in as typed and the next Chinese field tries again.
 */
export function usePinyinDictionary(wanted: () => boolean): ShallowRef<PinyinDictionary | null> {
  const dictionary = shallowRef<PinyinDictionary | null>(null);
  watch(
    wanted,
    (on) => {
      if (on && !dictionary.value) {
        loadPinyinDictionary().then(
          (loaded) => (dictionary.value = loaded),
          () => undefined,
        );
      }
    },
    { immediate: true },
  );
  return dictionary;
}
