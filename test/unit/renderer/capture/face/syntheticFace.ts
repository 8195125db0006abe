// Synthetic faces for unit tests: a rigid 3D head projected orthographically, and a flat photo
// of it moved by arbitrary 2D affine maps.
import type { FaceKeypoints, FrameDetection, Point } from '../../../../../renderer/capture/face/types';
import type { PixelFrame } from '../../../../../renderer/capture/face/frameQuality';

type P3 = [number, number, number];
// Millimetres, x to the image right (subject's left), y down, z towards the camera.
const HEAD: Record<keyof FaceKeypoints, P3> = {
  rightEye: [-32, 0, 0],
  leftEye: [32, 0, 0],
  noseTip: [0, 40, 26],
  mouth: [0, 68, 10],
  rightEar: [-72, 20, -85],
  leftEar: [72, 20, -85],
};
const HEAD_BOX_MM = 150;

export const FRAME = { width: 640, height: 480 };

export interface Pose {
  yawDeg?: number;
  pitchDeg?: number;
  rollDeg?: number;
  /** Pixels per millimetre. */
  scale?: number;
  cx?: number;
  cy?: number;
}

const rad = (d: number) => (d * Math.PI) / 180;

function project([x, y, z]: P3, p: Required<Pose>): Point {
  const [ya, pi, ro] = [rad(p.yawDeg), rad(p.pitchDeg), rad(p.rollDeg)];
  const x1 = x * Math.cos(ya) + z * Math.sin(ya);
  const z1 = -x * Math.sin(ya) + z * Math.cos(ya);
  const y2 = y * Math.cos(pi) + z1 * Math.sin(pi);
  const xr = x1 * Math.cos(ro) - y2 * Math.sin(ro);
  const yr = x1 * Math.sin(ro) + y2 * Math.cos(ro);
  return { x: p.cx + p.scale * xr, y: p.cy + p.scale * (yr - 30) };
}

const full = (p: Pose): Required<Pose> => ({ yawDeg: 0, pitchDeg: 0, rollDeg: 0, scale: 1.5, cx: 320, cy: 240, ...p });

export function headKeypoints(pose: Pose): FaceKeypoints {
  const p = full(pose);
  return Object.fromEntries(Object.entries(HEAD).map(([k, v]) => [k, project(v, p)])) as unknown as FaceKeypoints;
}

export function frameOf(tMs: number, keypoints: FaceKeypoints[], boxSizePx: number): FrameDetection {
  return {
    timestampMs: tMs,
    frameWidth: FRAME.width,
    frameHeight: FRAME.height,
    faces: keypoints.map((k) => {
      const cx = (k.leftEye.x + k.rightEye.x + k.mouth.x) / 3;
      const cy = (k.leftEye.y + k.rightEye.y + k.mouth.y) / 3;
      return { keypoints: k, score: 0.92, box: { x: cx - boxSizePx / 2, y: cy - boxSizePx / 2, width: boxSizePx, height: boxSizePx } };
    }),
  };
}

export function headFrame(tMs: number, pose: Pose): FrameDetection {
  return frameOf(tMs, [headKeypoints(pose)], HEAD_BOX_MM * full(pose).scale);
}

/** [a b c; d e f]: x' = a x + b y + c, y' = d x + e y + f. */
export type Affine = [number, number, number, number, number, number];

/** A printed frontal photo (with its own slight turn) moved by an affine map in front of the camera. */
export function photoFrame(tMs: number, m: Affine, photoYawDeg = 3): FrameDetection {
  const k = headKeypoints({ yawDeg: photoYawDeg, cx: 0, cy: 0 });
  const map = (q: Point): Point => ({ x: m[0] * q.x + m[1] * q.y + m[2], y: m[3] * q.x + m[4] * q.y + m[5] });
  const moved = Object.fromEntries(Object.entries(k).map(([name, q]) => [name, map(q)])) as unknown as FaceKeypoints;
  const scale = Math.sqrt(Math.abs(m[0] * m[4] - m[1] * m[3]));
  return frameOf(tMs, [moved], HEAD_BOX_MM * 1.5 * scale);
}

/** Similarity (zoom s, roll deg, translation) composed with a squash that mimics tilting the photo. */
export function affine(s: number, rollDeg: number, tx: number, ty: number, squashX = 1, squashY = 1): Affine {
  const c = Math.cos(rad(rollDeg)) * s;
  const n = Math.sin(rad(rollDeg)) * s;
  return [c * squashX, -n * squashY, tx, n * squashX, c * squashY, ty];
}

/** Textured mid-grey frame (deterministic noise) so light and sharpness checks pass. */
export function texturedPixels(width = 320, height = 240, mean = 128, amplitude = 60, surround?: number): PixelFrame {
  const data = new Uint8ClampedArray(width * height * 4);
  let seed = 12345;
  for (let i = 0; i < width * height; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const v = mean + ((seed % 1000) / 1000 - 0.5) * 2 * amplitude;
    const x = i % width;
    const y = Math.floor(i / width);
    const inFace = x > width * 0.3 && x < width * 0.7 && y > height * 0.2 && y < height * 0.8;
    const value = surround !== undefined && !inFace ? surround : v;
    data.set([value, value, value, 255], i * 4);
  }
  return { data, width, height };
}
