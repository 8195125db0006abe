import type { DocumentWorkerReply, DocumentWorkerRequest } from './documentWorker';
import type { Quad } from './quad';

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
    return (await this.send({ kind: 'frame', id: this.nextId++, frame })) as Verdict;
  }

  /**
   * The photo from one full-size frame: cut to the page and upright when a page shows. With the
   * corners judged ready (an auto-capture), null when the page is no longer there.
   */
  async photograph(frame: ImageBitmap, judged: Quad | null = null): Promise<Photo | null> {
    const reply = await this.send({ kind: 'photo', id: this.nextId++, frame, judged });
    return reply.kind === 'photo' ? reply : null;
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

  private send(request: Extract<DocumentWorkerRequest, { frame: ImageBitmap }>): Promise<DocumentWorkerReply> {
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { resolve, reject });
      this.worker.postMessage(request, [request.frame]);
    });
  }
}
