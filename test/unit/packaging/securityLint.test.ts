import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { globToRegExp, loadAllowlist, lowerBuiltTree, triage, type Finding } from '../../../scripts/securityLint';

const finding = (check: string, file: string): Finding => ({
  check,
  file,
  line: 1,
  column: 1,
  severity: 'HIGH',
  confidence: 'FIRM',
  sample: '',
  description: '',
});

describe('security lint allowlist', () => {
  it('is reviewed: every entry names a check, files and a written justification', () => {
    const entries = loadAllowlist();
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.check).toMatch(/^[A-Z_]+_CHECK$/);
      expect(e.justification.length).toBeGreaterThan(80);
      expect(e.justification).toMatch(/test\/(unit|e2e)\//); // points at the test holding the control
    }
  });

  it('matches files by glob', () => {
    expect(globToRegExp('{main/index.ts,out/main/index.js}').test('out/main/index.js')).toBe(true);
    expect(globToRegExp('{main/index.ts,out/main/index.js}').test('main/index.tsx')).toBe(false);
    expect(globToRegExp('main/*.ts').test('main/electron/x.ts')).toBe(false);
    expect(globToRegExp('main/**/*.ts').test('main/electron/x.ts')).toBe(true);
    expect(globToRegExp('out/main/index.js').test('out/mainXindex.js')).toBe(false);
  });

  it('fails findings nobody explained and reports entries that matched nothing', () => {
    const allow = [
      { check: 'SANDBOX_JS_CHECK', file: 'main/index.ts', justification: 'x', reviewedBy: 'r', reviewedOn: 'd' },
      { check: 'CSP_GLOBAL_CHECK', file: 'out', justification: 'y', reviewedBy: 'r', reviewedOn: 'd' },
    ];
    const result = triage(
      [finding('SANDBOX_JS_CHECK', 'main/index.ts'), finding('SANDBOX_JS_CHECK', 'main/other.ts'), finding('NODE_INTEGRATION_JS_CHECK', 'main/index.ts')],
      allow,
    );
    expect(result.explained).toHaveLength(1);
    expect(result.unexplained.map((f) => `${f.check} ${f.file}`)).toEqual(['SANDBOX_JS_CHECK main/other.ts', 'NODE_INTEGRATION_JS_CHECK main/index.ts']);
    expect(result.unused.map((e) => e.check)).toEqual(['CSP_GLOBAL_CHECK']);
  });
});

describe('the built tree handed to Electronegativity', () => {
  it('is lowered below ES2022 class fields its parsers cannot read; HTML kept, binaries left out', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lower-'));
    try {
      mkdirSync(path.join(dir, 'out/main'), { recursive: true });
      mkdirSync(path.join(dir, 'out/renderer/models'), { recursive: true });
      writeFileSync(
        path.join(dir, 'out/main/index.js'),
        'export class Cipher { #key = 1; static x = 2; get k() { return this.#key; } }\nnew BrowserWindow({ sandbox: true });\n',
      );
      writeFileSync(path.join(dir, 'out/renderer/index.html'), '<html></html>');
      writeFileSync(path.join(dir, 'out/renderer/models/face.tflite'), 'binary');
      lowerBuiltTree(path.join(dir, 'out'), path.join(dir, 'lowered'));
      const lowered = readFileSync(path.join(dir, 'lowered/main/index.js'), 'utf8');
      expect(lowered).not.toContain('#key');
      expect(lowered).toContain('new BrowserWindow({ sandbox: true })');
      expect(readFileSync(path.join(dir, 'lowered/renderer/index.html'), 'utf8')).toBe('<html></html>');
      expect(existsSync(path.join(dir, 'lowered/renderer/models/face.tflite'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
