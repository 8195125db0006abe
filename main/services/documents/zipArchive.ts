import { inflateRawSync } from 'node:zlib';

/** One entry of a ZIP's central directory, with what is needed to read it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else cannot be read here. */
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const MAX_ENTRIES = 10_000;

/** Where the end-of-central-directory record starts (22 bytes plus a comment of up to 64 KiB from the end), or -1. */
function findEndRecord(b: Uint8Array, view: DataView): number {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}

/**
 * Whether an archive rides in the file: an end record whose central directory is where it says, or
 * right before the record (unzip and most readers find an archive with data prepended that way).
 */
export function hasZipDirectory(b: Uint8Array): boolean {
  if (b.length < 22) return false;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const eocd = findEndRecord(b, view);
  if (eocd < 0) return false;
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  const isDirectory = (at: number) => at >= 0 && at + 46 <= eocd && view.getUint32(at, true) === 0x02014b50;
  return view.getUint16(eocd + 10, true) > 0 && (isDirectory(offset) || isDirectory(eocd - size));
}

/** The central directory (bounded), or 'truncated' when there is no consistent end record. */
export function zipEntries(b: Uint8Array): ZipEntry[] | 'truncated' {
  if (b.length < 22) return 'truncated';
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const eocd = findEndRecord(b, view);
  if (eocd < 0) return 'truncated';
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (offset + size > eocd) return 'truncated';
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count && i < MAX_ENTRIES; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== 0x02014b50) return 'truncated';
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    entries.push({
      name: Buffer.from(b.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** An entry's bytes, inflated up to `maxBytes`; undefined when it cannot be read within that. */
export function readZipEntry(b: Uint8Array, entry: ZipEntry, maxBytes: number): Buffer | undefined {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const at = entry.localOffset;
  if (at + 30 > b.length || view.getUint32(at, true) !== 0x04034b50) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > b.length) return undefined;
  const data = Buffer.from(b.buffer, b.byteOffset + start, entry.compressedSize);
  if (entry.method === 0) return data.length <= maxBytes ? data : undefined;
  if (entry.method !== 8) return undefined;
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch {
    return undefined;
  }
}
