import { readZipEntry, type ZipEntry } from './zipArchive';

/**
 * Office files that reach outside themselves or carry other programs' content: embedded OLE
 * objects and packages, and relationships to external targets (remote templates, linked
 * workbooks, OLE links, remote images, frames) that Word or Excel follow when the file is opened.
 * Hyperlinks stay allowed: they are followed only when clicked.
 */
export type OfficeVerdict = 'clean' | 'embedded' | 'uninspectable';

const EMBEDDED_PARTS = /(^|\/)(embeddings|externalLinks|activeX)\/|oleObject\d*\.bin$|\.(exe|dll|js|vbs|ps1|bat|cmd|scr)$/i;
const MAX_RELS_PARTS = 200;
const MAX_RELS_BYTES = 1024 * 1024;

/** An OOXML package's parts and the external relationships in its `.rels` parts. */
export function inspectOoxml(b: Uint8Array, entries: readonly ZipEntry[]): OfficeVerdict {
  if (entries.some((e) => EMBEDDED_PARTS.test(e.name))) return 'embedded';
  const rels = entries.filter((e) => e.name.toLowerCase().endsWith('.rels'));
  if (rels.length > MAX_RELS_PARTS) return 'uninspectable';
  for (const entry of rels) {
    const xml = readZipEntry(b, entry, MAX_RELS_BYTES)?.toString('utf8');
    if (xml === undefined) return 'uninspectable';
    for (const relationship of xml.match(/<Relationship\b[^>]*>/g) ?? []) {
      if (!/TargetMode\s*=\s*["']External["']/i.test(relationship)) continue;
      if (!/Type\s*=\s*["'][^"']*\/hyperlink["']/i.test(relationship)) return 'embedded';
    }
  }
  return 'clean';
}

/** Word 97-2003 keeps embedded objects in ObjectPool, Excel in MBD… storages; a package is an Ole10Native stream. */
export function inspectCfbNames(names: readonly string[]): OfficeVerdict {
  return names.some((n) => n === 'ObjectPool' || /^MBD[0-9A-Fa-f]{8}$/.test(n) || n === '\u0001Ole10Native') ? 'embedded' : 'clean';
}
