import { inflateSync, constants as zlib } from 'node:zlib';

/**
 * What a PDF reader could run or open: JavaScript, launch actions, embedded files, rich media.
 * Names are compared after their `#xx` escapes are decoded (`/J#61vaScript` is `/JavaScript` to
 * every reader), in the file's plain text and inside its compressed object streams, where a
 * PDF 1.5 file keeps most of its dictionaries.
 */
const ACTIVE_NAMES = /\/(JavaScript|JS|Launch|EmbeddedFiles?|RichMedia)(?![A-Za-z0-9])/;

/** Inflated bytes of all object streams together; more is refused, not skipped. */
const MAX_INFLATED_BYTES = 32 * 1024 * 1024;
const MAX_STREAMS = 20_000;

export type PdfVerdict = 'clean' | 'active' | 'uninspectable';

/** Replaces every `#xx` escape inside a name by its character (ISO 32000-1, 7.3.5). */
export function decodePdfNames(text: string): string {
  return text.replace(/\/[^\s/[\]<>(){}%]*/g, (name) =>
    name.includes('#') ? name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : name,
  );
}

/** The dictionaries and data of the object streams (`/Type /ObjStm`) in a PDF's text (latin1). */
function objectStreams(text: string): Array<{ dictionary: string; data: string }> {
  const found: Array<{ dictionary: string; data: string }> = [];
  const keyword = /\bstream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = keyword.exec(text)) !== null && found.length < MAX_STREAMS) {
    const start = match.index + match[0].length;
    const objAt = text.lastIndexOf(' obj', match.index);
    const dictionary = decodePdfNames(text.slice(Math.max(objAt, match.index - 4096), match.index));
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    keyword.lastIndex = end;
    if (/\/Type\s*\/ObjStm(?![A-Za-z0-9])/.test(dictionary)) found.push({ dictionary, data: text.slice(start, end) });
  }
  return found;
}

/** Flate only, as readers apply it; a partial stream yields what it can (readers are as lenient). */
function inflateObjectStream(dictionary: string, data: string, budget: number): Buffer | 'too large' | undefined {
  const filters = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dictionary)?.[1] ?? '';
  const names = filters.match(/\/[A-Za-z0-9]+/g) ?? [];
  if (names.length === 0) return Buffer.from(data, 'latin1');
  if (names.length !== 1 || !/^\/(FlateDecode|Fl)$/.test(names[0] ?? '')) return undefined;
  try {
    return inflateSync(Buffer.from(data, 'latin1'), { maxOutputLength: budget, finishFlush: zlib.Z_SYNC_FLUSH });
  } catch (error) {
    return error instanceof RangeError ? 'too large' : undefined;
  }
}

/** Whether a PDF (its bytes as latin1 text) has active content, in plain text or in object streams. */
export function inspectPdf(text: string): PdfVerdict {
  if (ACTIVE_NAMES.test(decodePdfNames(text))) return 'active';
  let budget = MAX_INFLATED_BYTES;
  for (const { dictionary, data } of objectStreams(text)) {
    const inflated = inflateObjectStream(dictionary, data, budget);
    if (inflated === undefined || inflated === 'too large') return 'uninspectable';
    budget -= inflated.length;
    if (ACTIVE_NAMES.test(decodePdfNames(inflated.toString('latin1')))) return 'active';
  }
  return 'clean';
}
