/**
 * Worker: the presentation-attack cues of one frame's pixel copy, off the page's thread. Started
 * once by presentationCueLink.ts as a module worker.
 */
import type { CueReply, CueRequest } from './presentationCueLink';
import { measurePresentationCues } from './presentationCues';

/** The worker global's two members used here (the renderer is typed with the DOM library, not the worker's). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<CueRequest>) => void) | null; postMessage(message: CueReply): void };

scope.onmessage = (event) => {
  const { id, data, width, height, face } = event.data;
  const t0 = performance.now();
  const cues = measurePresentationCues({ data: new Uint8ClampedArray(data), width, height }, face);
  scope.postMessage({ id, cues, ms: performance.now() - t0 });
};
