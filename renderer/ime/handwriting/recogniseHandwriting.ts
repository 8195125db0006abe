import type { RecogniseReply, RecogniseRequest } from './handwritingWorker';
import type { Handwriting } from './strokeFeatures';

/** Candidates offered for one written character. */
const CANDIDATES = 10;

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (candidates: string[]) => void; reject: (error: Error) => void }>();

function start(): Worker {
  const created = new Worker(new URL('./handwritingWorker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<RecogniseReply>) => {
    const reply = event.data;
    const request = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ('error' in reply) request?.reject(new Error(reply.error));
    else request?.resolve(reply.candidates);
  };
  return created;
}

/**
 * The characters the handwriting looks like, best first. The worker (and with it the model) starts
 * on the first call, so a kiosk where nobody writes never loads the model.
 */
export function recogniseHandwriting(handwriting: Handwriting): Promise<string[]> {
  worker ??= start();
  const id = nextId++;
  const request: RecogniseRequest = { id, handwriting, count: CANDIDATES };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    (worker as Worker).postMessage(request);
  });
}
