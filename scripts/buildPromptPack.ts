/**
 * Builds the voice prompt pack in resources/audio/ from the prompts' texts (docs/voice-prompts.md):
 * per language a manifest.json and one Opus-in-Ogg file per prompt, plus the chime.
 *
 * - A recording in voice-recordings/<locale>/<id>.<wav|ogg|opus|mp3|flac|m4a> wins: it is
 *   converted to the pack's format and marked `recorded`.
 * - Otherwise zh-CN and en are synthesised with Debian's espeak-ng (Mandarin voice
 *   `cmn-latn-pinyin`, which reads Chinese characters; plain `cmn` reads their pinyin as English).
 *   A file is only made again when its text, voice or recording changed.
 * - Uyghur and Tibetan have no synthesiser voice: their prompts are `caption-only` until recordings arrive.
 *
 * Usage: npm run voice:pack [-- --force]   (needs espeak-ng and ffmpeg)
 *        npm run voice:pack -- --check    (exit 1 when the pack is out of date; needs neither)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locale } from '../common/contract/services/system';
import { isFixedText, type PromptText } from '../renderer/voice/promptCatalogue';
import { chimeFile, type PromptEntry, type PromptManifest } from '../renderer/voice/promptManifest';
import { loadPromptTexts, locales } from './promptTexts';

const root = path.resolve(import.meta.dirname, '..');
export const packDir = path.join(root, 'resources/audio');
export const recordingsDir = path.join(root, 'voice-recordings');
const recordingExtensions = ['.wav', '.ogg', '.opus', '.mp3', '.flac', '.m4a'];

/** The synthesiser voice per language; a language without one is caption-only until recorded. */
const synthVoices: Partial<Record<Locale, { voice: string; wordsPerMinute: number }>> = {
  'zh-CN': { voice: 'cmn-latn-pinyin', wordsPerMinute: 150 },
  en: { voice: 'en-gb', wordsPerMinute: 155 },
};

function synthesiserOf(locale: Locale): string | undefined {
  const synth = synthVoices[locale];
  return synth && `espeak-ng ${synth.voice} ${synth.wordsPerMinute} wpm`;
}

/**
 * Mono Opus at 24 kHz, 20 kbit/s: speech stays clear and a prompt is a few kilobytes. Leading
 * silence is cut and loudness evened out, so recorded and synthesised prompts sound alike.
 * Bit-exact flags keep the Ogg serial numbers fixed, so an unchanged prompt gives the same bytes.
 */
function encode(input: string, output: string): void {
  execFileSync('ffmpeg', [
    ...['-loglevel', 'error', '-y', '-i', input],
    ...['-af', 'silenceremove=start_periods=1:start_threshold=-50dB,loudnorm=I=-18:TP=-2:LRA=11'],
    ...['-ac', '1', '-ar', '24000', '-c:a', 'libopus', '-b:a', '20k', '-fflags', '+bitexact', '-flags:a', '+bitexact', '-map_metadata', '-1'],
    output,
  ]);
}

function recordingOf(locale: Locale, id: string): string | undefined {
  const dir = path.join(recordingsDir, locale);
  return recordingExtensions.map((ext) => path.join(dir, `${id}${ext}`)).find((file) => existsSync(file));
}

function readManifest(locale: Locale): PromptManifest | undefined {
  const file = path.join(packDir, locale, 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PromptManifest) : undefined;
}

/** What the manifest should say for a prompt, before any file is made. */
function plannedEntry(locale: Locale, prompt: PromptText): PromptEntry {
  const file = `${prompt.id}.ogg`;
  if (recordingOf(locale, prompt.id)) return { text: prompt.text, status: 'audio', file, source: 'recorded' };
  if (synthVoices[locale] && isFixedText(prompt.text)) return { text: prompt.text, status: 'audio', file, source: 'synthesised' };
  return { text: prompt.text, status: 'caption-only' };
}

function plannedManifest(locale: Locale, prompts: PromptText[]): PromptManifest {
  const synthesiser = synthesiserOf(locale);
  return {
    locale,
    ...(synthesiser ? { synthesiser } : {}),
    prompts: Object.fromEntries(prompts.map((p) => [p.id, plannedEntry(locale, p)])),
  };
}

function sameEntry(a: PromptEntry | undefined, b: PromptEntry): boolean {
  return a !== undefined && a.text === b.text && a.status === b.status && a.source === b.source && a.file === b.file;
}

function buildLocale(locale: Locale, prompts: PromptText[], force: boolean, work: string): PromptManifest {
  const dir = path.join(packDir, locale);
  mkdirSync(dir, { recursive: true });
  const previous = readManifest(locale);
  const manifest = plannedManifest(locale, prompts);
  const synth = synthVoices[locale];
  for (const [id, entry] of Object.entries(manifest.prompts)) {
    if (entry.status !== 'audio') continue;
    const output = path.join(dir, entry.file);
    const recording = recordingOf(locale, id);
    const unchanged = !force && !recording && existsSync(output) && sameEntry(previous?.prompts[id], entry) && previous?.synthesiser === manifest.synthesiser;
    if (unchanged) continue;
    if (recording) {
      encode(recording, output);
    } else if (synth) {
      const wav = path.join(work, `${locale}-${id}.wav`);
      execFileSync('espeak-ng', ['-v', synth.voice, '-s', String(synth.wordsPerMinute), '-w', wav, entry.text]);
      encode(wav, output);
    }
  }
  // Files of prompts that no longer exist would only weigh down the installer.
  const kept = new Set(Object.values(manifest.prompts).flatMap((e) => (e.file ? [e.file] : [])));
  for (const file of readdirSync(dir)) if (file.endsWith('.ogg') && !kept.has(file)) rmSync(path.join(dir, file));
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** A soft two-note chime (E6 then A5, with fades): draws the eye to a caption without words. */
function buildChime(): void {
  const tone = (hz: number, seconds: number) => `sine=frequency=${hz}:duration=${seconds}:sample_rate=48000`;
  execFileSync('ffmpeg', [
    ...['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', tone(1318.5, 0.22), '-f', 'lavfi', '-i', tone(880, 0.38)],
    ...['-filter_complex', '[0]afade=t=out:st=0.05:d=0.17,volume=0.35[a];[1]afade=t=out:st=0.05:d=0.33,volume=0.35[b];[a][b]concat=n=2:v=0:a=1'],
    ...['-ac', '1', '-ar', '24000', '-c:a', 'libopus', '-b:a', '32k', '-fflags', '+bitexact', '-flags:a', '+bitexact'],
    path.join(packDir, chimeFile),
  ]);
}

/** Manifests that do not match the current texts, recordings and voices. */
export async function stalePack(): Promise<string[]> {
  const texts = await loadPromptTexts();
  return locales.filter((locale) => JSON.stringify(readManifest(locale)) !== JSON.stringify(plannedManifest(locale, texts[locale])));
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  if (args.has('--check')) {
    const stale = await stalePack();
    if (stale.length) {
      console.error(`The voice prompt pack is out of date for ${stale.join(', ')}: run npm run voice:pack`);
      process.exit(1);
    }
    console.log('voice prompt pack up to date');
    return;
  }
  const texts = await loadPromptTexts();
  const work = mkdtempSync(path.join(tmpdir(), 'prompt-pack-'));
  try {
    mkdirSync(packDir, { recursive: true });
    if (args.has('--force') || !existsSync(path.join(packDir, chimeFile))) buildChime();
    for (const locale of locales) {
      const manifest = buildLocale(locale, texts[locale], args.has('--force'), work);
      const entries = Object.values(manifest.prompts);
      const audio = entries.filter((e) => e.status === 'audio').length;
      console.log(`${locale}: ${entries.length} prompts, ${audio} with audio, ${entries.length - audio} caption-only`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
