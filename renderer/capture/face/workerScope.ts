/**
 * The parts of a dedicated worker's global scope the face workers use (the renderer is typed with
 * the DOM library, which does not describe workers).
 */
export interface FaceWorkerScope<Request, Reply> {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: Reply, transfer: Transferable[]): void;
  importScripts(...urls: string[]): void;
  close(): void;
}

export function workerScope<Request, Reply>(): FaceWorkerScope<Request, Reply> {
  return self as unknown as FaceWorkerScope<Request, Reply>;
}

export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
