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
 * Speaks prompts one at a time: the pack's file for the language, else a local system voice, else
 * the chime that draws the eye to the caption. A prompt never overlaps another: it waits for the
 * one playing, and only the newest waiting prompt is kept (an instruction already replaced on
 * screen is not worth hearing). `interrupt` cuts the current one short, for a new screen.
 */
export class PromptPlayer {
  settings: VoiceSettings = { volume: 1, systemVoice: true };
  muted = false;
  #parts: PlayerParts;
  #manifests = new Map<Locale, Promise<PromptManifest | undefined>>();
  #byText = new Map<Locale, Map<string, string>>();
  #playing: Playing | null = null;
  #busy = false;
  #waiting: Prompt | null = null;
  /** Bumped by stop(): a prompt still resolving when its session ended never starts. */
  #generation = 0;

  constructor(parts: PlayerParts) {
    this.#parts = parts;
  }

  say(prompt: Prompt, options: { interrupt?: boolean } = {}): void {
    if (this.muted || !prompt.text) return;
    if (options.interrupt) this.stop();
    this.#waiting = prompt;
    if (!this.#busy) void this.#drain();
  }

  /** Silence now and forget what was waiting: the session ended, or staff muted the kiosk. */
  stop(): void {
    this.#generation++;
    this.#waiting = null;
    this.#playing?.stop();
    this.#playing = null;
    this.#busy = false;
  }

  async #drain(): Promise<void> {
    this.#busy = true;
    const generation = this.#generation;
    while (this.#waiting && generation === this.#generation) {
      const prompt = this.#waiting;
      this.#waiting = null;
      await this.#playOne(prompt, generation);
    }
    if (generation === this.#generation) this.#busy = false;
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
