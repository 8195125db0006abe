import type { DocumentKind } from '../../../common/contract/services/enterpriseFlows';

/**
 * Content sniffing for imported and photographed documents: the type comes from the bytes, never
 * from the file name. Bounded parsers only (a hostile file cannot make them loop or allocate), and
 * the refusals a citizen can be told about: executable, macros or active content, truncated,
 * unknown type, too large.
 */

export const documentErrorCodes = {
  empty: 'DOCUMENT_EMPTY',
  tooLarge: 'DOCUMENT_TOO_LARGE',
  executable: 'DOCUMENT_EXECUTABLE',
  macros: 'DOCUMENT_MACROS',
  activeContent: 'DOCUMENT_ACTIVE_CONTENT',
  truncated: 'DOCUMENT_TRUNCATED',
  unknownType: 'DOCUMENT_UNKNOWN_TYPE',
  typeNotAllowed: 'DOCUMENT_TYPE_NOT_ALLOWED',
} as const;
export type DocumentErrorCode = (typeof documentErrorCodes)[keyof typeof documentErrorCodes];

export const contentTypes: Record<DocumentKind, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const extensionOf: Record<DocumentKind, string> = { pdf: 'pdf', jpeg: 'jpg', png: 'png', doc: 'doc', docx: 'docx', xls: 'xls', xlsx: 'xlsx' };

const MB = 1024 * 1024;
/** Per type: scans as PDF may be large, photos and office files less so; all under the server's 20 MiB. */
export const sizeLimits: Record<DocumentKind, number> = { pdf: 20 * MB, jpeg: 10 * MB, png: 10 * MB, doc: 10 * MB, docx: 10 * MB, xls: 10 * MB, xlsx: 10 * MB };
/** Nothing larger is read from a drive at all. */
export const MAX_DOCUMENT_BYTES = Math.max(...Object.values(sizeLimits));

export type SniffResult = { ok: true; kind: DocumentKind; contentType: string } | { ok: false; code: DocumentErrorCode };

const refuse = (code: DocumentErrorCode): SniffResult => ({ ok: false, code });
const accept = (kind: DocumentKind): SniffResult => ({ ok: true, kind, contentType: contentTypes[kind] });

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean => b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, from: number, to: number): string => String.fromCharCode(...b.subarray(Math.max(0, from), Math.min(b.length, to)));

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** MZ (PE), ELF, Mach-O (32/64, both byte orders, fat), and scripts with a shebang. */
export function isExecutable(b: Uint8Array): boolean {
  if (startsWith(b, [0x4d, 0x5a])) return true;
  if (startsWith(b, [0x7f, 0x45, 0x4c, 0x46])) return true;
  const machO = [
    [0xfe, 0xed, 0xfa, 0xce],
    [0xfe, 0xed, 0xfa, 0xcf],
    [0xce, 0xfa, 0xed, 0xfe],
    [0xcf, 0xfa, 0xed, 0xfe],
    [0xca, 0xfe, 0xba, 0xbe],
  ];
  if (machO.some((sig) => startsWith(b, sig))) return true;
  // A byte-order mark or leading blanks do not hide a shebang.
  let i = startsWith(b, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < b.length && i < 64 && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
  return b[i] === 0x23 && b[i + 1] === 0x21;
}

/** PDF: header at the start, %%EOF in the last KiB, and no JavaScript or launch actions. */
function sniffPdf(b: Uint8Array): SniffResult {
  const tail = ascii(b, b.length - 1024, b.length);
  if (!tail.includes('%%EOF')) return refuse(documentErrorCodes.truncated);
  const text = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
  if (/\/(JavaScript|JS|Launch|EmbeddedFile|RichMedia)\b/.test(text)) return refuse(documentErrorCodes.activeContent);
  return accept('pdf');
}

/** JPEG: SOI at the start, EOI at the end (trailing zero padding allowed). */
function sniffJpeg(b: Uint8Array): SniffResult {
  let end = b.length;
  while (end > 2 && b[end - 1] === 0x00 && b.length - end < 4096) end--;
  return b[end - 2] === 0xff && b[end - 1] === 0xd9 ? accept('jpeg') : refuse(documentErrorCodes.truncated);
}

/** PNG: walk the chunks from IHDR; IEND must be reached inside the file. */
function sniffPng(b: Uint8Array): SniffResult {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = 8;
  for (let n = 0; n < 100_000; n++) {
    if (at + 12 > b.length) return refuse(documentErrorCodes.truncated);
    const length = view.getUint32(at);
    const type = ascii(b, at + 4, at + 8);
    const next = at + 12 + length;
    if (next > b.length) return refuse(documentErrorCodes.truncated);
    if (type === 'IEND') return accept('png');
    at = next;
  }
  return refuse(documentErrorCodes.truncated);
}

/** Names in a ZIP's central directory (bounded), or 'truncated' when there is no end record. */
export function zipEntryNames(b: Uint8Array): string[] | 'truncated' {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // End of central directory: 22 bytes plus a comment of up to 64 KiB.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return 'truncated';
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (offset + size > eocd) return 'truncated';
  const names: string[] = [];
  let at = offset;
  for (let i = 0; i < count && i < 10_000; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== 0x02014b50) return 'truncated';
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    names.push(Buffer.from(b.subarray(at + 46, at + 46 + nameLength)).toString('utf8'));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

/** OOXML: [Content_Types].xml plus word/ or xl/ parts; any VBA project means macros. */
function sniffZip(b: Uint8Array): SniffResult {
  const names = zipEntryNames(b);
  if (names === 'truncated') return refuse(documentErrorCodes.truncated);
  const lower = names.map((n) => n.toLowerCase());
  if (lower.some((n) => n.endsWith('vbaproject.bin') || n.endsWith('vbadata.xml') || n.includes('/activex/'))) return refuse(documentErrorCodes.macros);
  if (!names.includes('[Content_Types].xml')) return refuse(documentErrorCodes.unknownType);
  if (names.some((n) => n === 'word/document.xml' || n.startsWith('word/'))) return accept('docx');
  if (names.some((n) => n === 'xl/workbook.xml' || n.startsWith('xl/'))) return accept('xlsx');
  return refuse(documentErrorCodes.unknownType);
}

/**
 * Names of the entries in an OLE2 compound file's directory (MS-CFB), following the FAT from the
 * header's DIFAT (the first 109 FAT sectors: files up to ~7 MB with 512-byte sectors, which covers
 * the documents a kiosk takes; larger ones use the extra DIFAT chain, followed too).
 */
export function cfbEntryNames(b: Uint8Array): string[] | 'truncated' {
  if (b.length < 512) return 'truncated';
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return 'truncated';
  const sectorSize = 1 << shift;
  const sectorAt = (n: number) => (n + 1) * sectorSize;
  const fatCount = view.getUint32(0x2c, true);
  const firstDir = view.getUint32(0x30, true);
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(view.getUint32(0x4c + i * 4, true));
  let difat = view.getUint32(0x44, true);
  for (let guard = 0; fatSectors.length < fatCount && difat < 0xfffffffa && guard < 1000; guard++) {
    const base = sectorAt(difat);
    if (base + sectorSize > b.length) return 'truncated';
    for (let i = 0; i < sectorSize / 4 - 1 && fatSectors.length < fatCount; i++) fatSectors.push(view.getUint32(base + i * 4, true));
    difat = view.getUint32(base + sectorSize - 4, true);
  }
  const perFat = sectorSize / 4;
  const nextSector = (n: number): number | 'truncated' => {
    const fat = fatSectors[Math.floor(n / perFat)];
    if (fat === undefined) return 'truncated';
    const at = sectorAt(fat) + (n % perFat) * 4;
    return at + 4 > b.length ? 'truncated' : view.getUint32(at, true);
  };
  const names: string[] = [];
  let sector = firstDir;
  for (let guard = 0; sector < 0xfffffffa; guard++) {
    if (guard > 10_000) return 'truncated';
    const base = sectorAt(sector);
    if (base + sectorSize > b.length) return 'truncated';
    for (let e = 0; e < sectorSize / 128; e++) {
      const entry = base + e * 128;
      const nameLength = Math.min(64, view.getUint16(entry + 0x40, true));
      if (nameLength >= 2) names.push(Buffer.from(b.subarray(entry, entry + nameLength - 2)).toString('utf16le'));
    }
    const next = nextSector(sector);
    if (next === 'truncated') return 'truncated';
    sector = next;
  }
  return names;
}

/** Word 97-2003 has a WordDocument stream, Excel 97-2003 a Workbook (or Book) stream; VBA storages mean macros. */
function sniffOle(b: Uint8Array): SniffResult {
  const names = cfbEntryNames(b);
  if (names === 'truncated') return refuse(documentErrorCodes.truncated);
  if (names.some((n) => n === '_VBA_PROJECT_CUR' || n === 'Macros' || n === 'VBA' || n === '_VBA_PROJECT')) return refuse(documentErrorCodes.macros);
  if (names.includes('WordDocument')) return accept('doc');
  if (names.includes('Workbook') || names.includes('Book')) return accept('xls');
  return refuse(documentErrorCodes.unknownType);
}

/** The document's type by content, or why it is refused. Size limits are checked after the type is known. */
export function sniffDocument(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return refuse(documentErrorCodes.empty);
  if (isExecutable(bytes)) return refuse(documentErrorCodes.executable);
  let result: SniffResult;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) result = sniffPdf(bytes);
  else if (startsWith(bytes, [0xff, 0xd8, 0xff])) result = sniffJpeg(bytes);
  else if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) result = sniffPng(bytes);
  else if (startsWith(bytes, ZIP)) result = sniffZip(bytes);
  else if (startsWith(bytes, OLE2)) result = sniffOle(bytes);
  else result = refuse(documentErrorCodes.unknownType);
  if (result.ok && bytes.length > sizeLimits[result.kind]) return refuse(documentErrorCodes.tooLarge);
  return result;
}

/** Checks a document for one appeal material: its type by content, its size, and that the material takes that type. */
export function checkDocument(bytes: Uint8Array, allowed: readonly DocumentKind[]): SniffResult {
  const result = sniffDocument(bytes);
  if (result.ok && !allowed.includes(result.kind)) return refuse(documentErrorCodes.typeNotAllowed);
  return result;
}
