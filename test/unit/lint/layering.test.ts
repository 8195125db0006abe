import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints a snippet as if it lived at `filePath`, returning the rule ids that fired. */
async function rulesFiredAt(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'fatal');
}

const importElectron = "import { app } from 'electron';\nexport const name = app.name;\n";
const importFs = "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n";
const importFrom = (specifier: string) => `import { thing } from '${specifier}';\nexport const used = thing;\n`;
/** The same code inside a single-file component, whose `<script setup>` may not export. */
const inVue = (script: string) =>
  `<script setup lang="ts">\n${script.replaceAll('export const', 'const')}</script>\n\n<template>\n  <p>{{ used }}</p>\n</template>\n`;
/** A module of `count` non-blank code lines. */
const linesOfCode = (count: number) => Array.from({ length: count }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';
/** A module whose one function spans `count` lines, its signature and closing brace included. */
const functionOfLines = (count: number) =>
  `export function long(): number {\n  let n = 0;\n${Array.from({ length: count - 4 }, () => '  n += 1;').join('\n')}\n  return n;\n}\n`;
const boundary = 'layers/no-import-across';
const layeringRules = [boundary, 'no-restricted-imports'];
const layeringFiredAt = async (filePath: string, code: string) => (await rulesFiredAt(filePath, code)).filter((rule) => layeringRules.includes(rule));

describe('layering rule', () => {
  it('fails the lint when a service imports electron', async () => {
    expect(await rulesFiredAt('main/services/store/leak.ts', importElectron)).toContain('no-restricted-imports');
    expect(await rulesFiredAt('main/shell/leak.ts', importElectron)).toContain('no-restricted-imports');
  });

  it('allows electron in main/electron/ and main/index.ts only', async () => {
    expect(await rulesFiredAt('main/electron/ok.ts', importElectron)).not.toContain('no-restricted-imports');
    expect(await rulesFiredAt('main/index.ts', importElectron)).not.toContain('no-restricted-imports');
  });

  it('keeps Node out of common/ and the renderer', async () => {
    expect(await rulesFiredAt('common/domain/leak.ts', importFs)).toContain('no-restricted-imports');
    expect(await rulesFiredAt('renderer/stores/leak.ts', importFs)).toContain('no-restricted-imports');
    expect(await rulesFiredAt('renderer/stores/leak.ts', "import { x } from '../../main/kioskServices';\nexport const y = x;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await rulesFiredAt('common/leak.ts', 'export const w = window.location;\n')).toContain('no-restricted-globals');
  });
});

describe('services inside main', () => {
  it.each([
    ['main/services/store/leak.ts', '../../wiring/outbox'],
    ['main/services/store/leak.ts', '../../electron/ipcRouter'],
    ['main/services/store/leak.ts', '../../shell/appServer'],
    ['main/services/flows/enterprise/leak.ts', '../../../kioskServices'],
    ['main/services/flows/enterprise/leak.ts', '../../../launch.js'],
    ['main/services/session/leak.ts', '../../index'],
  ])('%s may not import %s (wiring, shells, composition roots)', async (file, specifier) => {
    expect(await rulesFiredAt(file, importFrom(specifier))).toContain(boundary);
  });

  it('catches re-exports and dynamic imports as well', async () => {
    expect(await rulesFiredAt('main/services/store/leak.ts', "export { outbox } from '../../wiring/outbox';\n")).toContain(boundary);
    expect(await rulesFiredAt('main/services/store/leak.ts', "export const load = () => import('../../shell/appServer');\n")).toContain(boundary);
  });

  it('may import other services, their own index files and common/', async () => {
    expect(await rulesFiredAt('main/services/flows/enterprise/ok.ts', importFrom('../index'))).not.toContain(boundary);
    expect(await rulesFiredAt('main/services/flows/ok.ts', importFrom('../store/encryptedStore'))).not.toContain(boundary);
    expect(await rulesFiredAt('main/services/flows/ok.ts', importFrom('../../../common/contract/envelope'))).not.toContain(boundary);
  });

  it('may be imported by the wiring, the shells and the roots', async () => {
    expect(await rulesFiredAt('main/wiring/x.ts', importFrom('../services/store/encryptedStore'))).not.toContain(boundary);
    expect(await rulesFiredAt('main/wiring/x.ts', importFrom('./outbox'))).not.toContain(boundary);
    expect(await rulesFiredAt('main/shell/x.ts', importFrom('../kioskServices'))).not.toContain(boundary);
    expect(await rulesFiredAt('main/kioskServices.ts', importFrom('./wiring/outbox'))).not.toContain(boundary);
  });
});

describe('the renderer kit', () => {
  const violations: Array<[string, string, string]> = [
    ['a store', '../stores/session', boundary],
    ['pinia', 'pinia', 'no-restricted-imports'],
    ['a flow', '../flows/shared/outcome', boundary],
    ['the bridge', '../bridge', boundary],
    ['a step', '../steps/FaceStep.vue', boundary],
    ['the app frame', '../frame/StatusBar.vue', boundary],
  ];

  it.each(violations)('a component may not import %s (.vue)', async (_what, specifier, rule) => {
    expect(await rulesFiredAt('renderer/components/Leak.vue', inVue(importFrom(specifier)))).toContain(rule);
  });

  it.each(violations)('a component module may not import %s (.ts)', async (_what, specifier, rule) => {
    expect(await rulesFiredAt('renderer/components/leak.ts', importFrom(specifier))).toContain(rule);
  });

  it('reaches the kit from a subfolder too, and says what to do instead', async () => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const [result] = await eslint.lintText(importFrom('../../bridge/index.ts'), { filePath: 'renderer/components/forms/leak.ts' });
    expect(result?.messages.map((m) => m.message).join('\n')).toMatch(/props.*renderer\/steps\//s);
  });

  it('still keeps Node and main out of the kit', async () => {
    expect(await rulesFiredAt('renderer/components/leak.ts', importFs)).toContain('no-restricted-imports');
    expect(await rulesFiredAt('renderer/components/Leak.vue', inVue(importFrom('../../main/kioskServices')))).toContain('no-restricted-imports');
  });

  it('may import the kit, common/ and Vue', async () => {
    const ok = inVue(
      `${importFrom('./KioskDialog.vue')}import { ref } from 'vue';\nimport { isValid } from '../../common/domain/x';\nexport const r = ref(isValid);\n`,
    );
    expect(await layeringFiredAt('renderer/components/Ok.vue', ok)).toEqual([]);
  });

  it('leaves flows, steps and the frame free to use stores, the bridge and the kit', async () => {
    for (const file of ['renderer/flows/registration/Ok.vue', 'renderer/steps/Ok.vue', 'renderer/frame/Ok.vue']) {
      const code = inVue(
        `${importFrom('../../stores/session')}import { kiosk } from '../../bridge';\nimport { defineStore } from 'pinia';\nexport const k = [kiosk, defineStore];\n`,
      );
      expect(await layeringFiredAt(file, code)).toEqual([]);
    }
    expect(await layeringFiredAt('renderer/flows/registration/store.ts', importFrom('../../stores/session'))).toEqual([]);
  });
});

describe('size limits', () => {
  it.each(['main/services/flows/big.ts', 'renderer/flows/enterprise/big.ts'])('%s fails past 300 lines of code', async (file) => {
    expect(await rulesFiredAt(file, linesOfCode(301))).toContain('max-lines');
    expect(await rulesFiredAt(file, linesOfCode(300))).not.toContain('max-lines');
  });

  it('counts a flow component as a whole file', async () => {
    const component = (lines: number) => inVue(linesOfCode(lines - 5).replace('v0 = 0', 'used = 0'));
    expect(await rulesFiredAt('renderer/flows/enterprise/Big.vue', component(301))).toContain('max-lines');
    expect(await rulesFiredAt('renderer/flows/enterprise/Big.vue', component(300))).not.toContain('max-lines');
  });

  it('does not count blank lines and comments', async () => {
    const padded = `${linesOfCode(290)}${'\n// why\n'.repeat(20)}`;
    expect(await rulesFiredAt('main/services/flows/big.ts', padded)).not.toContain('max-lines');
  });

  it('fails a flow handler function past 80 lines in main', async () => {
    expect(await rulesFiredAt('main/services/flows/long.ts', functionOfLines(81))).toContain('max-lines-per-function');
    expect(await rulesFiredAt('main/services/flows/long.ts', functionOfLines(80))).not.toContain('max-lines-per-function');
  });

  it('applies only to flows', async () => {
    expect(await rulesFiredAt('main/services/store/big.ts', linesOfCode(301))).toEqual([]);
    expect(await rulesFiredAt('renderer/components/big.ts', linesOfCode(301))).toEqual([]);
    expect(await rulesFiredAt('main/services/store/long.ts', functionOfLines(81))).toEqual([]);
  });

  it('keeps the renderer on type-checked texts: useI18n only through useText()', async () => {
    const untyped = "import { useI18n } from 'vue-i18n';\nexport const texts = useI18n;\n";
    expect(await rulesFiredAt('renderer/flows/registration/leak.ts', untyped)).toContain('no-restricted-imports');
    expect(await rulesFiredAt('renderer/components/Leak.vue', `<script setup lang="ts">\n${untyped}</script>\n`)).toContain('no-restricted-imports');
    const typed = "import { useText } from '../../i18n/useText';\nexport const texts = useText;\n";
    expect(await rulesFiredAt('renderer/flows/registration/ok.ts', typed)).not.toContain('no-restricted-imports');
  });
});
