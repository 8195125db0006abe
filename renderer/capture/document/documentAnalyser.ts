import type { DocumentWorkerReply, DocumentWorkerRequest } from './documentWorker';

type Verdict = Extract<DocumentWorkerReply, { kind: 'verdict' }>;
type Photo = Extract<DocumentWorkerReply, { kind: 'photo' }>;

/**
 * The UI side of the document worker: hands it frames (as transferable bitmaps) and resolves each
 * with its reply. One worker per camera screen, ended with it.
 */
export class DocumentAnalyser {
  private readonly worker = new Worker(new URL('./documentWorker.ts', import.meta.url), { type: 'module' });
  private readonly waiting = new Map<number, { resolve: (reply: DocumentWorkerReply) => void; reject: (error: Error) => void }>();
  private nextId = 0;

  constructor() {
    this.worker.onmessage = (event: MessageEvent<DocumentWorkerReply>) => {
      const reply = event.data;
      const request = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.kind === 'failed') request?.reject(new Error(reply.error));
      else request?.resolve(reply);
    };
  }

  /** The verdict on one preview frame (already scaled down to the analysis width). */
  async judge(frame: ImageBitmap): Promise<Verdict> {
    return (await this.send('frame', frame)) as Verdict;
  }

  /** The photo from one full-size frame: cut to the page and upright when a page shows. */
  async photograph(frame: ImageBitmap): Promise<Photo> {
    return (await this.send('photo', frame)) as Photo;
  }

  /** Forget the previous frame (motion starts afresh after a retake). */
  reset(): void {
    this.worker.postMessage({ kind: 'reset' } satisfies DocumentWorkerRequest);
  }

  end(): void {
    this.worker.terminate();
    for (const { reject } of this.waiting.values()) reject(new Error('document camera closed'));
    this.waiting.clear();
  }

  private send(kind: 'frame' | 'photo', frame: ImageBitmap): Promise<DocumentWorkerReply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ kind, id, frame } satisfies DocumentWorkerRequest, [frame]);
    });
  }
}
