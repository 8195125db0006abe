import type { PixelFrame } from '../frameQuality';
import type { DetectedFace } from '../types';
import type { PresentationCues } from './presentationCues';
import { measurePresentationCues } from './presentationCues';

export interface CueRequest {
  id: number;
  data: ArrayBuffer;
  width: number;
  height: number;
  face: DetectedFace;
}

export interface CueReply {
  id: number;
  cues: PresentationCues;
  ms: number;
}

export interface MeasuredCues {
  cues: PresentationCues;
  /** Time the measurement took where it ran. */
  ms: number;
}

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (reply: CueReply) => void>();

/** One worker for the app's life, shared by every capture (captures may end without a goodbye). */
function cueWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    worker = new Worker(new URL('./presentationCueWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<CueReply>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
  }
  return worker;
}

/**
 * Measures the cues of a frame copy in the cue worker (the pixels are copied, so the caller's
 * frame may be reused at once); where there are no workers (unit tests) it measures in place.
 */
export function measureCuesOffThread(pixels: PixelFrame, face: DetectedFace): Promise<MeasuredCues> {
  const w = cueWorker();
  if (!w) {
    const t0 = performance.now();
    const cues = measurePresentationCues(pixels, face);
    return Promise.resolve({ cues, ms: performance.now() - t0 });
  }
  const data = new Uint8ClampedArray(pixels.data).buffer;
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, (reply) => resolve({ cues: reply.cues, ms: reply.ms }));
    w.postMessage({ id, data, width: pixels.width, height: pixels.height, face } satisfies CueRequest, [data]);
  });
}
