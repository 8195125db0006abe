import path from 'node:path';
import type { OutputBundle, OutputChunk } from 'rollup';
import type { Plugin } from 'vite';

/** The chunk built from `modulePath` and every chunk it imports statically, each once. */
function chunkWithImports(bundle: OutputBundle, modulePath: string): string[] {
  const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
  const start = chunks.find((chunk) => chunk.facadeModuleId === modulePath);
  if (!start) throw new Error(`no chunk of its own for ${modulePath}: is it still imported dynamically?`);
  const files = new Set<string>();
  const visit = (fileName: string): void => {
    if (files.has(fileName)) return;
    files.add(fileName);
    for (const imported of (bundle[fileName] as OutputChunk).imports) visit(imported);
  };
  visit(start.fileName);
  return [...files];
}

/**
 * Adds modulepreload links to the built index.html for chunks loaded dynamically at start that the
 * first tap waits for (the bridge client: the language buttons need the hall's settings from main).
 * They then download while the entry script is parsed, instead of after it has run. The entry's own
 * chunks are left out: Vite links them already.
 */
export function preloadAtStartPlugin(modulePaths: string[]): Plugin {
  return {
    name: 'kiosk-preload-at-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return undefined;
        const entry = Object.values(bundle).find((item): item is OutputChunk => item.type === 'chunk' && item.isEntry);
        const linked = new Set(entry ? [entry.fileName, ...entry.imports] : []);
        const files = [...new Set(modulePaths.flatMap((modulePath) => chunkWithImports(bundle, path.resolve(modulePath))))];
        return files
          .filter((file) => !linked.has(file))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}
