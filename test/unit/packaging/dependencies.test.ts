import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  author?: string;
  license?: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.(ts|vue)$/.test(name) ? [file] : [];
  });
}

/** Packages a folder's code imports (static or dynamic), by package name. */
function importedPackages(...dirs: string[]): Set<string> {
  const names = new Set<string>();
  for (const file of dirs.flatMap((d) => sources(path.join(root, d)))) {
    const text = readFileSync(file, 'utf8');
    const specs = [
      ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*'([^']+)'/gm),
      ...text.matchAll(/^\s*import\s*'([^']+)'/gm),
      ...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
    ].map((m) => m[1]!);
    for (const spec of specs) {
      if (spec.startsWith('.')) continue;
      if (spec.startsWith('node:') || builtinModules.includes(spec)) continue;
      names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  return names;
}

/** Packages a runtime bundle requires (CommonJS), by name, leaving out Node's own modules. */
function bundleRequires(file: string): string[] {
  const text = readFileSync(path.join(root, 'node_modules', file), 'utf8');
  return [...text.matchAll(/\brequire\("([^"./][^"]*)"\)/g)].map((m) => m[1]!).filter((name) => !builtinModules.includes(name));
}

describe('packaged dependencies', () => {
  it('are exactly the packages main needs at run time (main, the code it shares, the embedded reference API)', () => {
    const runtime = importedPackages('main', 'common', 'identity-api');
    // Electron is the runtime itself, never a packaged module.
    runtime.delete('electron');
    // face-api's Node build requires TensorFlow.js without declaring it: the app provides it, so it ships too.
    for (const name of bundleRequires('@vladmandic/face-api/dist/face-api.node-wasm.js')) runtime.add(name);
    expect(Object.keys(pkg.dependencies).sort()).toEqual([...runtime].sort());
  });

  it('leave the renderer-only packages to the bundle Vite builds', () => {
    const rendererOnly = [...importedPackages('renderer')].filter((name) => !(name in pkg.dependencies));
    expect(rendererOnly).toEqual(expect.arrayContaining(['vue', 'pinia', 'vue-router', 'vue-i18n', '@mediapipe/tasks-vision', 'qrcode']));
    for (const name of rendererOnly) expect(pkg.devDependencies).toHaveProperty([name]);
  });

  it('state their author and licence, with the licence text beside them', () => {
    expect(pkg.author).toMatch(/\S/);
    expect(pkg.license).toBe('Apache-2.0');
    const licence = path.join(root, 'LICENSE');
    expect(existsSync(licence) && readFileSync(licence, 'utf8')).toContain('Apache License\n                           Version 2.0, January 2004');
  });
});
