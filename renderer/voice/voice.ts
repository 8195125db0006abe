import { ref } from 'vue';
import type { Locale } from '../../common/contract/services/system';

/** Staff can mute prompts (a quiet hall, a training session); captions always stay on screen. */
export const muted = ref(false);

const speechLang: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en-US', ug: 'ug', bo: 'bo' };

/**
 * Speaks a prompt with a voice installed on this machine for the session language. Only local
 * voices are used, so nothing is sent to an online speech service; without one, the caption
 * carries the prompt alone.
 */
export function speak(text: string, locale: Locale): void {
  if (muted.value || typeof speechSynthesis === 'undefined') return;
  const lang = speechLang[locale];
  const voice = speechSynthesis.getVoices().find((v) => v.localService && v.lang.toLowerCase().startsWith(lang.toLowerCase().slice(0, 2)));
  if (!voice) return;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.9;
  speechSynthesis.speak(utterance);
}

export function stopSpeaking(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
