import { constants } from 'node:fs';
import { lstat, open, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { KioskError } from '../../../common/errors';
import { documentErrorCodes, MAX_DOCUMENT_BYTES } from './sniff';

/** What the hall allows the citizen to pick: extensions (lower case, no dot) and, optionally, folders. */
export interface DriveAllowList {
  extensions: readonly string[];
  /**
   * Folder names (relative to the drive's top, '' = the top itself) the citizen may pick from;
   * undefined: the top folder and every folder one level down.
   */
  folders?: readonly string[];
}

export const defaultAllowList: DriveAllowList = { extensions: ['pdf', 'jpg', 'jpeg', 'png', 'doc', 'docx', 'xls', 'xlsx'] };

export interface CandidateFile {
  /** Absolute path: stays in main. */
  path: string;
  name: string;
  /** null: the drive's top folder. */
  folder: string | null;
  size: number;
}

const MAX_CANDIDATES = 200;
const MAX_FOLDERS = 50;

/** Hidden or system entries are never shown: dot files, Office lock files, Windows and macOS system folders. */
export function isHiddenName(name: string): boolean {
  return (
    name.startsWith('.') ||
    name.startsWith('~$') ||
    name.startsWith('$') ||
    /^(System Volume Information|RECYCLER|Thumbs\.db|desktop\.ini|__MACOSX)$/i.test(name)
  );
}

const inside = (root: string, p: string) => p === root || p.startsWith(root + path.sep);

/**
 * The files a citizen may pick on a drive: regular files (no links, no devices) with an allowed
 * extension, in the top folder and one level down only, nothing hidden, never outside the mount.
 * Folders are listed only to find these; the citizen never browses the drive itself.
 */
export async function listCandidateFiles(mount: string, allow: DriveAllowList = defaultAllowList): Promise<CandidateFile[]> {
  const root = await realpath(mount);
  const extensions = new Set(allow.extensions.map((e) => e.toLowerCase()));
  const folderAllowed = (folder: string) => allow.folders === undefined || allow.folders.includes(folder);
  const out: CandidateFile[] = [];

  async function scan(dir: string, folder: string | null, depth: number): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => a.name.localeCompare(b.name));
    let folders = 0;
    for (const entry of entries) {
      if (out.length >= MAX_CANDIDATES || isHiddenName(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) continue;
      if (entry.isDirectory()) {
        if (depth === 0 && folders++ < MAX_FOLDERS && folderAllowed(entry.name)) await scan(full, entry.name, 1);
        continue;
      }
      if (!entry.isFile() || !folderAllowed(folder ?? '')) continue;
      const ext = path.extname(entry.name).slice(1).toLowerCase();
      if (!extensions.has(ext)) continue;
      const info = await lstat(full).catch(() => undefined);
      if (!info?.isFile() || info.size === 0) continue;
      out.push({ path: full, name: entry.name, folder, size: info.size });
    }
  }
  await scan(root, null, 0);
  return out;
}

/**
 * Reads a picked file once into memory: no link followed (O_NOFOLLOW, and the resolved path must
 * still be inside the mount), a regular file, not larger than the biggest type allows (checked
 * before a byte is read, and again on what was read). Opened with O_NONBLOCK so a FIFO or device
 * swapped in after listing cannot hold the open (a FIFO's open waits for a writer), then refused
 * by the regular-file check on the open descriptor.
 */
export async function readPickedFile(mount: string, file: string, maxBytes = MAX_DOCUMENT_BYTES): Promise<Buffer> {
  const root = await realpath(mount);
  const real = await realpath(file).catch(() => undefined);
  if (!real || real !== file || !inside(root, real)) throw new KioskError('DOCUMENT_GONE', 'file moved or is a link');
  const handle = await open(real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)).catch(() => undefined);
  if (!handle) throw new KioskError('DOCUMENT_GONE', 'file cannot be opened');
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new KioskError('DOCUMENT_GONE', 'not a regular file');
    if (info.size > maxBytes) throw new KioskError(documentErrorCodes.tooLarge, 'file too large');
    const buffer = Buffer.alloc(info.size);
    let read = 0;
    while (read < info.size) {
      const { bytesRead } = await handle.read(buffer, read, info.size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read);
  } finally {
    await handle.close();
  }
}
