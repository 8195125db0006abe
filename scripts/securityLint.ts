/**
 * Electron security lint: runs Electronegativity over the built app (out/: main, preload and
 * renderer) and the main-process TypeScript sources, and fails on every
 * finding that security/electronegativity-allowlist.json does not explain.
 *
 *   npx tsx scripts/securityLint.ts            # after `npm run build`
 *   npx tsx scripts/securityLint.ts --sources  # sources only (no build needed)
 *
 * Offline by design: Electronegativity fetches translations and Electron's release list from the
 * internet; both fetches are answered locally with an immediate failure, so nothing leaves the
 * machine and nothing waits on a timeout.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface AllowlistEntry {
  /** Electronegativity check id, e.g. SANDBOX_JS_CHECK. */
  check: string;
  /** Glob over the repository-relative file (the scanned tree for global checks): `*`, `**`, `{a,b}`. */
  file: string;
  /** Why this finding is not a vulnerability here; where the control is tested. */
  justification: string;
  reviewedBy: string;
  reviewedOn: string;
}

export interface Finding {
  check: string;
  file: string;
  line: number;
  column: number;
  severity: string;
  confidence: string;
  sample: string;
  description: string;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const allowlistPath = path.join(root, 'security', 'electronegativity-allowlist.json');
const electronVersion = '45.0.0';

export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      out += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') out += '[^/]*';
    else if (c === '{') out += '(?:';
    else if (c === '}') out += ')';
    else if (c === ',' && out.includes('(?:')) out += '|';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

export function loadAllowlist(file = allowlistPath): AllowlistEntry[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { entries?: unknown };
  if (!Array.isArray(parsed.entries)) throw new Error(`${file}: expected { "entries": [...] }`);
  return parsed.entries.map((e: Partial<AllowlistEntry>, i: number) => {
    for (const key of ['check', 'file', 'justification', 'reviewedBy', 'reviewedOn'] as const) {
      if (typeof e[key] !== 'string' || (e[key] as string).trim().length === 0) throw new Error(`${file}: entries[${i}].${key} is missing`);
    }
    if ((e.justification as string).length < 40) throw new Error(`${file}: entries[${i}].justification is too short to be a reason`);
    return e as AllowlistEntry;
  });
}

/** Splits findings into those an allowlist entry explains and those it does not; also reports unused entries. */
export function triage(findings: Finding[], allowlist: AllowlistEntry[]) {
  const used = new Set<AllowlistEntry>();
  const explained: Array<{ finding: Finding; entry: AllowlistEntry }> = [];
  const unexplained: Finding[] = [];
  for (const finding of findings) {
    const entry = allowlist.find((e) => e.check === finding.check && globToRegExp(e.file).test(finding.file));
    if (entry) {
      used.add(entry);
      explained.push({ finding, entry });
    } else unexplained.push(finding);
  }
  return { explained, unexplained, unused: allowlist.filter((e) => !used.has(e)) };
}

/** Makes Electronegativity's `got` fail at once, so the lint never touches the network. */
function keepElectronegativityOffline(): void {
  const require = createRequire(import.meta.url);
  const runner = require.resolve('@doyensec/electronegativity');
  const offline = (): Promise<never> => Promise.reject(new Error('security lint runs offline'));
  const stub = Object.assign(offline, { head: offline, get: offline, extend: () => stub });
  for (const from of ['locales/i18n.js', 'finder/checks/GlobalChecks/AvailableSecurityFixesGlobalCheck.js']) {
    const gotPath = createRequire(path.join(path.dirname(runner), from)).resolve('got');
    const mod = new Module(gotPath);
    mod.filename = gotPath;
    mod.loaded = true;
    mod.exports = stub;
    require.cache[gotPath] = mod;
  }
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name?: string; value: number } | string;
  confidence: { name?: string; value: number } | string;
  sample?: string;
  description?: string;
}

const levelName = (level: RawIssue['severity']): string => (typeof level === 'string' ? level : (level.name ?? String(level.value)));

/**
 * A copy of the built tree Electronegativity can read: its JavaScript parsers and scope analyser
 * predate ES2022 class fields (`#private`), which the bundled main process now contains, so every
 * script is lowered to ES2020 with TypeScript's transpiler (same behaviour; line numbers may shift).
 * HTML and JSON are copied as they are; binaries (models, wasm) are left out.
 */
export function lowerBuiltTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      lowerBuiltTree(source, target);
    } else if (/\.(c|m)?js$/.test(entry.name)) {
      mkdirSync(to, { recursive: true });
      const output = ts.transpileModule(readFileSync(source, 'utf8'), {
        fileName: entry.name,
        compilerOptions: { target: ts.ScriptTarget.ES2020, module: entry.name.endsWith('.cjs') ? ts.ModuleKind.CommonJS : ts.ModuleKind.ESNext, allowJs: true },
      }).outputText;
      writeFileSync(target, output);
    } else if (/\.(html?|json)$/.test(entry.name)) {
      mkdirSync(to, { recursive: true });
      copyFileSync(source, target);
    }
  }
}

async function scan(input: string, reportAs = input): Promise<{ findings: Finding[]; errors: string[] }> {
  const require = createRequire(import.meta.url);
  const run = require('@doyensec/electronegativity') as (
    options: object,
  ) => Promise<{ issues: RawIssue[]; errors: Array<{ file: string; message: string; tolerable: boolean }> }>;
  // Electronegativity prints its translation fallback notice with console.log; keep the report clean.
  const log = console.log;
  console.log = () => undefined;
  try {
    const result = await run({ input, electronVersionOverride: electronVersion, isRelative: false, customScan: [], excludeFromScan: [] });
    const findings = result.issues.map((issue) => ({
      check: issue.id,
      // Global checks have no file: they are about the whole scanned tree, so they are named by it.
      file: path
        .relative(root, path.join(reportAs, path.relative(input, issue.file === 'N/A' ? input : issue.file)))
        .split(path.sep)
        .join('/'),
      line: issue.location.line,
      column: issue.location.column,
      severity: levelName(issue.severity),
      confidence: levelName(issue.confidence),
      sample: (issue.sample ?? '').slice(0, 160),
      description: issue.description ?? '',
    }));
    const errors = result.errors
      .filter((e) => !e.tolerable)
      .map((e) => `${path.relative(root, path.join(reportAs, path.relative(input, e.file)))}: ${e.message}`);
    return { findings, errors };
  } finally {
    console.log = log;
  }
}

async function main(): Promise<number> {
  const sourcesOnly = process.argv.includes('--sources');
  // `out` is the whole packaged app (main, preload, renderer) in one tree, so Electronegativity's
  // global checks see all of it; `main` adds the readable sources (the preload is one bundled file
  // in out/preload, and scanned on its own the global checks would wrongly miss main's guards).
  const inputs = sourcesOnly ? ['main'] : ['out', 'main'];
  const missing = inputs.filter((dir) => !existsSync(path.join(root, dir)));
  if (missing.length) {
    console.error(`security lint: ${missing.join(', ')} missing — run \`npm run build\` first (or pass --sources).`);
    return 2;
  }
  keepElectronegativityOffline();
  const allowlist = loadAllowlist();
  const findings: Finding[] = [];
  const errors: string[] = [];
  const scratch = mkdtempSync(path.join(tmpdir(), 'security-lint-'));
  try {
    for (const dir of inputs) {
      let input = path.join(root, dir);
      if (dir === 'out') {
        input = path.join(scratch, 'out');
        lowerBuiltTree(path.join(root, dir), input);
      }
      const result = await scan(input, path.join(root, dir));
      findings.push(...result.findings);
      errors.push(...result.errors);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  // Global checks (e.g. CSP) report once per scanned tree; one line each is enough.
  const unique = [...new Map(findings.map((f) => [`${f.check}|${f.file}|${f.line}:${f.column}`, f])).values()];
  const { explained, unexplained, unused } = triage(unique, allowlist);
  console.log(`Electronegativity ${electronVersion} over ${inputs.join(', ')}: ${unique.length} findings, ${explained.length} explained by the allowlist.`);
  for (const { finding, entry } of explained)
    console.log(`  allowed  ${finding.check} ${finding.file}:${finding.line} — ${(entry.justification.split(/\.\s/)[0] as string).replace(/\.$/, '')}.`);
  for (const entry of unused)
    console.log(`  WARN     allowlist entry ${entry.check} ${entry.file} matched nothing; remove it if the finding is gone for good.`);
  for (const error of errors) console.log(`  FAIL     could not analyse ${error}`);
  for (const f of unexplained) {
    console.log(`  FAIL     ${f.check} (${f.severity}/${f.confidence}) ${f.file}:${f.line}:${f.column}\n           ${f.description}\n           ${f.sample}`);
  }
  if (unexplained.length || errors.length) {
    console.log(`security lint failed: fix each finding above or explain it in ${path.relative(root, allowlistPath)}.`);
    return 1;
  }
  console.log('security lint passed.');
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
