import type { z } from 'zod';
import { defaultHallConfig } from './defaultHallConfig';
import { hallConfigSchema, type HallConfig } from './hallConfig';

export interface ConfigIssue {
  /** Dotted path of the bad field, e.g. `devices.reader.pollIntervalMs`. */
  path: string;
  message: string;
}

export type ConfigResult = { ok: true; config: HallConfig } | { ok: false; issues: ConfigIssue[] };

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Overlays `patch` on `base`, object by object, so a file may set one nested field only. */
export function mergeConfig(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch === undefined ? base : patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) out[key] = mergeConfig(base[key], value);
  return out;
}

function toIssues(error: z.ZodError): ConfigIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return { path: [path, ...issue.keys].filter(Boolean).join('.'), message: 'unknown setting' };
    }
    return { path: path || '(root)', message: issue.message };
  });
}

/**
 * Validates a hall config (already merged over the default) and the rules that span fields:
 * a production kiosk must talk to a real gateway over TLS with its own secret and exit PIN.
 */
export function validateHallConfig(input: unknown): ConfigResult {
  const parsed = hallConfigSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };
  const config = parsed.data;
  const issues: ConfigIssue[] = [];
  if (config.mode === 'production') {
    if (!config.identityApi.baseUrl.startsWith('https://')) {
      issues.push({ path: 'identityApi.baseUrl', message: 'production needs the province gateway over https' });
    }
    if (!config.identityApi.kioskSecretFile) {
      issues.push({ path: 'identityApi.kioskSecretFile', message: 'production needs this kiosk’s signing secret file' });
    }
    if (config.staff.exitPinHash === defaultHallConfig.staff.exitPinHash) {
      issues.push({ path: 'staff.exitPinHash', message: 'the demo exit PIN must be replaced in production' });
    }
    const demoHashes = new Set(defaultHallConfig.staff.members.flatMap((m) => [m.pinHash, m.cardIdHash]));
    config.staff.members.forEach((m, i) => {
      if (demoHashes.has(m.pinHash) || (m.cardIdHash && demoHashes.has(m.cardIdHash))) {
        issues.push({ path: `staff.members.${i}`, message: 'the demo staff credentials must be replaced in production' });
      }
    });
  }
  return issues.length ? { ok: false, issues } : { ok: true, config };
}

export function formatConfigIssues(issues: ConfigIssue[]): string {
  return issues.map((i) => `  ${i.path}: ${i.message}`).join('\n');
}
