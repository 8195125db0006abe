import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../common/contract/services/system';
import type { PromptManifest } from '../../../renderer/voice/promptManifest';
import { packDir, recordingsDir, stalePack } from '../../../scripts/buildPromptPack';
import { loadMessages, loadPromptTexts, locales } from '../../../scripts/promptTexts';

const root = path.resolve(import.meta.dirname, '../../..');
const manifests = Object.fromEntries(
  locales.map((locale) => [locale, JSON.parse(readFileSync(path.join(packDir, locale, 'manifest.json'), 'utf8')) as PromptManifest]),
) as Record<Locale, PromptManifest>;

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|vue)$/.test(f))
    .map((f) => path.join(dir, f));
}

/** Prompt ids the renderer names in its source: ids passed to say(), the face instruction codes, the step heading families. */
async function idsUsedInCode(): Promise<string[]> {
  const files = sources(path.join(root, 'renderer'));
  const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  const zh = (await loadMessages())['zh-CN'];
  const sayLines = text.split('\n').filter((line) => /\bsay\(|const id =/.test(line));
  const literal = sayLines.flatMap((line) => [...line.matchAll(/'([a-z]\w*(?:\.\w+)+)'/g)].map((m) => m[1] as string));
  const guidance = readFileSync(path.join(root, 'renderer/capture/face/guidance.ts'), 'utf8');
  const instructions = [...(/export type InstructionCode =([^;]+);/.exec(guidance)?.[1] ?? '').matchAll(/'(face\.\w+)'/g)].map((m) => m[1] as string);
  const counted = Object.keys((zh.voice as { count: object }).count).map((n) => `voice.count.${n}`);
  // A flow's heading is `t(\`<flow>.headings.${step}\`)`: every fixed text of that family is spoken.
  const families = new Set([...text.matchAll(/t\(`((?:person|enterprise)\.\w+\.headings)\.\$\{/g)].map((m) => m[1] as string));
  const headings = [...families].flatMap((family) => {
    let node: unknown = zh;
    for (const key of family.split('.')) node = (node as Record<string, unknown>)[key];
    return Object.entries(node as Record<string, string>)
      .filter(([, v]) => v.trim() !== '' && !/\{\w+\}/.test(v))
      .map(([step]) => `${family}.${step}`);
  });
  expect(instructions.length).toBeGreaterThan(10);
  expect(families.size).toBeGreaterThan(10);
  return [...new Set([...literal, ...instructions, ...counted, ...headings])];
}

describe('voice prompt pack', () => {
  it('has every prompt id the code uses in all four languages, with audio or marked caption-only', async () => {
    const used = await idsUsedInCode();
    expect(used).toContain('face.turnLeft');
    expect(used).toContain('person.register.headings.face');
    expect(used).toContain('voice.idleWarning');
    expect(used).toContain('face.ui.goToCounter');
    for (const locale of locales) {
      const missing = used.filter((id) => !manifests[locale].prompts[id]);
      expect(missing, `${locale} manifest lacks`).toEqual([]);
      for (const id of used) {
        const entry = manifests[locale].prompts[id];
        expect(['audio', 'caption-only'], `${locale} ${id}`).toContain(entry?.status);
        if (entry?.status === 'audio') expect(existsSync(path.join(packDir, locale, entry.file)), `${locale} ${entry.file}`).toBe(true);
      }
    }
  });

  it('has audio for every zh-CN and en prompt, as small Ogg Opus files', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const entries = Object.entries(manifests[locale].prompts);
      expect(entries.length).toBeGreaterThan(80);
      for (const [id, entry] of entries) {
        expect(entry.status, `${locale} ${id}`).toBe('audio');
        const file = path.join(packDir, locale, entry.file ?? '');
        const head = readFileSync(file).subarray(0, 64).toString('latin1');
        expect(head.startsWith('OggS') && head.includes('OpusHead'), `${locale} ${id} is Ogg Opus`).toBe(true);
        expect(statSync(file).size).toBeLessThan(64 * 1024);
      }
    }
  });

  it('keeps Uyghur and Tibetan caption-only until a recording is dropped in', () => {
    for (const locale of ['ug', 'bo'] as const) {
      for (const [id, entry] of Object.entries(manifests[locale].prompts)) {
        const recorded = existsSync(path.join(recordingsDir, locale)) && readdirSync(path.join(recordingsDir, locale)).some((f) => f.startsWith(`${id}.`));
        expect(entry.status, `${locale} ${id}`).toBe(recorded ? 'audio' : 'caption-only');
        expect(entry.text.trim()).not.toBe('');
      }
    }
  });

  it('matches the current texts (a changed text needs the pack rebuilt: npm run voice:pack)', async () => {
    expect(await stalePack()).toEqual([]);
    const texts = await loadPromptTexts();
    for (const locale of locales) for (const p of texts[locale]) expect(manifests[locale].prompts[p.id]?.text).toBe(p.text);
  });

  it('has the chime', () => {
    expect(readFileSync(path.join(packDir, 'chime.ogg')).subarray(0, 4).toString('latin1')).toBe('OggS');
  });
});
