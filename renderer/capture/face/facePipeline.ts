import type { FaceDetectorConfig } from './faceDetector';
import type { FaceLandmarks, Landmark } from './frameAnalyser';
import type { PixelFrame } from './frameQuality';
import type { DetectorWorkerReply, DetectorWorkerRequest, MeshWorkerReply, MeshWorkerRequest } from './faceWorkerProtocol';
import type { FrameDetection } from './types';

export interface FacePipelineConfig extends FaceDetectorConfig {
  /** Directory URL of the face-mesh solution's files on the app's own origin; omit to run without landmarks. */
  meshBaseUrl?: string;
}

/** One camera frame after the workers looked at it. */
export interface FrameAnalysis {
  detection: FrameDetection;
  /** The ~`pixelWidth` wide RGBA copy, made only when exactly one face was found. */
  pixels: PixelFrame | null;
  landmarks: FaceLandmarks | null;
  /** The analysed frame itself, for keeping a crop of it; the caller closes it. */
  frame: ImageBitmap;
  detectMs: number;
  meshMs: number | null;
}

/**
 * The face detector and face mesh, each in its own worker: creating them (wasm compile, graph,
 * first inference) and every frame's inference run off the page's thread, and the two models
 * work on the same frame at the same time. The page only grabs the frame (an ImageBitmap,
 * transferred without a copy) and runs the cheap checks on the answers.
 */
export interface FacePipeline {
  readonly delegate: 'CPU' | 'GPU';
  /** Creation and warm-up time inside each worker (off the page's thread). */
  readonly warmUpMs: { detector: number; mesh: number | null };
  /**
   * `withMesh`: also run the face mesh on this frame, when the pipeline has one and the mesh is
   * free. The mesh takes about twice the detector's time, so while it works on one frame the
   * detector goes on with the next ones alone (their `landmarks` are null): the detector keeps
   * the camera's rate and the mesh gives what it can, about every other frame.
   */
  analyse(video: HTMLVideoElement, timestampMs: number, pixelWidth: number, withMesh?: boolean): Promise<FrameAnalysis>;
  close(): void;
}

type Waiter<T> = { resolve(value: T): void; reject(error: Error): void };

/** Request/answer over one worker, answers matched by frame id. */
class WorkerLink<Request extends { type: string }, Reply extends { type: string }> {
  private readonly waiting = new Map<number, Waiter<Reply>>();
  private nextId = 1;
  private ready: Waiter<Reply> | null = null;

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      if (reply.type === 'ready' || reply.type === 'initFailed') {
        const waiter = this.ready;
        this.ready = null;
        if (reply.type === 'ready') waiter?.resolve(reply);
        else waiter?.reject(new Error((reply as unknown as { message: string }).message));
        return;
      }
      const id = (reply as unknown as { id: number }).id;
      this.waiting.get(id)?.resolve(reply);
      this.waiting.delete(id);
    };
    // A worker whose script fails to load or throws outside a message answers nothing again.
    worker.onerror = (event) => this.failAll(new Error(event.message || 'face worker failed'));
  }

  init(request: Request): Promise<Reply> {
    return new Promise((resolve, reject) => {
      this.ready = { resolve, reject };
      this.worker.postMessage(request);
    });
  }

  frame(build: (id: number) => { request: Request; transfer: Transferable[] }): Promise<Reply> {
    const id = this.nextId++;
    const { request, transfer } = build(id);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage(request, transfer);
    });
  }

  close(request: Request): void {
    this.worker.postMessage(request);
    this.failAll(new Error('face pipeline closed'));
  }

  private failAll(error: Error): void {
    this.ready?.reject(error);
    this.ready = null;
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }
}

function toLandmarks(points: Float32Array): Landmark[] {
  const out: Landmark[] = new Array(points.length / 3);
  for (let i = 0; i < out.length; i++) out[i] = { x: points[i * 3] ?? 0, y: points[i * 3 + 1] ?? 0, z: points[i * 3 + 2] ?? 0 };
  return out;
}

export async function createFacePipeline(config: FacePipelineConfig): Promise<FacePipeline> {
  const { meshBaseUrl, ...detectorConfig } = config;
  const detector = new WorkerLink<DetectorWorkerRequest, DetectorWorkerReply>(
    new Worker(new URL('./faceDetectorWorker.ts', import.meta.url), { type: 'module' }),
  );
  const mesh = meshBaseUrl ? new WorkerLink<MeshWorkerRequest, MeshWorkerReply>(new Worker(new URL('./faceMeshWorker.ts', import.meta.url))) : null;
  const closeAll = () => {
    detector.close({ type: 'close' });
    mesh?.close({ type: 'close' });
  };
  let detectorReady: DetectorWorkerReply;
  let meshReady: MeshWorkerReply | null;
  try {
    [detectorReady, meshReady] = await Promise.all([
      detector.init({ type: 'init', config: detectorConfig }),
      mesh && meshBaseUrl ? mesh.init({ type: 'init', baseUrl: new URL(meshBaseUrl, location.href).href }) : Promise.resolve(null),
    ]);
  } catch (e) {
    closeAll();
    throw e;
  }
  if (detectorReady.type !== 'ready') throw new Error('face detector did not start');
  let meshBusy = false;

  return {
    delegate: detectorReady.delegate,
    warmUpMs: { detector: detectorReady.warmUpMs, mesh: meshReady?.type === 'ready' ? meshReady.warmUpMs : null },
    async analyse(video, timestampMs, pixelWidth, withMesh = true) {
      const meshThis = mesh !== null && withMesh && !meshBusy;
      if (meshThis) meshBusy = true;
      // Both grabs in one task: the same camera frame for both models.
      const grabs = [createImageBitmap(video), meshThis ? createImageBitmap(video) : null] as const;
      const [forDetector, forMesh] = await Promise.all(grabs).catch((e: unknown) => {
        if (meshThis) meshBusy = false;
        throw e;
      });
      const detected = detector.frame((id) => ({ request: { type: 'frame', id, bitmap: forDetector, timestampMs, pixelWidth }, transfer: [forDetector] }));
      const meshed =
        mesh && forMesh
          ? mesh.frame((id) => ({ request: { type: 'frame', id, bitmap: forMesh }, transfer: [forMesh] })).finally(() => (meshBusy = false))
          : null;
      const [d, m] = await Promise.all([detected, meshed]);
      if (d.type === 'frameFailed') {
        d.bitmap.close();
        throw new Error(d.message);
      }
      if (d.type !== 'frame') throw new Error('unexpected face detector answer');
      const landmarks = m?.type === 'frame' && m.points ? toLandmarks(m.points) : null;
      return {
        detection: d.detection,
        pixels: d.pixels,
        landmarks,
        frame: d.bitmap,
        detectMs: d.detectMs,
        meshMs: m?.type === 'frame' ? m.meshMs : null,
      };
    },
    close: closeAll,
  };
}
