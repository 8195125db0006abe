import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultHallConfig } from '../../../common/config/defaultHallConfig';
import type { HallConfig } from '../../../common/config/hallConfig';
import { formatConfigIssues, mergeConfig, validateHallConfig, type ConfigIssue } from '../../../common/config/validateHallConfig';

export class HallConfigError extends Error {
  constructor(
    readonly source: string,
    readonly issues: ConfigIssue[],
  ) {
    super(`Hall config ${source} is not valid:\n${formatConfigIssues(issues)}`);
    this.name = 'HallConfigError';
  }
}

export interface LoadedHallConfig {
  config: HallConfig;
  /** `default` or the file the config came from. */
  source: string;
  /** Absolute data directory. */
  dataDir: string;
  /** Directory relative paths in the config are resolved against (the file's, or the working directory). */
  baseDir: string;
  /** Environment variables that changed a setting, for the start-up log. */
  overrides: string[];
}

type Env = Record<string, string | undefined>;

/** Environment variable → config path; IT can override a file without editing it. */
const envOverrides: Array<[string, string[], (v: string) => unknown]> = [
  ['KIOSK_MODE', ['mode'], String],
  ['KIOSK_PROVINCE', ['province'], String],
  ['KIOSK_DEFAULT_LOCALE', ['defaultLocale'], String],
  ['KIOSK_IDENTITY_API_URL', ['identityApi', 'baseUrl'], String],
  ['KIOSK_DATA_DIR', ['dataDir'], String],
  ['KIOSK_SHELL', ['shell', 'kind'], String],
  ['KIOSK_PORT', ['shell', 'port'], (v) => (/^\d+$/.test(v) ? Number(v) : v)],
  ['KIOSK_CHROMIUM', ['shell', 'chromiumPath'], String],
  ['KIOSK_READER', ['devices', 'reader', 'transport'], String],
  ['KIOSK_LOG_LEVEL', ['logLevel'], String],
];

function setPath(target: Record<string, unknown>, keys: string[], value: unknown): void {
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node = (node[key] = typeof next === 'object' && next !== null ? { ...(next as object) } : {}) as Record<string, unknown>;
  }
  node[keys[keys.length - 1] as string] = value;
}

/** Where an installed kiosk looks for its hall config when none is named. */
export function standardConfigPath(platform: NodeJS.Platform = process.platform, env: Env = process.env): string {
  return platform === 'win32' ? path.join(env.ProgramData ?? 'C:\\ProgramData', 'HallKiosk', 'hall.json') : '/etc/hall-kiosk/hall.json';
}

export interface LoadOptions {
  env?: Env;
  cwd?: string;
  /** A `--config=` argument wins over KIOSK_CONFIG. */
  configPath?: string;
  readFile?: (file: string) => string;
  /** The installed location checked when no file is named; undefined skips it (tests, tools). */
  standardPath?: string;
  exists?: (file: string) => boolean;
}

/** Reads the hall config: default ← file ← environment, validated; throws HallConfigError with every bad field. */
export function loadHallConfig(options: LoadOptions = {}): LoadedHallConfig {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const read = options.readFile ?? ((file: string) => readFileSync(file, 'utf8'));
  const exists = options.exists ?? existsSync;
  const standard = options.standardPath;
  const file = options.configPath ?? env.KIOSK_CONFIG ?? (standard && exists(standard) ? standard : undefined);
  let merged: Record<string, unknown> = structuredClone(defaultHallConfig) as unknown as Record<string, unknown>;
  let source = 'default';
  let baseDir = cwd;
  if (file) {
    source = path.resolve(cwd, file);
    baseDir = path.dirname(source);
    let text: string;
    try {
      text = read(source);
    } catch (error) {
      throw new HallConfigError(source, [{ path: '(file)', message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` }]);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new HallConfigError(source, [{ path: '(file)', message: `not valid JSON: ${(error as Error).message}` }]);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new HallConfigError(source, [{ path: '(root)', message: 'must be a JSON object' }]);
    }
    merged = mergeConfig(merged, parsed) as Record<string, unknown>;
  }
  const overrides: string[] = [];
  for (const [name, keys, convert] of envOverrides) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    setPath(merged, keys, convert(value));
    overrides.push(name);
  }
  const result = validateHallConfig(merged);
  if (!result.ok) throw new HallConfigError(source, result.issues);
  return { config: result.config, source, dataDir: path.resolve(baseDir, result.config.dataDir), baseDir, overrides };
}
