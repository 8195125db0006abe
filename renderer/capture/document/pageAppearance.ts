import { laplacianVariance, type GreyFrame } from './greyFrame';
import type { Raster } from './perspectiveWarp';

/**
 * What the page looks like once cut out and made upright (at the analysis size): how sharp its
 * text is, whether a lamp burns a hot spot into it, and whether it is paper at all (mostly
 * colourless, not skin).
 */

export interface PageAppearance {
  /** Laplacian variance inside the page (its edges left out). */
  sharpness: number;
  /** Share of saturated pixels, counted only when the paper itself is not saturated. */
  glare: number;
  /** The paper's grey level: the 30th percentile of the pixels brighter than the page threshold. */
  paperLevel: number;
  /** Share of nearly colourless pixels (paper, print); null without colour. */
  neutral: number | null;
  /** Share of skin-coloured pixels; null without colour. */
  skin: number | null;
}

/** Saturated: the camera's top levels. */
const HOT = 250;
/** A page whose paper sits at or above this is simply white, and its saturated pixels are not glare. */
const WHITE_PAPER = 245;

export function measurePage(grey: GreyFrame, threshold: number, colour?: Raster): PageAppearance {
  const margin = 3;
  const sharpness = laplacianVariance(grey, { left: 0, top: 0, right: grey.width, bottom: grey.height });
  const histogram = new Uint32Array(256);
  let bright = 0;
  let hot = 0;
  let n = 0;
  for (let y = margin; y < grey.height - margin; y++) {
    for (let x = margin; x < grey.width - margin; x++) {
      const v = grey.data[y * grey.width + x]!;
      n++;
      if (v >= HOT) hot++;
      if (v > threshold) {
        histogram[v]!++;
        bright++;
      }
    }
  }
  let paperLevel = 255;
  for (let v = 0, acc = 0; v < 256; v++) {
    if ((acc += histogram[v]!) >= bright * 0.3) {
      paperLevel = v;
      break;
    }
  }
  const glare = n === 0 || paperLevel >= WHITE_PAPER ? 0 : hot / n;
  return { sharpness, glare, paperLevel, ...(colour ? colourShares(colour, margin) : { neutral: null, skin: null }) };
}

function colourShares(c: Raster, margin: number): { neutral: number; skin: number } {
  let neutral = 0;
  let skin = 0;
  let n = 0;
  for (let y = margin; y < c.height - margin; y++) {
    for (let x = margin; x < c.width - margin; x++) {
      const i = (y * c.width + x) * 4;
      const r = c.data[i]!;
      const g = c.data[i + 1]!;
      const b = c.data[i + 2]!;
      const max = Math.max(r, g, b);
      const min = Math.min(r, g, b);
      n++;
      if (max - min < 45) neutral++;
      if (isSkin(r, g, b)) skin++;
    }
  }
  return n === 0 ? { neutral: 0, skin: 0 } : { neutral: neutral / n, skin: skin / n };
}

/** The usual daylight skin rule: red-dominant, some green and blue, not grey. */
function isSkin(r: number, g: number, b: number): boolean {
  return r > 95 && g > 40 && b > 20 && Math.max(r, g, b) - Math.min(r, g, b) > 15 && Math.abs(r - g) > 15 && r > g && r > b;
}

/** Share of skin-coloured pixels in a whole RGBA frame (every other pixel of every other row is enough). */
export function skinShare(rgba: Uint8ClampedArray | Uint8Array, width: number): number {
  let skin = 0;
  let n = 0;
  const rows = rgba.length / 4 / width;
  for (let y = 0; y < rows; y += 2) {
    for (let x = 0; x < width; x += 2) {
      const i = (y * width + x) * 4;
      n++;
      if (isSkin(rgba[i]!, rgba[i + 1]!, rgba[i + 2]!)) skin++;
    }
  }
  return n === 0 ? 0 : skin / n;
}
