import { type Handwriting, strokeFeatures } from './strokeFeatures';

/**
 * A linear one-against-the-rest classifier over stroke features, one weight vector per character, in
 * the compact form the build writes from a Zinnia model (scripts/buildHandwritingModel.ts):
 *
 *   'HKHW', u32 version, u32 characters, u32 dimensions, u32 weights        (little endian)
 *   u32[dimensions]    feature numbers, sorted (Zinnia's sparse numbering)
 *   u32[characters]    code points
 *   f32[characters]    biases
 *   u32[characters+1]  where each character's weights start
 *   u16[weights]       dimension of each weight (padded to four bytes)
 *   f32[weights]       weights
 */
export const HANDWRITING_MAGIC = 'HKHW';
export const HANDWRITING_VERSION = 1;

export interface HandwritingCandidate {
  text: string;
  score: number;
}

export class HandwritingModel {
  private readonly dimensionOf = new Map<number, number>();

  private constructor(
    private readonly codePoints: Uint32Array,
    private readonly biases: Float32Array,
    private readonly starts: Uint32Array,
    private readonly dimensions: Uint16Array,
    private readonly weights: Float32Array,
    featureNumbers: Uint32Array,
  ) {
    featureNumbers.forEach((number, dimension) => this.dimensionOf.set(number, dimension));
  }

  get size(): number {
    return this.codePoints.length;
  }

  static parse(buffer: ArrayBuffer): HandwritingModel {
    const view = new DataView(buffer);
    const magic = String.fromCharCode(...new Uint8Array(buffer, 0, 4));
    if (magic !== HANDWRITING_MAGIC || view.getUint32(4, true) !== HANDWRITING_VERSION) throw new Error('Not a handwriting model resource');
    const characters = view.getUint32(8, true);
    const dimensions = view.getUint32(12, true);
    const weights = view.getUint32(16, true);
    let at = 20;
    const take = <T>(make: (offset: number, length: number) => T, length: number, bytes: number): T => {
      const array = make(at, length);
      at += Math.ceil((length * bytes) / 4) * 4;
      return array;
    };
    const numbers = take((o, n) => new Uint32Array(buffer, o, n), dimensions, 4);
    const codePoints = take((o, n) => new Uint32Array(buffer, o, n), characters, 4);
    const biases = take((o, n) => new Float32Array(buffer, o, n), characters, 4);
    const starts = take((o, n) => new Uint32Array(buffer, o, n), characters + 1, 4);
    const dims = take((o, n) => new Uint16Array(buffer, o, n), weights, 2);
    const values = take((o, n) => new Float32Array(buffer, o, n), weights, 4);
    return new HandwritingModel(codePoints, biases, starts, dims, values, numbers);
  }

  /** The likeliest characters for what was written, best first; none for an empty pad. */
  recognise(handwriting: Handwriting, count: number): HandwritingCandidate[] {
    const features = strokeFeatures(handwriting);
    if (!features) return [];
    const x = new Float32Array(this.dimensionOf.size);
    for (const [number, value] of features) {
      const dimension = this.dimensionOf.get(number);
      if (dimension !== undefined) x[dimension] = value;
    }
    const scores = new Float64Array(this.size);
    for (let c = 0; c < this.size; c++) {
      let score = this.biases[c] as number;
      for (let k = this.starts[c] as number, end = this.starts[c + 1] as number; k < end; k++) {
        score += (this.weights[k] as number) * (x[this.dimensions[k] as number] as number);
      }
      scores[c] = score;
    }
    const best = Array.from(scores.keys())
      .sort((a, b) => (scores[b] as number) - (scores[a] as number))
      .slice(0, count);
    return best.map((c) => ({ text: String.fromCodePoint(this.codePoints[c] as number), score: scores[c] as number }));
  }
}
