/**
 * An image's size read from its header, before anything decodes it: a small file can declare a
 * huge canvas (a 389 KB PNG of 20000×20000 pixels takes about a gigabyte to thumbnail).
 */
export interface Dimensions {
  width: number;
  height: number;
}

/** Above this a document scan is not plausible (A4 at 600 dpi is 35 megapixels). */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** PNG: IHDR must be the first chunk. */
export function pngDimensions(b: Uint8Array): Dimensions | undefined {
  if (b.length < 24 || String.fromCharCode(...b.subarray(12, 16)) !== 'IHDR') return undefined;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Start-of-frame markers (baseline, progressive, lossless, arithmetic); C4, C8 and CC are other segments. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** JPEG: walk the marker segments to the first start-of-frame. */
export function jpegDimensions(b: Uint8Array): Dimensions | undefined {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = 2;
  for (let n = 0; n < 10_000 && at + 4 <= b.length; n++) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1] as number;
    // Fill bytes and markers without a length.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = view.getUint16(at + 2);
    if (isStartOfFrame(marker)) return at + 9 <= b.length ? { width: view.getUint16(at + 7), height: view.getUint16(at + 5) } : undefined;
    if (marker === 0xda || length < 2) return undefined;
    at += 2 + length;
  }
  return undefined;
}
