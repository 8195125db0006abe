import { describe, expect, it } from 'vitest';
import { globToRegExp, loadAllowlist, triage, type Finding } from '../../../scripts/securityLint';

const finding = (check: string, file: string): Finding => ({ check, file, line: 1, column: 1, severity: 'HIGH', confidence: 'FIRM', sample: '', description: '' });

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
    const result = triage([finding('SANDBOX_JS_CHECK', 'main/index.ts'), finding('SANDBOX_JS_CHECK', 'main/other.ts'), finding('NODE_INTEGRATION_JS_CHECK', 'main/index.ts')], allow);
    expect(result.explained).toHaveLength(1);
    expect(result.unexplained.map((f) => `${f.check} ${f.file}`)).toEqual(['SANDBOX_JS_CHECK main/other.ts', 'NODE_INTEGRATION_JS_CHECK main/index.ts']);
    expect(result.unused.map((e) => e.check)).toEqual(['CSP_GLOBAL_CHECK']);
  });
});
