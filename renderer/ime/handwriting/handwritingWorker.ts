import { HandwritingModel } from './handwritingModel';
import type { Handwriting } from './strokeFeatures';

/**
 * Recognises handwriting off the UI thread: scoring 6763 characters takes tens of milliseconds and
 * the model's first load more. Served from the app's own origin; written at build time.
 */
const MODEL_URL = '/ime/handwriting-zh_CN.bin';

export interface RecogniseRequest {
  id: number;
  handwriting: Handwriting;
  count: number;
}

export type RecogniseReply = { id: number; candidates: string[] } | { id: number; error: string };

/** The worker's own global scope, typed by what it uses (the renderer's types describe a window). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<RecogniseRequest>) => void) | null; postMessage(reply: RecogniseReply): void };

let model: Promise<HandwritingModel> | undefined;

scope.onmessage = (event) => {
  const { id, handwriting, count } = event.data;
  model ??= fetch(MODEL_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`handwriting model: HTTP ${response.status}`);
      return response.arrayBuffer();
    })
    .then((buffer) => HandwritingModel.parse(buffer));
  model.then(
    (loaded) => scope.postMessage({ id, candidates: loaded.recognise(handwriting, count).map((c) => c.text) }),
    (error: unknown) => {
      model = undefined;
      scope.postMessage({ id, error: String(error) });
    },
  );
};
