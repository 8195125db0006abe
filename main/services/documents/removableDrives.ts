import { execFile } from 'node:child_process';
import { readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';

/** A mounted removable volume: where it is (main only) and what the citizen sees. */
export interface RemovableMount {
  path: string;
  label: string;
}

export type RunCommand = (file: string, args: string[]) => Promise<string>;

const run: RunCommand = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 4000, maxBuffer: 1024 * 1024, windowsHide: true }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });

interface LsblkDevice {
  rm?: boolean | string | number;
  mountpoint?: string | null;
  mountpoints?: (string | null)[];
  label?: string | null;
  children?: LsblkDevice[];
}

/** `lsblk -J -o RM,MOUNTPOINT,LABEL`: mounts of devices flagged removable (children inherit the flag). */
export function parseLsblk(json: string): RemovableMount[] {
  const out: RemovableMount[] = [];
  const walk = (devices: LsblkDevice[] | undefined, removable: boolean) => {
    for (const d of devices ?? []) {
      const rm = removable || d.rm === true || d.rm === '1' || d.rm === 1;
      const mounts = [d.mountpoint, ...(d.mountpoints ?? [])].filter((m): m is string => typeof m === 'string' && m.startsWith('/'));
      if (rm) for (const m of new Set(mounts)) out.push({ path: m, label: d.label || path.basename(m) });
      walk(d.children, rm);
    }
  };
  try {
    walk((JSON.parse(json) as { blockdevices?: LsblkDevice[] }).blockdevices, false);
  } catch {
    return [];
  }
  return out;
}

/** Mount points from /proc/self/mountinfo (field 5), octal escapes decoded. */
export function parseMountInfo(text: string): Set<string> {
  const points = new Set<string>();
  for (const line of text.split('\n')) {
    const field = line.split(' ')[4];
    if (field) points.add(field.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8))));
  }
  return points;
}

/**
 * Linux: what lsblk reports as removable, plus the desktop automount places (/media/<user>/<vol>,
 * /media/<vol>, /run/media/<user>/<vol>) that are actual mount points. Best effort: a failing
 * source adds nothing.
 */
export async function linuxRemovableMounts(runCommand: RunCommand = run): Promise<RemovableMount[]> {
  const found = new Map<string, RemovableMount>();
  const lsblk = await runCommand('lsblk', ['-J', '-o', 'RM,MOUNTPOINT,LABEL']).catch(() => '');
  for (const m of parseLsblk(lsblk)) found.set(m.path, m);
  const mounted = parseMountInfo(await readFile('/proc/self/mountinfo', 'utf8').catch(() => ''));
  const children = async (dir: string) =>
    (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name));
  const candidates = [...(await children('/media')), ...(await Promise.all((await children('/media')).map(children))).flat()];
  for (const user of await children('/run/media')) candidates.push(...(await children(user)));
  for (const c of candidates) if (mounted.has(c) && !found.has(c)) found.set(c, { path: c, label: path.basename(c) });
  return [...found.values()].filter((m) => m.path !== '/' && !m.path.startsWith('/boot'));
}

/**
 * Windows: logical disks of drive type 2 (removable) through PowerShell's CIM cmdlets; `wmic` where
 * PowerShell is missing (older images). Best effort, untested on this project's CI.
 */
export async function windowsRemovableMounts(runCommand: RunCommand = run): Promise<RemovableMount[]> {
  const ps = await runCommand('powershell.exe', [
    '-NoProfile',
    '-NonInteractive',
    '-Command',
    'Get-CimInstance Win32_LogicalDisk -Filter "DriveType=2" | Select-Object DeviceID,VolumeName | ConvertTo-Json -Compress',
  ]).catch(() => '');
  if (ps.trim()) {
    try {
      const parsed = JSON.parse(ps) as { DeviceID: string; VolumeName?: string } | { DeviceID: string; VolumeName?: string }[];
      return (Array.isArray(parsed) ? parsed : [parsed])
        .filter((d) => /^[A-Z]:$/.test(d.DeviceID))
        .map((d) => ({ path: `${d.DeviceID}\\`, label: d.VolumeName || d.DeviceID }));
    } catch {
      // fall through to wmic
    }
  }
  const wmic = await runCommand('wmic', ['logicaldisk', 'where', 'drivetype=2', 'get', 'DeviceID,VolumeName', '/format:csv']).catch(() => '');
  return wmic
    .split(/\r?\n/)
    .map((l) => l.trim().split(','))
    .filter((cols) => cols.length >= 3 && /^[A-Z]:$/.test(cols[1] ?? ''))
    .map((cols) => ({ path: `${cols[1]}\\`, label: cols[2] || cols[1]! }));
}

export interface DriveSourceOptions {
  platform?: NodeJS.Platform;
  /**
   * Demo and training kiosks only: a folder standing in for the removable drives (each of its
   * sub-folders is one "drive"). The composition root passes it only in demo mode.
   */
  demoRoot?: string;
  runCommand?: RunCommand;
}

/** The removable drives mounted now. */
export async function listRemovableMounts(options: DriveSourceOptions = {}): Promise<RemovableMount[]> {
  if (options.demoRoot) {
    const root = await realpath(options.demoRoot).catch(() => undefined);
    if (!root) return [];
    const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => ({ path: path.join(root, e.name), label: e.name }));
  }
  const platform = options.platform ?? process.platform;
  if (platform === 'linux') return linuxRemovableMounts(options.runCommand);
  if (platform === 'win32') return windowsRemovableMounts(options.runCommand);
  return [];
}
