import type { Locale } from '../../common/contract/services/system';
import { chimeFile, audioBase, promptUrl, type PromptEntry, type PromptManifest } from './promptManifest';

/** A prompt to speak: its id where the caller knows it, else its caption (looked up in the pack by text). */
export interface Prompt {
  id?: string;
  text: string;
  locale: Locale;
}

export interface VoiceSettings {
  /** 0 to 1, for the pack's files, the system voice and the chime alike. */
  volume: number;
  /** Whether a prompt without audio in the pack may use a voice installed on this machine. */
  systemVoice: boolean;
}

export interface PlayerParts {
  loadManifest(locale: Locale): Promise<PromptManifest | undefined>;
  createAudio(url: string): HTMLAudioElement;
  speech(): SpeechSynthesis | undefined;
}

interface Playing {
  /** Resolves true when the sound played to its end, false when it could not play. */
  done: Promise<boolean>;
  stop(): void;
}

/** A prompt that never reports its end (a stalled device) lets the next one through after this long. */
const LONGEST_PROMPT_MS = 20_000;

const speechLang: Record<Locale, string> = { 'zh-CN': 'zh', en: 'en', ug: 'ug', bo: 'bo' };

/**
 * How a prompt takes its turn. Two prompts never sound at once and only the newest waiting prompt
 * is kept (an instruction already replaced on screen is not worth hearing); the kinds differ in
 * what they cut short.
 * - `heading`: a new screen's heading. Cuts whatever plays. A live instruction cuts it in turn:
 *   the heading stays on screen to read, the instruction is what to do now.
 * - `alert`: what stops the citizen or asks for an answer (a refusal, the idle warning). Cuts
 *   whatever plays; only another heading or alert cuts it.
 * - `instruction`: what to do right now (face capture). Cuts a heading or an older instruction
 *   still playing, as that one is no longer on screen; waits for an alert to end.
 * - `queued`: waits for whatever plays (the countdown's numbers after the idle warning).
 */
export type PromptKind = 'heading' | 'alert' | 'instruction' | 'queued';

/** Whether a prompt of kind `next` cuts short the one playing, of kind `playing`. */
export function cutsShort(next: PromptKind, playing: PromptKind): boolean {
  if (next === 'heading' || next === 'alert') return true;
  return next === 'instruction' && (playing === 'heading' || playing === 'instruction');
}

interface Turn {
  prompt: Prompt;
  kind: PromptKind;
}

/**
 * Speaks prompts one at a time: the pack's file for the language, else a local system voice, else
 * the chime that draws the eye to the caption. Who waits and who is cut short: `PromptKind`.
 */
export class PromptPlayer {
  settings: VoiceSettings = { volume: 1, systemVoice: true };
  muted = false;
  #parts: PlayerParts;
  #manifests = new Map<Locale, Promise<PromptManifest | undefined>>();
  #byText = new Map<Locale, Map<string, string>>();
  #playing: Playing | null = null;
  /** The prompt being played (or resolved) now, until its sound ends. */
  #current: Turn | null = null;
  #busy = false;
  #waiting: Turn | null = null;
  /** Bumped by stop(): a prompt still resolving when its session ended never starts. */
  #generation = 0;

  constructor(parts: PlayerParts) {
    this.#parts = parts;
  }

  say(prompt: Prompt, kind: PromptKind = 'queued'): void {
    if (this.muted || !prompt.text) return;
    const current = this.#current;
    if (current && samePrompt(current.prompt, prompt)) {
      // Already being heard: starting it again would only stutter. It takes the newer call's place
      // (a staler prompt waiting is dropped; an alert repeating an instruction is no longer cut).
      if (cutsShort(kind, current.kind)) current.kind = kind;
      this.#waiting = null;
      return;
    }
    if (current && cutsShort(kind, current.kind)) this.stop();
    this.#waiting = { prompt, kind };
    if (!this.#busy) void this.#drain();
  }

  /** Silence now and forget what was waiting: the session ended, or staff muted the kiosk. */
  stop(): void {
    this.#generation++;
    this.#waiting = null;
    this.#current = null;
    this.#playing?.stop();
    this.#playing = null;
    this.#busy = false;
  }

  async #drain(): Promise<void> {
    this.#busy = true;
    const generation = this.#generation;
    while (this.#waiting && generation === this.#generation) {
      const turn = this.#waiting;
      this.#waiting = null;
      this.#current = turn;
      await this.#playOne(turn.prompt, generation);
    }
    if (generation === this.#generation) {
      this.#current = null;
      this.#busy = false;
    }
  }

  async #playOne(prompt: Prompt, generation: number): Promise<void> {
    const found = await this.#entry(prompt);
    const id = found?.id ?? prompt.id ?? '';
    const attempts: Array<() => Playing | undefined> = [
      () => (found?.entry.status === 'audio' ? this.#playFile(promptUrl(prompt.locale, found.entry.file), id) : undefined),
      () => this.#speak(prompt),
      () => this.#playFile(`${audioBase}/${chimeFile}`, id),
    ];
    for (const attempt of attempts) {
      if (generation !== this.#generation) return;
      const playing = attempt();
      if (!playing) continue;
      this.#playing = playing;
      const played = await playing.done;
      if (this.#playing === playing) this.#playing = null;
      if (played) return;
    }
  }

  async #entry(prompt: Prompt): Promise<{ id: string; entry: PromptEntry } | undefined> {
    const manifest = await this.#manifest(prompt.locale);
    if (!manifest) return undefined;
    const id = prompt.id ?? this.#byText.get(prompt.locale)?.get(prompt.text);
    const entry = id === undefined ? undefined : manifest.prompts[id];
    return id !== undefined && entry ? { id, entry } : undefined;
  }

  #manifest(locale: Locale): Promise<PromptManifest | undefined> {
    let loading = this.#manifests.get(locale);
    if (!loading) {
      loading = this.#parts.loadManifest(locale).then(
        (manifest) => {
          if (manifest) this.#byText.set(locale, new Map(Object.entries(manifest.prompts).map(([id, entry]) => [entry.text, id])));
          return manifest;
        },
        () => undefined,
      );
      this.#manifests.set(locale, loading);
    }
    return loading;
  }

  #playFile(url: string, id: string): Playing {
    const audio = this.#parts.createAudio(url);
    audio.dataset.promptId = id;
    audio.volume = this.settings.volume;
    let finish: (played: boolean) => void = () => undefined;
    const done = new Promise<boolean>((resolve) => (finish = resolve));
    const timer = setTimeout(() => finish(true), LONGEST_PROMPT_MS);
    void done.then(() => clearTimeout(timer));
    audio.addEventListener('ended', () => finish(true), { once: true });
    audio.addEventListener('error', () => finish(false), { once: true });
    audio.play().catch(() => finish(false));
    return {
      done,
      stop: () => {
        audio.pause();
        finish(true);
      },
    };
  }

  #speak(prompt: Prompt): Playing | undefined {
    const speech = this.settings.systemVoice ? this.#parts.speech() : undefined;
    const lang = speechLang[prompt.locale];
    // Only voices on this machine: a prompt is never sent to an online speech service.
    const voice = speech?.getVoices().find((v) => v.localService && v.lang.toLowerCase().startsWith(lang));
    if (!speech || !voice) return undefined;
    const utterance = new SpeechSynthesisUtterance(prompt.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    utterance.volume = this.settings.volume;
    const done = new Promise<boolean>((resolve) => {
      utterance.onend = () => resolve(true);
      utterance.onerror = () => resolve(false);
    });
    speech.speak(utterance);
    return { done, stop: () => speech.cancel() };
  }
}

function samePrompt(a: Prompt, b: Prompt): boolean {
  return a.locale === b.locale && a.text === b.text && (a.id === undefined || b.id === undefined || a.id === b.id);
}
