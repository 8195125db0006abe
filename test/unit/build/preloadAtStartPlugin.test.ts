import path from 'node:path';
import type { OutputBundle } from 'rollup';
import type { IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { preloadAtStartPlugin } from '../../../scripts/preloadAtStartPlugin';

const connect = path.resolve('renderer/bridge/connect.ts');

/** A built bundle: the entry with a shared chunk, and the bridge client loaded dynamically with chunks of its own and that shared one. */
const bundle = {
  'assets/index.js': {
    type: 'chunk',
    fileName: 'assets/index.js',
    isEntry: true,
    facadeModuleId: path.resolve('renderer/index.html'),
    imports: ['assets/vue.js'],
  },
  'assets/vue.js': { type: 'chunk', fileName: 'assets/vue.js', isEntry: false, facadeModuleId: null, imports: [] },
  'assets/connect.js': {
    type: 'chunk',
    fileName: 'assets/connect.js',
    isEntry: false,
    facadeModuleId: connect,
    imports: ['assets/schemas.js', 'assets/vue.js'],
  },
  'assets/schemas.js': { type: 'chunk', fileName: 'assets/schemas.js', isEntry: false, facadeModuleId: null, imports: ['assets/zod.js'] },
  'assets/zod.js': { type: 'chunk', fileName: 'assets/zod.js', isEntry: false, facadeModuleId: null, imports: [] },
  'assets/index.css': { type: 'asset', fileName: 'assets/index.css' },
} as unknown as OutputBundle;

function transform(modulePaths: string[], outputBundle: OutputBundle | undefined) {
  const hook = preloadAtStartPlugin(modulePaths).transformIndexHtml as { handler: IndexHtmlTransformHook };
  return hook.handler.call(undefined as never, '<html></html>', { bundle: outputBundle } as IndexHtmlTransformContext);
}

describe('preloadAtStartPlugin', () => {
  it('links the bridge chunk and everything it imports, once each, leaving out what the entry already links', () => {
    expect(transform([connect], bundle)).toEqual(
      ['assets/connect.js', 'assets/schemas.js', 'assets/zod.js'].map((file) => ({
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
        injectTo: 'head',
      })),
    );
  });

  it('fails the build when the module has no chunk of its own (imported statically, so never loaded at start apart)', () => {
    expect(() => transform([path.resolve('renderer/bridge/ipcTransport.ts')], bundle)).toThrow(/no chunk of its own/);
  });

  it('leaves the dev server alone', () => {
    expect(transform([connect], undefined)).toBeUndefined();
  });
});
