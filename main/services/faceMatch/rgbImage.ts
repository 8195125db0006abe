import jpeg from 'jpeg-js';

/** An 8-bit RGB image, rows top to bottom, three bytes a pixel. */
export interface RgbImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A card photo or a portrait larger than this is not one: refuse it before decoding. */
const MAX_PIXELS = 4096 * 4096;

/** JPEG (the live capture, the simulator's card photos) to RGB; null when the bytes are not one. */
function decodeJpeg(bytes: Uint8Array): RgbImage | null {
  try {
    const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: false, maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 256 });
    return { width: decoded.width, height: decoded.height, data: decoded.data };
  } catch {
    return null;
  }
}

/**
 * An uncompressed 24-bit BMP, what the vendors' photo decoders write (102×126 for a card photo):
 * rows stored bottom-up unless the height is negative, each padded to four bytes, pixels BGR.
 */
function decodeBmp(bytes: Uint8Array): RgbImage | null {
  if (bytes.length < 54) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const offset = view.getUint32(10, true);
  const width = view.getInt32(18, true);
  const signedHeight = view.getInt32(22, true);
  const bits = view.getUint16(28, true);
  const compression = view.getUint32(30, true);
  const height = Math.abs(signedHeight);
  if (bits !== 24 || compression !== 0 || width <= 0 || height === 0 || width * height > MAX_PIXELS) return null;
  const stride = Math.ceil((width * 3) / 4) * 4;
  if (offset + stride * height > bytes.length) return null;
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const row = offset + stride * (signedHeight > 0 ? height - 1 - y : y);
    for (let x = 0; x < width; x++) {
      const from = row + x * 3;
      const to = (y * width + x) * 3;
      data[to] = bytes[from + 2] ?? 0;
      data[to + 1] = bytes[from + 1] ?? 0;
      data[to + 2] = bytes[from] ?? 0;
    }
  }
  return { width, height, data };
}

/** A JPEG or 24-bit BMP by its signature; null for anything else or a damaged file. */
export function decodeRgbImage(bytes: Uint8Array): RgbImage | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return decodeJpeg(bytes);
  if (bytes[0] === 0x42 && bytes[1] === 0x4d) return decodeBmp(bytes);
  return null;
}
