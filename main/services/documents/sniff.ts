import type { DocumentKind } from '../../../common/contract/services/enterpriseFlows';
import { jpegDimensions, MAX_IMAGE_PIXELS, pngDimensions, type Dimensions } from './imageDimensions';
import { inspectCfbNames, inspectOoxml } from './officeInspect';
import { inspectPdf } from './pdfInspect';
import { hasZipDirectory, zipEntries } from './zipArchive';

/**
 * Content sniffing for imported and photographed documents: the type comes from the bytes, never
 * from the file name. Bounded parsers only (a hostile file cannot make them loop or allocate), and
 * the refusals a citizen can be told about: executable, macros or active content, embedded objects
 * or external links, a second format hidden in the file, truncated, unknown type, too large (bytes
 * or pixels).
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
  /** Embedded objects or links to external content in an Office file. */
  embeddedContent: 'DOCUMENT_EMBEDDED_CONTENT',
  /** One file that is two formats at once (a ZIP inside a PDF or image, a PDF inside a ZIP). */
  polyglot: 'DOCUMENT_POLYGLOT',
  /** An image whose declared canvas exceeds the pixel limit. */
  imageTooLarge: 'DOCUMENT_IMAGE_TOO_LARGE',
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

export type SniffResult = { ok: true; kind: DocumentKind; contentType: string; dimensions?: Dimensions } | { ok: false; code: DocumentErrorCode };

const refuse = (code: DocumentErrorCode): SniffResult => ({ ok: false, code });
const accept = (kind: DocumentKind, dimensions?: Dimensions): SniffResult =>
  dimensions ? { ok: true, kind, contentType: contentTypes[kind], dimensions } : { ok: true, kind, contentType: contentTypes[kind] };

/** Refuses a canvas over the pixel limit, or one the header does not declare. */
function checkPixels(kind: 'jpeg' | 'png', dimensions: Dimensions | undefined): SniffResult {
  if (!dimensions || dimensions.width === 0 || dimensions.height === 0) return refuse(documentErrorCodes.truncated);
  if (dimensions.width * dimensions.height > MAX_IMAGE_PIXELS) return refuse(documentErrorCodes.imageTooLarge);
  return accept(kind, dimensions);
}

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

/** PDF: header at the start, %%EOF in the last KiB, no active content (names decoded, object streams inflated), no ZIP riding along. */
function sniffPdf(b: Uint8Array): SniffResult {
  const tail = ascii(b, b.length - 1024, b.length);
  if (!tail.includes('%%EOF')) return refuse(documentErrorCodes.truncated);
  if (hasZipDirectory(b)) return refuse(documentErrorCodes.polyglot);
  const verdict = inspectPdf(Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1'));
  return verdict === 'clean' ? accept('pdf') : refuse(documentErrorCodes.activeContent);
}

/** JPEG: SOI at the start, EOI at the end (trailing zero padding allowed), a frame size within the limit, no ZIP appended. */
function sniffJpeg(b: Uint8Array): SniffResult {
  let end = b.length;
  while (end > 2 && b[end - 1] === 0x00 && b.length - end < 4096) end--;
  if (!(b[end - 2] === 0xff && b[end - 1] === 0xd9)) return refuse(documentErrorCodes.truncated);
  if (hasZipDirectory(b)) return refuse(documentErrorCodes.polyglot);
  return checkPixels('jpeg', jpegDimensions(b));
}

/** PNG: walk the chunks from IHDR; IEND must be reached inside the file; nothing but padding after it. */
function sniffPng(b: Uint8Array): SniffResult {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = 8;
  for (let n = 0; n < 100_000; n++) {
    if (at + 12 > b.length) return refuse(documentErrorCodes.truncated);
    const length = view.getUint32(at);
    const type = ascii(b, at + 4, at + 8);
    const next = at + 12 + length;
    if (next > b.length) return refuse(documentErrorCodes.truncated);
    if (type === 'IEND') return hasZipDirectory(b) ? refuse(documentErrorCodes.polyglot) : checkPixels('png', pngDimensions(b));
    at = next;
  }
  return refuse(documentErrorCodes.truncated);
}

/** Names in a ZIP's central directory (bounded), or 'truncated' when there is no end record. */
export function zipEntryNames(b: Uint8Array): string[] | 'truncated' {
  const entries = zipEntries(b);
  return entries === 'truncated' ? entries : entries.map((e) => e.name);
}

/** OOXML: [Content_Types].xml plus word/ or xl/ parts; any VBA project means macros; no embedded objects or external links; no PDF up front. */
function sniffZip(b: Uint8Array): SniffResult {
  const entries = zipEntries(b);
  if (entries === 'truncated') return refuse(documentErrorCodes.truncated);
  // PDF readers look for the header anywhere in the first KiB.
  if (ascii(b, 0, 1024).includes('%PDF-')) return refuse(documentErrorCodes.polyglot);
  const names = entries.map((e) => e.name);
  const lower = names.map((n) => n.toLowerCase());
  if (lower.some((n) => n.endsWith('vbaproject.bin') || n.endsWith('vbadata.xml') || n.includes('/activex/'))) return refuse(documentErrorCodes.macros);
  if (!names.includes('[Content_Types].xml')) return refuse(documentErrorCodes.unknownType);
  const kind = names.some((n) => n.startsWith('word/')) ? 'docx' : names.some((n) => n.startsWith('xl/')) ? 'xlsx' : undefined;
  if (!kind) return refuse(documentErrorCodes.unknownType);
  return inspectOoxml(b, entries) === 'clean' ? accept(kind) : refuse(documentErrorCodes.embeddedContent);
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

/** Word 97-2003 has a WordDocument stream, Excel 97-2003 a Workbook (or Book) stream; VBA storages mean macros; embedded objects are refused. */
function sniffOle(b: Uint8Array): SniffResult {
  const names = cfbEntryNames(b);
  if (names === 'truncated') return refuse(documentErrorCodes.truncated);
  if (names.some((n) => n === '_VBA_PROJECT_CUR' || n === 'Macros' || n === 'VBA' || n === '_VBA_PROJECT')) return refuse(documentErrorCodes.macros);
  if (inspectCfbNames(names) !== 'clean') return refuse(documentErrorCodes.embeddedContent);
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
