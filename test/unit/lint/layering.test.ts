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
    expect(await rulesFiredAt('renderer/stores/leak.ts', "import { x } from '../../main/kioskServices';\nexport const y = x;\n")).toContain('no-restricted-imports');
    expect(await rulesFiredAt('common/leak.ts', 'export const w = window.location;\n')).toContain('no-restricted-globals');
  });
});
