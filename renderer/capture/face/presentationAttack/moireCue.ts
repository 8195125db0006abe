import type { PixelFrame } from '../frameQuality';
import type { Point } from '../types';
import { powerSpectrum2d } from './fft2d';
import { lumaAt } from './lumaPlane';

const SIZE = 64;
/** Spatial periods looked at: 2 to 6.4 camera pixels (a screen's subpixel grid or a print's dot screen seen at arm's length). */
const MIN_RADIUS = 10;
const MAX_RADIUS = 32;

const hann = Float64Array.from({ length: SIZE }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (SIZE - 1)));

/**
 * How much a regular fine pattern stands out over the face: log10 of the strongest fine-detail
 * frequency over the median one, in a 64×64 patch of camera pixels (no resampling, which would
 * smear the pattern) centred on the cheeks and nose. Skin, hair and sensor noise spread their
 * energy; a screen's pixel grid, its moire against the camera's pixels, or a print's halftone
 * dots put it into a few peaks. The JPEG block grid's own frequencies are left out.
 */
export function moireScore(frame: PixelFrame, centre: Point): number {
  const x0 = Math.round(centre.x - SIZE / 2);
  const y0 = Math.round(centre.y - SIZE / 2);
  const patch = new Float64Array(SIZE * SIZE);
  let mean = 0;
  for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) mean += patch[y * SIZE + x] = lumaAt(frame, x0 + x, y0 + y);
  mean /= SIZE * SIZE;
  for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) patch[y * SIZE + x] = ((patch[y * SIZE + x] ?? 0) - mean) * (hann[x] ?? 0) * (hann[y] ?? 0);
  const power = powerSpectrum2d(patch, SIZE);
  const band: number[] = [];
  // Half the plane is enough: a real patch's spectrum is symmetric.
  for (let ky = 0; ky <= SIZE / 2; ky++) {
    for (let kx = -SIZE / 2 + 1; kx <= SIZE / 2; kx++) {
      const r = Math.hypot(kx, ky);
      if (r < MIN_RADIUS || r > MAX_RADIUS) continue;
      if (kx % 8 === 0 && ky % 8 === 0) continue;
      band.push(power[ky * SIZE + ((kx + SIZE) % SIZE)] ?? 0);
    }
  }
  band.sort((a, b) => a - b);
  const median = band[Math.floor(band.length / 2)] ?? 0;
  const peak = band[band.length - 1] ?? 0;
  return Math.log10((peak + 1e-9) / (median + 1e-9));
}
