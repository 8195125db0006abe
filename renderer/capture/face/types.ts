/** A point in frame pixels (x right, y down), from the raw, unmirrored camera frame. */
export interface Point {
  x: number;
  y: number;
}

/** Axis-aligned box in frame pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The six BlazeFace keypoints in frame pixels. "Right" and "left" are the subject's own sides,
 * so in an unmirrored frame the right eye lies on the image's left.
 */
export interface FaceKeypoints {
  rightEye: Point;
  leftEye: Point;
  noseTip: Point;
  mouth: Point;
  rightEar: Point;
  leftEar: Point;
}

export interface DetectedFace {
  box: Box;
  keypoints: FaceKeypoints;
  score: number;
}

/** What the detector saw in one video frame. */
export interface FrameDetection {
  timestampMs: number;
  frameWidth: number;
  frameHeight: number;
  faces: DetectedFace[];
}
