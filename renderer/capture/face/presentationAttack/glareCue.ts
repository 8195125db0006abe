import type { PixelFrame } from '../frameQuality';
import type { Box } from '../types';

/** Every channel at least this bright: clipped white, as a reflection on glass or gloss paper makes. */
const CLIPPED = 248;

/**
 * Share of clipped-white pixels in the face box grown by a quarter on each side (sampled every
 * second pixel). Skin under the hall's diffuse light does not clip; a specular reflection on a
 * phone's glass or glossy photo paper does, in a bright patch over the face.
 */
export function glareShare(frame: PixelFrame, box: Box): number {
  const grow = 0.25;
  const x0 = Math.max(0, Math.floor(box.x - box.width * grow));
  const y0 = Math.max(0, Math.floor(box.y - box.height * grow));
  const x1 = Math.min(frame.width, Math.ceil(box.x + box.width * (1 + grow)));
  const y1 = Math.min(frame.height, Math.ceil(box.y + box.height * (1 + grow)));
  const d = frame.data;
  let clipped = 0;
  let total = 0;
  for (let y = y0; y < y1; y += 2) {
    for (let x = x0; x < x1; x += 2) {
      const i = (y * frame.width + x) * 4;
      total++;
      if ((d[i] ?? 0) >= CLIPPED && (d[i + 1] ?? 0) >= CLIPPED && (d[i + 2] ?? 0) >= CLIPPED) clipped++;
    }
  }
  return total === 0 ? 0 : clipped / total;
}
