/**
 * Worker: the face-mesh solution (@mediapipe/face_mesh, 478 landmarks with iris refinement) for
 * the blink and open-mouth challenges, off the page's thread. Started by facePipeline.ts; speaks
 * faceWorkerProtocol.ts.
 *
 * The legacy solution has a worker path, but it never creates the WebGL context its frame upload
 * uses, so sending a frame fails. Its page path works in a worker given the three things it
 * touches: `window`, a `<script>` element (loaded here with importScripts) and a `<canvas>`
 * (an OffscreenCanvas). Inference runs on the CPU (useCpuInference): on software WebGL the GPU
 * path is ten times slower. Its confidence options are left alone: setting them aborts its wasm.
 *
 * A classic worker (the solution loads its scripts with importScripts), so this file has no
 * run-time imports: Vite's dev server serves a worker file as it is, unbundled.
 */
import type { MeshWorkerReply, MeshWorkerRequest } from './faceWorkerProtocol';
import type { FaceWorkerScope } from './workerScope';

interface MeshResults {
  multiFaceLandmarks?: { x: number; y: number; z: number }[][];
}
interface LegacyFaceMesh {
  setOptions(options: Record<string, unknown>): void;
  onResults(listener: (results: MeshResults) => void): void;
  initialize(): Promise<void>;
  send(input: { image: ImageBitmap | OffscreenCanvas }): Promise<void>;
  close(): Promise<void>;
}

const scope = self as unknown as FaceWorkerScope<MeshWorkerRequest, MeshWorkerReply>;
const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const WARM_UP_SIZE = { width: 640, height: 480 };

function scriptElement() {
  const listeners: Record<string, () => void> = {};
  const element = {
    src: '',
    setAttribute(name: string, value: string) {
      if (name === 'src') element.src = value;
    },
    addEventListener(type: string, listener: () => void) {
      listeners[type] = listener;
    },
    load() {
      try {
        scope.importScripts(element.src);
        listeners.load?.();
      } catch {
        listeners.error?.();
      }
    },
  };
  return element;
}

/** Lets the solution take its page path inside this worker. */
function installPageShim(): void {
  const g = self as unknown as Record<string, unknown>;
  g.window = self;
  g.document = {
    createElement: (tag: string) => (tag === 'canvas' ? new OffscreenCanvas(1, 1) : scriptElement()),
    body: { appendChild: (el: { load(): void }) => el.load() },
  };
}

let mesh: LegacyFaceMesh | null = null;
let pending: ((results: MeshResults) => void) | null = null;

async function run(image: ImageBitmap | OffscreenCanvas): Promise<MeshResults> {
  const m = mesh;
  if (!m) throw new Error('face mesh not ready');
  const results = new Promise<MeshResults>((resolve) => (pending = resolve));
  await m.send({ image });
  return results;
}

async function init(baseUrl: string): Promise<void> {
  installPageShim();
  scope.importScripts(`${baseUrl}/face_mesh.js`);
  const FaceMesh = (self as unknown as { FaceMesh: new (config: { locateFile(file: string): string }) => LegacyFaceMesh }).FaceMesh;
  mesh = new FaceMesh({ locateFile: (file) => `${baseUrl}/${file}` });
  mesh.setOptions({ maxNumFaces: 1, refineLandmarks: true, useCpuInference: true, selfieMode: false });
  mesh.onResults((results) => {
    const resolve = pending;
    pending = null;
    resolve?.(results);
  });
  await mesh.initialize();
  // The first frame builds the graph's buffers: pay for it now rather than on a citizen's frame.
  await run(new OffscreenCanvas(WARM_UP_SIZE.width, WARM_UP_SIZE.height));
}

let queue: Promise<void> = Promise.resolve();

async function meshFrame(m: Extract<MeshWorkerRequest, { type: 'frame' }>): Promise<void> {
  try {
    const t0 = performance.now();
    const results = await run(m.bitmap);
    const face = results.multiFaceLandmarks?.[0];
    let points: Float32Array | null = null;
    if (face) {
      // Normalised to the frame; z is on the x scale.
      points = new Float32Array(face.length * 3);
      face.forEach((p, i) => points?.set([p.x * m.bitmap.width, p.y * m.bitmap.height, p.z * m.bitmap.width], i * 3));
    }
    const meshMs = performance.now() - t0;
    scope.postMessage({ type: 'frame', id: m.id, points, meshMs }, points ? [points.buffer] : []);
  } catch (e) {
    scope.postMessage({ type: 'frameFailed', id: m.id, message: errorMessage(e) }, []);
  } finally {
    m.bitmap.close();
  }
}

scope.onmessage = async (event: MessageEvent<MeshWorkerRequest>) => {
  const m = event.data;
  if (m.type === 'init') {
    const t0 = performance.now();
    try {
      await init(m.baseUrl);
      scope.postMessage({ type: 'ready', warmUpMs: performance.now() - t0 }, []);
    } catch (e) {
      scope.postMessage({ type: 'initFailed', message: errorMessage(e) }, []);
    }
  } else if (m.type === 'frame') {
    // One frame at a time: the solution answers through a single results listener.
    queue = queue.then(() => meshFrame(m));
  } else {
    void mesh?.close();
    mesh = null;
    scope.close();
  }
};
