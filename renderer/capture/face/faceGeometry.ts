import type { Box, FaceKeypoints, Point } from './types';

/** Head pose and framing measured from the six BlazeFace keypoints of one face. */
export interface FaceGeometry {
  /** Inter-ocular distance in frame pixels. */
  eyeDistancePx: number;
  /** Face box width as a fraction of the frame width (distance to the camera). */
  size: number;
  /** Face box centre minus frame centre, as fractions of frame width and height. */
  offsetX: number;
  offsetY: number;
  /** Angle of the eye line against the horizontal, degrees. */
  rollDeg: number;
  /**
   * Nose-tip offset from the eye midpoint along the eye line, over the inter-ocular distance.
   * Positive when the head is turned to the subject's own left. Any flat picture moved, zoomed,
   * rolled or tilted in front of the camera keeps it (an affine ratio) unchanged.
   */
  yaw: number;
  /**
   * Nose-tip drop below the eye line over the mouth's drop. Grows when the chin goes down,
   * shrinks when it goes up; also unchanged by tilting a flat picture.
   */
  pitch: number;
}

const sub = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
const dot = (a: Point, b: Point) => a.x * b.x + a.y * b.y;

export function measureFaceGeometry(k: FaceKeypoints, box: Box, frameWidth: number, frameHeight: number): FaceGeometry {
  const eyeLine = sub(k.leftEye, k.rightEye);
  const eyeDistancePx = Math.hypot(eyeLine.x, eyeLine.y);
  // Unit vectors of the face's own frame: `across` points to the subject's left, `down` to the chin.
  const across = eyeDistancePx > 0 ? { x: eyeLine.x / eyeDistancePx, y: eyeLine.y / eyeDistancePx } : { x: 1, y: 0 };
  const down = { x: -across.y, y: across.x };
  const mid = { x: (k.leftEye.x + k.rightEye.x) / 2, y: (k.leftEye.y + k.rightEye.y) / 2 };
  const nose = sub(k.noseTip, mid);
  const mouthDrop = dot(sub(k.mouth, mid), down);

  return {
    eyeDistancePx,
    size: box.width / frameWidth,
    offsetX: (box.x + box.width / 2) / frameWidth - 0.5,
    offsetY: (box.y + box.height / 2) / frameHeight - 0.5,
    rollDeg: (Math.atan2(eyeLine.y, eyeLine.x) * 180) / Math.PI,
    yaw: eyeDistancePx > 0 ? dot(nose, across) / eyeDistancePx : 0,
    pitch: mouthDrop > 0 ? dot(nose, down) / mouthDrop : 0,
  };
}
