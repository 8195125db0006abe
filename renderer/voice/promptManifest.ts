import type { Locale } from '../../common/contract/services/system';

/** Where a prompt's audio came from: a person's recording wins over the synthesiser. */
export type PromptSource = 'recorded' | 'synthesised';

/**
 * One prompt of one language in the pack. `caption-only`: no audio yet (no synthesiser voice for
 * the language and no recording); the kiosk shows the caption and plays the chime.
 */
export type PromptEntry =
  { text: string; status: 'audio'; file: string; source: PromptSource } | { text: string; status: 'caption-only'; file?: undefined; source?: undefined };

/** `resources/audio/<locale>/manifest.json`, written by scripts/buildPromptPack.ts. */
export interface PromptManifest {
  locale: Locale;
  /** The synthesiser and voice used for the synthesised files, if any. */
  synthesiser?: string;
  prompts: Record<string, PromptEntry>;
}

/** The pack's files, served from the app's own origin (resources/ is the renderer's public folder). */
export const audioBase = '/audio';
export const chimeFile = 'chime.ogg';

export function manifestUrl(locale: Locale): string {
  return `${audioBase}/${locale}/manifest.json`;
}

export function promptUrl(locale: Locale, file: string): string {
  return `${audioBase}/${locale}/${file}`;
}
