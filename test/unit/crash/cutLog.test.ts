import { describe, expect, it } from 'vitest';
import { diskAfterCut, parseCutLog, type CutEvent } from '../../crash/powerCut/cutLog';

/** One record as cutShim.c writes it. */
function record(type: CutEvent['type'], path: string, offset = 0, data = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(21 + Buffer.byteLength(path));
  head.write(type, 0, 'latin1');
  head.writeUInt32LE(Buffer.byteLength(path), 1);
  head.write(path, 5, 'utf8');
  head.writeBigInt64LE(BigInt(offset), 5 + Buffer.byteLength(path));
  head.writeBigUInt64LE(BigInt(data.length), 13 + Buffer.byteLength(path));
  return Buffer.concat([head, data]);
}

const text = (image: Map<string, Buffer>, path: string) => image.get(path)?.toString('latin1');

describe('the disk after a power cut, rebuilt from the shim’s log', () => {
  it('keeps a file’s writes up to its last sync and drops the rest', () => {
    const log = Buffer.concat([
      record('W', '/d/wal', 0, Buffer.from('aaaa')),
      record('W', '/d/db', 0, Buffer.from('zz')),
      record('S', '/d/wal'),
      record('W', '/d/wal', 2, Buffer.from('bbbb')),
    ]);
    const image = diskAfterCut(new Map([['/d/db', Buffer.from('old')]]), parseCutLog(log));
    expect(text(image, '/d/wal')).toBe('aaaa');
    // The database file's write was never synced: the disk still has what it had.
    expect(text(image, '/d/db')).toBe('old');
  });

  it('applies truncations and renames, forgets unlinked files, and never creates an unsynced one', () => {
    const log = Buffer.concat([
      record('W', '/d/a', 0, Buffer.from('123456')),
      record('T', '/d/a', 3),
      record('S', '/d/a'),
      record('R', '/d/a', 0, Buffer.from('/d/b')),
      record('U', '/d/old'),
      record('W', '/d/new', 0, Buffer.from('x')),
    ]);
    const image = diskAfterCut(new Map([['/d/old', Buffer.from('gone')]]), parseCutLog(log));
    expect([...image.keys()]).toEqual(['/d/b']);
    expect(text(image, '/d/b')).toBe('123');
  });

  it('ignores a record the kill cut short, in its header or its data', () => {
    const whole = record('W', '/d/wal', 0, Buffer.from('abc'));
    const sync = record('S', '/d/wal');
    expect(parseCutLog(Buffer.concat([whole, sync.subarray(0, 10)]))).toHaveLength(1);
    expect(parseCutLog(Buffer.concat([whole, whole.subarray(0, whole.length - 1)]))).toHaveLength(1);
  });
});
