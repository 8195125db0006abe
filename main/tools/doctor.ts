/**
 * `npm run doctor [-- --config=FILE]`: checks a kiosk machine and prints one PASS / WARN / FAIL line
 * per check, with what to do about it. Exits 1 when anything FAILs, so IT scripts can gate on it.
 * Run it with the kiosk stopped: a running kiosk holds the card reader.
 */
import { execFileSync } from 'node:child_process';
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  statSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import type { HallConfig } from '../../common/config/hallConfig';
import { getProvinceProfile } from '../../common/profiles';
import packageJson from '../../package.json';
import { HallConfigError, loadHallConfig, type LoadedHallConfig, standardConfigPath } from '../services/config/loadHallConfig';
import { listReaderCandidates, openCandidate, type DiscoveryConfig } from '../services/idcard/discovery';
import { createIdentityClient, isIdentityApiError, loadGatewayTrust } from '../services/identity';
import { silentLogger } from '../services/log/logger';
import { findChromium } from '../shell/chromiumLauncher';
import { chooseShell, hasDisplay, locateElectron } from '../shellChoice';
import { checkGatewayTrust } from './doctorGatewayTrust';

export type Status = 'PASS' | 'WARN' | 'FAIL';
export interface CheckResult {
  id: string;
  status: Status;
  /** One line (or a few) saying what was found and, when not PASS, what to do. */
  detail: string;
}

/** Runs a program and returns its stdout, or undefined when it is not installed or fails. */
export type Exec = (file: string, args: string[]) => string | undefined;
const exec: Exec = (file, args) => {
  try {
    return execFileSync(file, args, { encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
};

const MiB = 1024 * 1024;
const result = (id: string, status: Status, detail: string): CheckResult => ({ id, status, detail });

export function checkNode(version: string, required = packageJson.engines.node): CheckResult {
  const want = required
    .replace(/^>=\s*/, '')
    .split('.')
    .map(Number);
  const have = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const h = have[i] ?? 0;
    const w = want[i] ?? 0;
    if (h !== w) return result('node', h > w ? 'PASS' : 'FAIL', h > w ? `Node ${version}` : `Node ${version} is too old: needs ${required}`);
  }
  return result('node', 'PASS', `Node ${version}`);
}

/** In the packaged app Node comes with Electron: nothing to install, only reported. */
export function checkPackagedRuntime(electron: string, node = process.versions.node): CheckResult {
  return result('node', 'PASS', `packaged app: Electron ${electron} with its own Node ${node} (no Node installation needed)`);
}

export function checkConfig(
  configPath: string | undefined,
  env: Record<string, string | undefined> = process.env,
  standardPath: string | undefined = standardConfigPath(),
): { result: CheckResult; loaded?: LoadedHallConfig } {
  let loaded: LoadedHallConfig;
  try {
    loaded = loadHallConfig({ configPath, env, standardPath });
  } catch (error) {
    if (error instanceof HallConfigError) {
      const fields = error.issues.map((i) => `${i.path}: ${i.message}`).join('\n        ');
      return { result: result('config', 'FAIL', `${error.source} is not valid:\n        ${fields}`) };
    }
    return { result: result('config', 'FAIL', error instanceof Error ? error.message : String(error)) };
  }
  const { config } = loaded;
  const from = `${loaded.source}${loaded.overrides.length ? ` + ${loaded.overrides.join(', ')}` : ''}`;
  if (config.mode === 'demo') {
    return { result: result('config', 'WARN', `${from}: valid, demo mode (embedded identity API, simulator allowed) — not for citizens`), loaded };
  }
  return {
    result: result('config', 'PASS', `${from}: valid, ${config.mode} mode, ${config.province}, hall ${config.hall.id}, kiosk ${config.kioskId}`),
    loaded,
  };
}

export function checkDataDir(dir: string, minFreeBytes = 200 * MiB, warnFreeBytes = 2048 * MiB): CheckResult {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    accessSync(dir, constants.W_OK);
    const probe = path.join(dir, `.doctor-${process.pid}`);
    const fd = openSync(probe, 'w', 0o600);
    writeSync(fd, 'doctor');
    fsyncSync(fd);
    closeSync(fd);
    rmSync(probe);
  } catch (error) {
    return result('dataDir', 'FAIL', `${dir} is not writable: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const stats = statfsSync(dir);
  const free = stats.bavail * stats.bsize;
  const freeText = `${(free / 1024 / MiB).toFixed(1)} GiB free`;
  const loose = process.platform !== 'win32' && (statSync(dir).mode & 0o077) !== 0;
  if (free < minFreeBytes)
    return result('dataDir', 'FAIL', `${dir}: only ${Math.round(free / MiB)} MiB free; the outbox and logs need at least ${minFreeBytes / MiB} MiB`);
  if (free < warnFreeBytes) return result('dataDir', 'WARN', `${dir}: writable, ${freeText} (low)`);
  if (loose) return result('dataDir', 'WARN', `${dir}: writable, ${freeText}, but readable by other users; chmod 700 it`);
  return result('dataDir', 'PASS', `${dir}: writable, ${freeText}`);
}

/** Opens a scratch database where the outbox lives, in the outbox's durability mode. */
export function checkSqlite(dir: string): CheckResult {
  const file = path.join(dir, `.doctor-${process.pid}.sqlite`);
  try {
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      const mode = db.pragma('journal_mode', { simple: true });
      const sync = db.pragma('synchronous', { simple: true });
      db.exec('CREATE TABLE t (x INTEGER)');
      db.prepare('INSERT INTO t VALUES (?)').run(42);
      const back = db.prepare('SELECT x FROM t').pluck().get();
      const version = db.prepare('SELECT sqlite_version()').pluck().get();
      if (mode !== 'wal')
        return result('sqlite', 'FAIL', `journal_mode is ${String(mode)}, not WAL: the data dir's filesystem cannot hold the outbox (network share?)`);
      if (sync !== 2 || back !== 42) return result('sqlite', 'FAIL', `synchronous=${String(sync)}, read back ${String(back)}`);
      return result('sqlite', 'PASS', `better-sqlite3 works: SQLite ${String(version)}, WAL, synchronous=FULL in ${dir}`);
    } finally {
      db.close();
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const hint = /NODE_MODULE_VERSION|was compiled against/.test(message)
      ? ' (native module built for another runtime: `npm rebuild better-sqlite3`, or `npx electron-builder install-app-deps` for Electron)'
      : '';
    return result('sqlite', 'FAIL', `${message.split('\n')[0]}${hint}`);
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
}

/** The same mapping main/wiring/cardReader.ts uses for the configured transport. */
export function discoveryFor(reader: HallConfig['devices']['reader']): DiscoveryConfig {
  switch (reader.transport) {
    case 'serial':
      return { serialPaths: reader.path ? [reader.path] : [], scanUsbSerial: !reader.path, usbSam: false };
    case 'usb':
      return { usbSam: true, scanUsbSerial: false };
    case 'tcp': {
      const [host, port] = (reader.path ?? '').split(':');
      return { tcp: host && port ? [{ host, port: Number(port) }] : [], usbSam: false, scanUsbSerial: false };
    }
    default:
      return {};
  }
}

export async function checkCardReader(config: HallConfig): Promise<CheckResult> {
  const reader = config.devices.reader;
  const missing: Status = config.mode === 'production' ? 'FAIL' : 'WARN';
  if (reader.transport === 'none') return result('cardReader', missing, 'devices.reader.transport is "none": no card reader is used');
  if (reader.transport === 'simulator') return result('cardReader', missing, 'devices.reader.transport is "simulator": the simulator is not a reader');
  const discovery = discoveryFor(reader);
  const candidates = await listReaderCandidates(discovery, silentLogger);
  if (candidates.length === 0) {
    return result(
      'cardReader',
      missing,
      `no reader candidates (transport ${reader.transport}): plug the reader in; see docs/card-readers.md and \`npm run reader -- list\``,
    );
  }
  const tried: string[] = [];
  for (const candidate of candidates) {
    const transport = await openCandidate(candidate, discovery, silentLogger);
    if (transport) {
      await transport.close();
      return result('cardReader', 'PASS', `${candidate.kind} ${candidate.path} (${candidate.label}) answers SAM status`);
    }
    tried.push(
      `${candidate.kind} ${candidate.path}${candidate.kind === 'serial' && candidate.path.startsWith('/dev/') && !existsSync(candidate.path) ? ' (no such device)' : ''}`,
    );
  }
  return result(
    'cardReader',
    missing,
    `none answered SAM status: ${tried.join(', ')} (is the kiosk running and holding it? is the port readable by this user?)`,
  );
}

export function checkCameras(config: HallConfig, platform = process.platform, devDir = '/dev', sysDir = '/sys/class/video4linux'): CheckResult {
  if (platform !== 'linux') {
    return result('cameras', 'WARN', "not checkable from the command line on this system; use the kiosk's camera check (docs/face-capture.md)");
  }
  const nodes = existsSync(devDir) ? readdirSync(devDir).filter((n) => /^video\d+$/.test(n)) : [];
  if (nodes.length === 0) return result('cameras', config.mode === 'production' ? 'FAIL' : 'WARN', `no /dev/video* devices: no camera for the face step`);
  const names = nodes.map((n) => {
    const nameFile = path.join(sysDir, n, 'name');
    return `${n} "${existsSync(nameFile) ? readFileSync(nameFile, 'utf8').trim() : '?'}"`;
  });
  const labels = [config.devices.cameras.faceLabel, config.devices.cameras.documentLabel].filter((l): l is string => Boolean(l));
  const unmatched = labels.filter((label) => !names.some((n) => n.toLowerCase().includes(label.toLowerCase())));
  const found = `${names.join(', ')} (device nodes only: whether a picture comes is checked in the kiosk's camera check)`;
  if (unmatched.length) return result('cameras', 'WARN', `${found}; configured label(s) not found: ${unmatched.join(', ')}`);
  return result('cameras', 'PASS', found);
}

export function checkPrinter(config: HallConfig, run: Exec = exec): CheckResult {
  const wanted = config.devices.printer.name;
  const printers = run('lpstat', ['-p']);
  if (printers === undefined) {
    return result(
      'printer',
      'WARN',
      process.platform === 'win32' ? 'not checked on Windows (use the printer control panel)' : 'lpstat not found or CUPS not running: printing not checked',
    );
  }
  const names = [...printers.matchAll(/^printer\s+(\S+)\s+(.*)$/gm)].map((m) => ({ name: m[1] as string, state: m[2] as string }));
  const defaultLine = run('lpstat', ['-d']) ?? '';
  const defaultName = /:\s*(\S+)/.exec(defaultLine)?.[1];
  if (names.length === 0) return result('printer', 'WARN', 'CUPS has no printers: receipts cannot be printed');
  const target = wanted ? names.find((p) => p.name === wanted) : names.find((p) => p.name === defaultName);
  if (wanted && !target)
    return result('printer', 'FAIL', `devices.printer.name "${wanted}" is not a CUPS printer (have: ${names.map((p) => p.name).join(', ')})`);
  if (!target) return result('printer', 'WARN', `no default printer (have: ${names.map((p) => p.name).join(', ')}); set devices.printer.name`);
  if (/disabled/i.test(target.state)) return result('printer', 'WARN', `${target.name}: ${target.state}`);
  return result('printer', 'PASS', `${target.name}: ${target.state}`);
}

export async function checkIdentityApi(loaded: LoadedHallConfig): Promise<CheckResult> {
  const { config } = loaded;
  if (config.identityApi.baseUrl === 'embedded') {
    return result(
      'identityApi',
      config.mode === 'production' ? 'FAIL' : 'PASS',
      'embedded reference server: the kiosk starts it on loopback itself (demo/training only)',
    );
  }
  const url = new URL(config.identityApi.baseUrl);
  let secret = '';
  const secretFile = config.identityApi.kioskSecretFile;
  if (!secretFile) return result('identityApi', 'FAIL', 'identityApi.kioskSecretFile is not set: the gateway will refuse unsigned requests');
  try {
    secret = readFileSync(path.resolve(loaded.baseDir, secretFile), 'utf8').trim();
  } catch (error) {
    return result('identityApi', 'FAIL', `identityApi.kioskSecretFile ${secretFile}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  // The TLS chain first, against what the config trusts: its refusal says more than a failed request.
  const tls = url.protocol === 'https:' ? await checkGatewayTrust(loaded, Math.min(config.identityApi.timeoutMs, 10_000)) : undefined;
  if (tls?.status === 'FAIL') return result('identityApi', 'FAIL', tls.detail);
  const client = createIdentityClient({
    baseUrl: config.identityApi.baseUrl,
    kioskId: config.kioskId,
    secret,
    timeoutMs: Math.min(config.identityApi.timeoutMs, 10_000),
    trust: loadGatewayTrust(config.identityApi, loaded.baseDir),
  });
  const started = Date.now();
  try {
    await client.getServerKey();
    const answered = `${config.identityApi.baseUrl}: GET /v1/server-key answered in ${Date.now() - started} ms`;
    return tls ? result('identityApi', tls.status, `${answered}; ${tls.detail}`) : result('identityApi', 'PASS', answered);
  } catch (error) {
    const why = isIdentityApiError(error) ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
    return result('identityApi', 'FAIL', `${config.identityApi.baseUrl}: GET /v1/server-key failed after ${Date.now() - started} ms — ${why}`);
  }
}

export function checkShell(config: HallConfig, resolveFrom: string): CheckResult {
  const electron = locateElectron(resolveFrom);
  const chromium = findChromium(config.shell.chromiumPath);
  const display = hasDisplay();
  try {
    const decision = chooseShell(config.shell.kind, electron, chromium, display);
    const detail = `${decision.kind}: ${decision.reason}`;
    if (decision.kind === 'electron') return result('shell', 'PASS', detail);
    const status: Status = config.mode === 'production' ? 'FAIL' : 'WARN';
    return result('shell', decision.kind === 'browser' ? 'WARN' : status, detail);
  } catch (error) {
    return result('shell', 'FAIL', error instanceof Error ? error.message : String(error));
  }
}

/** fontconfig language tags for the kiosk's languages. */
const fontLanguages: Record<string, string> = { 'zh-CN': 'zh-cn', bo: 'bo', ug: 'ug', en: 'en' };

export function checkFonts(languages: string[], run: Exec = exec, platform = process.platform): CheckResult {
  if (platform === 'win32')
    return result('fonts', 'WARN', 'not checked on Windows (Microsoft YaHei covers Chinese; Tibetan and Uyghur need Noto fonts installed)');
  if (run('fc-list', ['--version']) === undefined) return result('fonts', 'WARN', 'fc-list (fontconfig) not found: fonts not checked');
  const missing: string[] = [];
  const found: string[] = [];
  for (const language of languages) {
    const tag = fontLanguages[language] ?? language;
    const families = (run('fc-list', [`:lang=${tag}`, 'family']) ?? '').split('\n').filter((l) => l.trim());
    if (families.length === 0) missing.push(language);
    else found.push(`${language}: ${families.length} (${(families[0] as string).split(',')[0]}…)`);
  }
  if (missing.length) {
    return result(
      'fonts',
      missing.includes('zh-CN') ? 'FAIL' : 'WARN',
      `no font for ${missing.join(', ')} (install fonts-noto-cjk; Tibetan/Uyghur: fonts-noto-core)${found.length ? `; ${found.join('; ')}` : ''}`,
    );
  }
  return result('fonts', 'PASS', found.join('; '));
}

export function formatReport(results: CheckResult[]): string {
  const width = Math.max(...results.map((r) => r.id.length));
  const lines = results.map((r) => `${r.status}  ${r.id.padEnd(width)}  ${r.detail}`);
  const count = (s: Status) => results.filter((r) => r.status === s).length;
  lines.push('', `${count('PASS')} PASS, ${count('WARN')} WARN, ${count('FAIL')} FAIL`);
  return lines.join('\n');
}

export const exitCode = (results: CheckResult[]): number => (results.some((r) => r.status === 'FAIL') ? 1 : 0);

/** Every check, in order; later checks need the config and are skipped when it is invalid. */
export async function runDoctor(options: {
  configPath?: string;
  env?: Record<string, string | undefined>;
  onResult?: (r: CheckResult) => void;
  /** Run by the packaged app (`hall-kiosk --doctor`): its runtime and shell are Electron's own. */
  packaged?: { electron: string };
}): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const add = (r: CheckResult) => {
    results.push(r);
    options.onResult?.(r);
  };
  const guard = async (id: string, check: () => CheckResult | Promise<CheckResult>) => {
    try {
      add(await check());
    } catch (error) {
      add(result(id, 'FAIL', `check crashed: ${error instanceof Error ? error.message : String(error)}`));
    }
  };
  add(options.packaged ? checkPackagedRuntime(options.packaged.electron) : checkNode(process.versions.node));
  const { result: configResult, loaded } = checkConfig(options.configPath, options.env);
  add(configResult);
  if (!loaded) {
    add(result('(rest)', 'WARN', 'skipped: fix the config first'));
    return results;
  }
  const { config } = loaded;
  await guard('dataDir', () => checkDataDir(loaded.dataDir));
  await guard('sqlite', () => checkSqlite(loaded.dataDir));
  await guard('cardReader', () => checkCardReader(config));
  await guard('cameras', () => checkCameras(config));
  await guard('printer', () => checkPrinter(config));
  await guard('identityApi', () => checkIdentityApi(loaded));
  await guard('shell', () =>
    options.packaged ? result('shell', 'PASS', `electron: the packaged app, Electron ${options.packaged.electron}`) : checkShell(config, import.meta.url),
  );
  await guard('fonts', () => checkFonts(getProvinceProfile(config.province).languages));
  return results;
}

async function main(): Promise<number> {
  let configPath: string | undefined;
  for (const arg of process.argv.slice(2)) {
    if (arg.startsWith('--config=')) configPath = arg.slice('--config='.length);
    else {
      console.error(`Unknown argument ${arg}. Usage: npm run doctor [-- --config=FILE]`);
      return 2;
    }
  }
  console.log(`Hall Kiosk ${packageJson.version} doctor — ${new Date().toISOString()} on ${process.platform}/${process.arch}`);
  const width = 11;
  const results = await runDoctor({ configPath, onResult: (r) => console.log(`${r.status}  ${r.id.padEnd(width)}  ${r.detail}`) });
  const count = (s: Status) => results.filter((r) => r.status === s).length;
  console.log(`\n${count('PASS')} PASS, ${count('WARN')} WARN, ${count('FAIL')} FAIL`);
  return exitCode(results);
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
