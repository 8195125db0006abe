/**
 * Features of a handwritten character for the linear classifier of a Zinnia model (the Tegaki
 * simplified-Chinese model is one): each stroke is split recursively at the point farthest from the
 * line between its ends until the pieces are straight enough; every piece, and every pen move
 * between strokes, gives its length, direction and end positions relative to the writing square.
 * The feature numbering must match the one the model was trained with, so it follows Zinnia's.
 */

/** One stroke as drawn, in pad coordinates (origin top left). */
export type Stroke = ReadonlyArray<readonly [number, number]>;

export interface Handwriting {
  /** The writing square's size; positions are read relative to it. */
  width: number;
  height: number;
  strokes: readonly Stroke[];
}

interface Point {
  x: number;
  y: number;
}

/** A piece of a stroke: indices into the stroke's points, both ends included. */
type Piece = readonly [number, number] | undefined;

/** Squared distance below which a piece counts as straight. */
const STRAIGHT_ENOUGH = 0.001;
/** Pieces beyond this position in the split tree are not used. */
const MAX_PIECES = 50;
const MOVE_OFFSET = 100000;
const STROKE_OFFSET = 1000;
const PIECE_OFFSET = 20;
const COUNT_OFFSET = 2000000;

export type FeatureVector = Map<number, number>;

function basicFeatures(out: FeatureVector, offset: number, first: Point, last: Point): void {
  out.set(offset + 1, 10 * Math.hypot(last.x - first.x, last.y - first.y));
  out.set(offset + 2, Math.atan2(last.y - first.y, last.x - first.x));
  out.set(offset + 3, 10 * (first.x - 0.5));
  out.set(offset + 4, 10 * (first.y - 0.5));
  out.set(offset + 5, 10 * (last.x - 0.5));
  out.set(offset + 6, 10 * (last.y - 0.5));
  out.set(offset + 7, Math.atan2(first.y - 0.5, first.x - 0.5));
  out.set(offset + 8, Math.atan2(last.y - 0.5, last.x - 0.5));
  out.set(offset + 9, 10 * Math.hypot(first.x - 0.5, first.y - 0.5));
  out.set(offset + 10, 10 * Math.hypot(last.x - 0.5, last.y - 0.5));
  out.set(offset + 11, 5 * (last.x - first.x));
  out.set(offset + 12, 5 * (last.y - first.y));
}

/** Squared distance of the farthest point (first included, last not) from the line first–last, and its index. */
function farthest(points: readonly Point[], first: number, last: number): [number, number] {
  if (first === last) return [0, first];
  const a = (points[last] as Point).x - (points[first] as Point).x;
  const b = (points[last] as Point).y - (points[first] as Point).y;
  const c = (points[last] as Point).y * (points[first] as Point).x - (points[last] as Point).x * (points[first] as Point).y;
  let max = -1;
  let best = first;
  for (let i = first; i < last; i++) {
    const p = points[i] as Point;
    const distance = Math.abs(a * p.y - b * p.x + c);
    if (distance > max) {
      max = distance;
      best = i;
    }
  }
  return [(max * max) / (a * a + b * b), best];
}

/** Pieces in a binary tree by position: a piece at n splits into 2n+1 and 2n+2. */
function split(points: readonly Point[], first: number, last: number, id: number, pieces: Piece[]): void {
  while (pieces.length <= id) pieces.push(undefined);
  pieces[id] = [first, last];
  const [distance, best] = farthest(points, first, last);
  if (distance > STRAIGHT_ENOUGH) {
    split(points, first, best, id * 2 + 1, pieces);
    split(points, best, last, id * 2 + 2, pieces);
  }
}

/** Undefined for an empty pad or a stroke without points: there is nothing to recognise. */
export function strokeFeatures(handwriting: Handwriting): FeatureVector | undefined {
  const { width, height, strokes } = handwriting;
  if (width <= 0 || height <= 0 || strokes.length === 0 || strokes.some((s) => s.length === 0)) return undefined;
  const out: FeatureVector = new Map([[0, 1]]);
  let previous: Point | undefined;
  strokes.forEach((stroke, sid) => {
    const points = stroke.map(([x, y]) => ({ x: x / width, y: y / height }));
    const pieces: Piece[] = [];
    split(points, 0, points.length - 1, 0, pieces);
    pieces.forEach((piece, i) => {
      if (!piece || i > MAX_PIECES) return;
      const first = points[piece[0]] as Point;
      const last = points[piece[1]] as Point;
      if (first.x === last.x && first.y === last.y) return;
      basicFeatures(out, sid * STROKE_OFFSET + PIECE_OFFSET * i, first, last);
    });
    const start = points[0] as Point;
    if (previous) basicFeatures(out, MOVE_OFFSET + sid * STROKE_OFFSET, previous, start);
    previous = points[points.length - 1] as Point;
  });
  out.set(COUNT_OFFSET, strokes.length);
  out.set(COUNT_OFFSET + strokes.length, 10);
  return out;
}
