/**
 * One verdict per camera frame (small frames, e.g. 320×180): is there a page, is it a page at all
 * (not a face or a hand), is it whole, large and centred enough, free of glare, still and sharp.
 * Pure functions so they are unit-tested without a camera; the thresholds were set on the
 * fake-camera clips and are options so a hall's camera can be tuned.
 */
import { meanAbsoluteDifference, type GreyFrame } from './greyFrame';
import { findPageOutline, type PageOutline } from './pageOutline';
import { measurePage, skinShare, type PageAppearance } from './pageAppearance';
import { pageSize, warpQuad, type Raster } from './perspectiveWarp';
import { distance, isConvex, type Quad } from './quad';

export interface DocumentCheckOptions {
  /** Mean absolute difference to the previous frame above which the page is "moving". */
  maxMotion: number;
  /** Variance of the Laplacian inside the page below which the frame is "blurry". */
  minSharpness: number;
  /** Share of saturated pixels on a page whose paper is not itself saturated, above which there is glare. */
  maxGlare: number;
  /** Share of the frame the page's outline must cover. */
  minCoverage: number;
  /** How far (share of the frame's half-diagonal) the page's centre may sit from the frame's. */
  maxOffCentre: number;
  /** Region area / outline area below which the shape is not a page. */
  minFill: number;
  /** Largest RMS distance (analysis pixels) of an edge's outline from a straight line. */
  maxEdgeWobble: number;
  /** Share of nearly colourless pixels a page must have (paper and print). */
  minNeutral: number;
  /** Share of skin-coloured pixels above which it is a face or a hand, not a page. */
  maxSkin: number;
  /** Consecutive good frames before the photo is taken. */
  steadyFrames: number;
  /** How far (share of the frame's width) a corner may move between the last checked frame and the photographed one. */
  maxCornerShift: number;
}

export const defaultDocumentCheckOptions: DocumentCheckOptions = {
  maxMotion: 6,
  minSharpness: 60,
  maxGlare: 0.04,
  minCoverage: 0.3,
  maxOffCentre: 0.18,
  minFill: 0.9,
  maxEdgeWobble: 1.5,
  minNeutral: 0.6,
  maxSkin: 0.1,
  steadyFrames: 4,
  maxCornerShift: 0.03,
};

export type DocumentGuidance = 'noPage' | 'notDocument' | 'cutOff' | 'small' | 'offCentre' | 'glare' | 'moving' | 'blurry' | 'ready';

export interface FrameVerdict {
  guidance: DocumentGuidance;
  /** The page's outline in frame pixels when one was found (also for a shape refused as a page). */
  outline: PageOutline | null;
  sharpness: number;
  motion: number;
  glare: number;
  coverage: number;
}

/** A colour twin of the grey frame (RGBA, same size) lets the checks tell paper from skin. */
export interface AnalysisFrame extends GreyFrame {
  rgba?: Uint8ClampedArray;
}

/** The page cut out at the analysis size: enough for sharpness and colour, cheap every frame. */
const LOOK_SIDE = 200;

/** One frame's verdict, the first problem first (the citizen fixes one thing at a time). */
export function judgeFrame(frame: AnalysisFrame, previous: GreyFrame | null, o: DocumentCheckOptions = defaultDocumentCheckOptions): FrameVerdict {
  const motion = previous ? meanAbsoluteDifference(frame, previous) : Infinity;
  const outline = findPageOutline(frame);
  const look = outline ? lookAt(frame, outline) : null;
  const verdict = (guidance: DocumentGuidance): FrameVerdict => ({
    guidance,
    outline,
    sharpness: look?.sharpness ?? 0,
    motion,
    glare: look?.glare ?? 0,
    coverage: outline?.coverage ?? 0,
  });
  // A face or hands filling the view may leave the brightest region elsewhere (a wall behind): skin anywhere counts.
  if (frame.rgba && skinShare(frame.rgba, frame.width) > o.maxSkin) return verdict('notDocument');
  if (!outline) return verdict('noPage');
  if (!look) return verdict('notDocument');
  if ((look.skin ?? 0) > o.maxSkin || (look.neutral ?? 1) < o.minNeutral) return verdict('notDocument');
  // Before the shape: a page running off the frame loses its straight edge there (text lines reach the border).
  if (outline.touchesBorder) return verdict(outline.coverage > 0.6 ? 'cutOff' : 'offCentre');
  if (!isPageShape(outline, o)) return verdict('notDocument');
  if (outline.coverage < o.minCoverage) return verdict('small');
  if (outline.offCentre > o.maxOffCentre) return verdict('offCentre');
  if (look.glare > o.maxGlare) return verdict('glare');
  if (motion > o.maxMotion) return verdict('moving');
  if (look.sharpness < o.minSharpness) return verdict('blurry');
  return verdict('ready');
}

/** Four straight edges around a region that fills them: a page, not a face or a hand. */
export function isPageShape(outline: PageOutline, o: DocumentCheckOptions = defaultDocumentCheckOptions): boolean {
  // A region far beyond its quad is a rounded blob that the corners cut through.
  return outline.fill >= o.minFill && outline.fill <= 2 - o.minFill && outline.edgeWobble <= o.maxEdgeWobble && isConvex(outline.corners);
}

/**
 * Auto-capture takes a newer frame than the one judged ready: the page must still be whole and
 * where it was judged, or the photo could be a hand, the page half out, or the empty desk.
 */
export function stillInPlace(found: PageOutline | null, judged: Quad, frameWidth: number, o: DocumentCheckOptions = defaultDocumentCheckOptions): boolean {
  if (!found || found.touchesBorder || !isPageShape(found, o)) return false;
  return found.corners.every((corner, i) => distance(corner, judged[i]!) <= o.maxCornerShift * frameWidth);
}

function lookAt(frame: AnalysisFrame, outline: PageOutline): PageAppearance | null {
  if (!isConvex(outline.corners)) return null;
  const { width, height } = pageSize(outline.corners, LOOK_SIDE);
  if (width < 8 || height < 8) return null;
  const grey = warpQuad({ width: frame.width, height: frame.height, channels: 1, data: frame.data }, outline.corners, width, height, false);
  const colour: Raster | undefined = frame.rgba
    ? warpQuad({ width: frame.width, height: frame.height, channels: 4, data: frame.rgba }, outline.corners, width, height, false)
    : undefined;
  return measurePage({ width, height, data: grey.data as Uint8Array }, outline.threshold, colour);
}

/** Counts consecutive 'ready' frames; true once the page has been steady and sharp long enough. */
export class SteadyCounter {
  private run = 0;
  constructor(private readonly needed = defaultDocumentCheckOptions.steadyFrames) {}
  push(verdict: Pick<FrameVerdict, 'guidance'>): boolean {
    this.run = verdict.guidance === 'ready' ? this.run + 1 : 0;
    return this.run >= this.needed;
  }
  reset(): void {
    this.run = 0;
  }
}
