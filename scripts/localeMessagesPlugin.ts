import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import { localeSchema, type Locale } from '../common/contract/services/system';
import type { FlowStrings, MessageTree } from '../renderer/i18n/defineFlowStrings';
import { mergeFlowStrings } from '../renderer/i18n/mergeFlowStrings';

/** Where the texts live under the renderer's root (Vite's root; this file may run bundled into the build config elsewhere). */
function textDirs(rendererRoot: string) {
  return {
    flows: path.join(rendererRoot, 'flows'),
    locales: path.join(rendererRoot, 'i18n/locales'),
    /** i18n/languages/<locale>.ts: one language's texts, which the page imports when that language is chosen. */
    languages: path.join(rendererRoot, 'i18n/languages'),
  };
}

async function defaultExport<T>(file: string): Promise<T> {
  const loaded = (await tsImport(pathToFileURL(file).href, import.meta.url)) as { default: T };
  return loaded.default;
}

/** Every flow folder's `strings.ts`, by the flow's folder name. */
function flowStringFiles(flowsDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(flowsDir, { withFileTypes: true })) {
    const file = path.join(flowsDir, entry.name, 'strings.ts');
    if (entry.isDirectory() && existsSync(file)) files.set(entry.name, file);
  }
  return files;
}

/**
 * What each language shows: its central texts with every flow's own merged in at their key paths,
 * evaluated in Node; throws when two of them claim the same key. Each flow's `strings.ts` holds all
 * four languages, so only an evaluation at build time can hand the page one language alone.
 */
export async function buildLocaleMessages(rendererRoot: string): Promise<Record<Locale, MessageTree>> {
  const dirs = textDirs(rendererRoot);
  const central = {} as Record<Locale, MessageTree>;
  for (const locale of localeSchema.options) central[locale] = await defaultExport<MessageTree>(path.join(dirs.locales, `${locale}.ts`));
  const flows: Record<string, FlowStrings> = {};
  for (const [flow, file] of flowStringFiles(dirs.flows)) flows[flow] = await defaultExport<FlowStrings>(file);
  return mergeFlowStrings(central, flows);
}

/** Every source file the messages come from, so a change to one rebuilds them (dev server, watch builds). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Replaces each renderer/i18n/languages/<locale>.ts with that language's texts as data. Those files
 * pick their language out of all four merged at run time, which is right but ships every language
 * with each; built through this plugin, a language's chunk holds its own texts only. Builds without
 * it (test harnesses) still work, just heavier.
 */
export function localeMessagesPlugin(): Plugin {
  // All four languages come from one evaluation; a changed source file starts the next one afresh.
  let built: Promise<Record<Locale, MessageTree>> | null = null;
  let rendererRoot = '';
  return {
    name: 'kiosk-locale-messages',
    // The dev server merges at run time as the files are, so editing a text reloads as usual.
    apply: 'build',
    configResolved(config) {
      rendererRoot = config.root;
    },
    watchChange() {
      built = null;
    },
    async load(id) {
      const dirs = textDirs(rendererRoot);
      if (path.dirname(id) !== dirs.languages) return undefined;
      const locale = localeSchema.safeParse(path.basename(id, '.ts'));
      if (!locale.success) return undefined;
      for (const file of [...sourceFiles(dirs.locales), ...flowStringFiles(dirs.flows).values()]) this.addWatchFile(file);
      built ??= buildLocaleMessages(rendererRoot);
      const messages = await built;
      // JSON.parse of a string literal is parsed faster than the same object written as a literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(messages[locale.data]))});`;
    },
  };
}
