import { ref, watch } from 'vue';
import type { Locale } from '../../common/contract/services/system';
import { manifestUrl, type PromptManifest } from './promptManifest';
import { PromptPlayer, type Prompt, type PromptKind, type VoiceSettings } from './promptPlayer';

export type { PromptKind } from './promptPlayer';

const player = new PromptPlayer({
  async loadManifest(locale: Locale) {
    const response = await fetch(manifestUrl(locale));
    return response.ok ? ((await response.json()) as PromptManifest) : undefined;
  },
  createAudio: (url) => new Audio(url),
  speech: () => (typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis),
});

/** Staff can mute prompts (a quiet hall, a training session); captions always stay on screen. */
export const muted = ref(false);
watch(muted, (on) => {
  player.muted = on;
  if (on) player.stop();
});

/** The hall's volume and whether the system voice may stand in (from the hall config). */
export function applyVoiceSettings(settings: VoiceSettings): void {
  player.settings = { ...settings };
}

/** Speaks a prompt in the session language; its kind says what it cuts short and what it waits for. */
export function say(prompt: Prompt, kind: PromptKind = 'queued'): void {
  if (!closed) player.say(prompt, kind);
}

/** Silences the prompt playing now and those waiting (a step that leaves). */
export function stopPrompts(): void {
  player.stop();
}

let closed = false;
function reopen(): void {
  closed = false;
}

/**
 * The session ended: silence now, and stay silent until someone touches the screen, so screens
 * resetting behind the wipe never speak to an empty hall or to the next person.
 */
export function endSessionPrompts(): void {
  player.stop();
  closed = true;
  for (const type of ['pointerdown', 'keydown'] as const) window.addEventListener(type, reopen, { capture: true, once: true, passive: true });
}
