import { isPageShape, judgeFrame, stillInPlace, type FrameVerdict } from './documentQuality';
import { toGrey, type GreyFrame } from './greyFrame';
import { findPageOutline } from './pageOutline';
import { pageSize, warpQuad } from './perspectiveWarp';
import { scaleQuad, type Quad } from './quad';

/**
 * The document camera's checks and its photo, off the UI thread: each small frame gets a verdict
 * (a few milliseconds), and the photo is cut to the page, made upright and encoded here (tens of
 * milliseconds at 1280×720), so the preview and the buttons never stall.
 */

/** Frames arrive this wide (height by the camera's aspect); the outline is found at this size. */
export const ANALYSIS_WIDTH = 320;
/** The photo's longer side at most (a document camera's full frame is already about this). */
const PHOTO_MAX_SIDE = 2000;

/** A photo request names the corners judged ready (analysis pixels) when it is an auto-capture. */
export type DocumentWorkerRequest =
  { kind: 'frame'; id: number; frame: ImageBitmap } | { kind: 'photo'; id: number; frame: ImageBitmap; judged: Quad | null } | { kind: 'reset' };

export type DocumentWorkerReply =
  | { kind: 'verdict'; id: number; verdict: Omit<FrameVerdict, 'outline'> & { corners: Quad | null }; width: number; height: number; ms: number }
  | { kind: 'photo'; id: number; jpeg: Blob; width: number; height: number; corners: Quad | null; ms: number }
  | { kind: 'moved'; id: number }
  | { kind: 'failed'; id: number; error: string };

const scope = self as unknown as { onmessage: ((event: MessageEvent<DocumentWorkerRequest>) => void) | null; postMessage(reply: DocumentWorkerReply): void };

let previous: GreyFrame | null = null;

/** The analysis canvas is kept between frames (a new one each time costs more than the checks). */
let analysisCanvas: OffscreenCanvasRenderingContext2D | null = null;

function pixels(bitmap: ImageBitmap, width: number, height: number): ImageData {
  let ctx = width === ANALYSIS_WIDTH ? analysisCanvas : null;
  if (!ctx || ctx.canvas.height !== height) {
    ctx = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d context in the worker');
    if (width === ANALYSIS_WIDTH) analysisCanvas = ctx;
  }
  ctx.drawImage(bitmap, 0, 0, width, height);
  return ctx.getImageData(0, 0, width, height);
}

function analyse(id: number, bitmap: ImageBitmap): DocumentWorkerReply {
  const started = performance.now();
  const height = Math.round((ANALYSIS_WIDTH * bitmap.height) / bitmap.width);
  const image = pixels(bitmap, ANALYSIS_WIDTH, height);
  bitmap.close();
  const grey = toGrey(image.data, ANALYSIS_WIDTH, height);
  const { outline, ...verdict } = judgeFrame({ ...grey, rgba: image.data }, previous);
  previous = grey;
  return { kind: 'verdict', id, verdict: { ...verdict, corners: outline?.corners ?? null }, width: ANALYSIS_WIDTH, height, ms: performance.now() - started };
}

/**
 * The photo: the page found again on this very frame, cut out and made upright; the whole frame
 * when no page shows (a citizen's own press). An auto-capture whose page has gone or moved since
 * it was judged is 'moved', and the checks go on.
 */
async function photograph(id: number, bitmap: ImageBitmap, judged: Quad | null): Promise<DocumentWorkerReply> {
  const started = performance.now();
  const full = pixels(bitmap, bitmap.width, bitmap.height);
  const smallHeight = Math.round((ANALYSIS_WIDTH * bitmap.height) / bitmap.width);
  const small = pixels(bitmap, ANALYSIS_WIDTH, smallHeight);
  bitmap.close();
  const outline = findPageOutline(toGrey(small.data, ANALYSIS_WIDTH, smallHeight));
  if (judged && !stillInPlace(outline, judged, ANALYSIS_WIDTH)) return { kind: 'moved', id };
  let out = full;
  let corners: Quad | null = null;
  if (outline && !outline.touchesBorder && isPageShape(outline)) {
    corners = scaleQuad(outline.corners, full.width / ANALYSIS_WIDTH, full.height / smallHeight);
    const size = pageSize(corners, PHOTO_MAX_SIDE);
    const page = warpQuad({ width: full.width, height: full.height, channels: 4, data: full.data }, corners, size.width, size.height);
    out = new ImageData(page.data as Uint8ClampedArray<ArrayBuffer>, size.width, size.height);
  }
  const canvas = new OffscreenCanvas(out.width, out.height);
  canvas.getContext('2d')?.putImageData(out, 0, 0);
  const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return { kind: 'photo', id, jpeg, width: out.width, height: out.height, corners, ms: performance.now() - started };
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === 'reset') {
    previous = null;
    return;
  }
  const work =
    request.kind === 'frame' ? Promise.resolve().then(() => analyse(request.id, request.frame)) : photograph(request.id, request.frame, request.judged);
  work.then(
    (reply) => scope.postMessage(reply),
    (error: unknown) => scope.postMessage({ kind: 'failed', id: request.id, error: String(error) }),
  );
};
