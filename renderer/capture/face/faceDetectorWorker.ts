/**
 * Worker: the BlazeFace detector (tasks-vision) and the small pixel copy for the light and
 * sharpness checks, off the page's thread, so neither its warm-up nor a frame's inference delays
 * a tap. Started by facePipeline.ts as a module worker; speaks faceWorkerProtocol.ts.
 */
import { createFaceDetector } from './faceDetector';
import type { KioskFaceDetector } from './faceDetector';
import type { DetectorWorkerReply, DetectorWorkerRequest } from './faceWorkerProtocol';
import { errorMessage, workerScope } from './workerScope';

const scope = workerScope<DetectorWorkerRequest, DetectorWorkerReply>();
let detector: KioskFaceDetector | null = null;
let canvas: OffscreenCanvas | null = null;
let ctx: OffscreenCanvasRenderingContext2D | null = null;

const reply = (message: DetectorWorkerReply, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

function pixelCopy(bitmap: ImageBitmap, width: number): ImageData | null {
  const height = Math.round((width * bitmap.height) / bitmap.width);
  if (!canvas || canvas.width !== width || canvas.height !== height) {
    canvas = new OffscreenCanvas(width, height);
    ctx = canvas.getContext('2d', { willReadFrequently: true });
  }
  if (!ctx) return null;
  ctx.drawImage(bitmap, 0, 0, width, height);
  return ctx.getImageData(0, 0, width, height);
}

scope.onmessage = async (event: MessageEvent<DetectorWorkerRequest>) => {
  const m = event.data;
  if (m.type === 'init') {
    try {
      const t0 = performance.now();
      detector = await createFaceDetector({ ...m.config, moduleLoader: true });
      reply({ type: 'ready', delegate: detector.delegate, warmUpMs: performance.now() - t0 });
    } catch (e) {
      reply({ type: 'initFailed', message: errorMessage(e) });
    }
  } else if (m.type === 'frame') {
    try {
      if (!detector) throw new Error('detector not ready');
      const t0 = performance.now();
      const detection = detector.detect(m.bitmap, m.timestampMs);
      const detectMs = performance.now() - t0;
      // Only a single face is judged on light and sharpness, so only then is the copy worth making.
      const pixels = detection.faces.length === 1 ? pixelCopy(m.bitmap, m.pixelWidth) : null;
      const plain = pixels ? { data: pixels.data, width: pixels.width, height: pixels.height } : null;
      reply({ type: 'frame', id: m.id, detection, pixels: plain, bitmap: m.bitmap, detectMs }, pixels ? [m.bitmap, pixels.data.buffer] : [m.bitmap]);
    } catch (e) {
      reply({ type: 'frameFailed', id: m.id, message: errorMessage(e), bitmap: m.bitmap }, [m.bitmap]);
    }
  } else {
    detector?.close();
    detector = null;
    scope.close();
  }
};
