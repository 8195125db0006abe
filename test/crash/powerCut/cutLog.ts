import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One recorded file operation of the shim (cutShim.c), in the order the process made them. */
export interface CutEvent {
  type: 'W' | 'T' | 'S' | 'U' | 'R';
  path: string;
  /** Write offset, or the new length for 'T'. */
  offset: number;
  /** The bytes written, or the new path for 'R'. */
  data: Buffer;
}

export function parseCutLog(log: Buffer): CutEvent[] {
  const events: CutEvent[] = [];
  let at = 0;
  while (at + 5 <= log.length) {
    const type = String.fromCharCode(log[at] as number) as CutEvent['type'];
    const pathLength = log.readUInt32LE(at + 1);
    const start = at + 21 + pathLength;
    // A record cut short by the kill: the call it records had not returned, so nothing was confirmed on it.
    if (start > log.length) break;
    const path = log.toString('utf8', at + 5, at + 5 + pathLength);
    const offset = Number(log.readBigInt64LE(at + 5 + pathLength));
    const length = Number(log.readBigUInt64LE(at + 13 + pathLength));
    if (start + length > log.length) break;
    events.push({ type, path, offset, data: log.subarray(start, start + length) });
    at = start + length;
  }
  return events;
}

/** The files of a directory (not recursive), as the disk holds them now. */
export function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) files.set(join(dir, entry.name), readFileSync(join(dir, entry.name)));
  }
  return files;
}

function apply(file: Buffer, event: CutEvent): Buffer {
  if (event.type === 'T') return event.offset <= file.length ? file.subarray(0, event.offset) : Buffer.concat([file, Buffer.alloc(event.offset - file.length)]);
  const end = event.offset + event.data.length;
  const out = end > file.length ? Buffer.concat([file, Buffer.alloc(end - file.length)]) : Buffer.from(file);
  event.data.copy(out, event.offset);
  return out;
}

/**
 * The disk after a power cut at the end of `events`: each file as it was at `before`, plus the
 * writes and truncations that an fsync/fdatasync of that same file followed; everything else was
 * still only in the page cache and is gone. A file first created in the run exists only if it was
 * synced. Unlinks and renames count at once: directory entries are not what this test is about
 * (a kiosk's journaling file system keeps them in order).
 */
export function diskAfterCut(before: Map<string, Buffer>, events: readonly CutEvent[]): Map<string, Buffer> {
  const durable = new Map(before);
  const pending = new Map<string, CutEvent[]>();
  for (const event of events) {
    if (event.type === 'U') {
      durable.delete(event.path);
      pending.delete(event.path);
    } else if (event.type === 'R') {
      const to = event.data.toString('utf8');
      const file = durable.get(event.path);
      durable.delete(event.path);
      if (file) durable.set(to, file);
      else durable.delete(to);
      pending.set(to, pending.get(event.path) ?? []);
      pending.delete(event.path);
    } else if (event.type === 'S') {
      let file = durable.get(event.path) ?? Buffer.alloc(0);
      for (const op of pending.get(event.path) ?? []) file = apply(file, op);
      durable.set(event.path, file);
      pending.delete(event.path);
    } else {
      const list = pending.get(event.path) ?? [];
      list.push(event);
      pending.set(event.path, list);
    }
  }
  return durable;
}

/** Replaces the directory's files by the image (SQLite's -shm, memory in a file, goes as at any reboot). */
export function writeImage(dir: string, image: Map<string, Buffer>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isFile()) rmSync(join(dir, entry.name));
  for (const [path, content] of image) writeFileSync(path, content);
}
