/** In-place radix-2 FFT of one row (`re`, `im` of the same power-of-two length). */
function fft1d(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j] ?? 0, re[i] ?? 0];
      [im[i], im[j]] = [im[j] ?? 0, im[i] ?? 0];
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const angle = (-2 * Math.PI) / len;
    const wr = Math.cos(angle);
    const wi = Math.sin(angle);
    for (let start = 0; start < n; start += len) {
      let cr = 1;
      let ci = 0;
      for (let k = 0; k < len / 2; k++) {
        const a = start + k;
        const b = a + len / 2;
        const br = (re[b] ?? 0) * cr - (im[b] ?? 0) * ci;
        const bi = (re[b] ?? 0) * ci + (im[b] ?? 0) * cr;
        re[b] = (re[a] ?? 0) - br;
        im[b] = (im[a] ?? 0) - bi;
        re[a] = (re[a] ?? 0) + br;
        im[a] = (im[a] ?? 0) + bi;
        const next = cr * wr - ci * wi;
        ci = cr * wi + ci * wr;
        cr = next;
      }
    }
  }
}

/**
 * Power spectrum of a square `size`×`size` real patch (row-major, `size` a power of two):
 * |F(kx, ky)|², indexed [ky * size + kx], zero frequency at index 0.
 */
export function powerSpectrum2d(patch: Float64Array, size: number): Float64Array {
  const re = Float64Array.from(patch);
  const im = new Float64Array(size * size);
  const rowRe = new Float64Array(size);
  const rowIm = new Float64Array(size);
  for (let pass = 0; pass < 2; pass++) {
    for (let line = 0; line < size; line++) {
      // Rows on the first pass, columns on the second.
      for (let i = 0; i < size; i++) {
        const at = pass === 0 ? line * size + i : i * size + line;
        rowRe[i] = re[at] ?? 0;
        rowIm[i] = im[at] ?? 0;
      }
      fft1d(rowRe, rowIm);
      for (let i = 0; i < size; i++) {
        const at = pass === 0 ? line * size + i : i * size + line;
        re[at] = rowRe[i] ?? 0;
        im[at] = rowIm[i] ?? 0;
      }
    }
  }
  const power = new Float64Array(size * size);
  for (let i = 0; i < power.length; i++) power[i] = (re[i] ?? 0) ** 2 + (im[i] ?? 0) ** 2;
  return power;
}
