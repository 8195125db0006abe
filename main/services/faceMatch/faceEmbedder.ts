import { createRequire } from 'node:module';
import path from 'node:path';
import type * as FaceApiModule from '@vladmandic/face-api/dist/face-api.node-wasm.js';
import type { RgbImage } from './rgbImage';

/** The model behind every embedding, named in each match result so a score can be traced to it. */
export const FACE_EMBEDDING_MODEL = 'face-api 1.7.15 face_recognition_model (128-d), ssd_mobilenetv1 + landmark_68 alignment, tfjs-wasm 4.22.0';

/** The face found in an image and its embedding (L2-normalised, so a dot product is the cosine). */
export interface FaceEmbedding {
  vector: Float32Array;
  /** The detector's confidence in the face the embedding is of. */
  detectionScore: number;
}

export interface FaceEmbedder {
  /** The embedding of the most confident face, or null when the image holds none. */
  embed(image: RgbImage): Promise<FaceEmbedding | null>;
  /** Loads the runtime and models now, so the first citizen does not wait for them. */
  warmUp(): Promise<void>;
}

type FaceApi = typeof FaceApiModule;

function normalised(descriptor: Float32Array): Float32Array {
  let norm = 0;
  for (const v of descriptor) norm += v * v;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return descriptor.map((v) => v * scale);
}

/**
 * The face recognition network that ships inside the `@vladmandic/face-api` package (weights in its
 * `model/` folder), run on TensorFlow.js's WebAssembly backend: nothing is downloaded and no native
 * binary is needed. The face is found and aligned on its 68 landmarks before the embedding, as the
 * network expects. Loaded on first use (or `warmUp`), then kept.
 */
export function createFaceEmbedder(options: { minDetectionScore?: number } = {}): FaceEmbedder {
  const minConfidence = options.minDetectionScore ?? 0.3;
  let loading: Promise<FaceApi> | undefined;

  const load = (): Promise<FaceApi> => {
    loading ??= (async () => {
      const require = createRequire(import.meta.url);
      const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js') as FaceApi;
      // The bundle's typings leave out the backend calls of the TensorFlow.js it re-exports.
      const tf = faceapi.tf as unknown as { setBackend(name: string): Promise<boolean>; ready(): Promise<void> };
      await tf.setBackend('wasm');
      await tf.ready();
      const modelDir = path.join(path.dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
      await faceapi.nets.ssdMobilenetv1.loadFromDisk(modelDir);
      await faceapi.nets.faceLandmark68Net.loadFromDisk(modelDir);
      await faceapi.nets.faceRecognitionNet.loadFromDisk(modelDir);
      return faceapi;
    })();
    // A failed load is retried on the next call rather than remembered.
    loading.catch(() => (loading = undefined));
    return loading;
  };

  return {
    async embed(image) {
      const faceapi = await load();
      const tensor = faceapi.tf.tensor3d(image.data, [image.height, image.width, 3], 'int32');
      try {
        const found = await faceapi
          .detectSingleFace(tensor as never, new faceapi.SsdMobilenetv1Options({ minConfidence }))
          .withFaceLandmarks()
          .withFaceDescriptor();
        return found ? { vector: normalised(found.descriptor), detectionScore: found.detection.score } : null;
      } finally {
        tensor.dispose();
      }
    },
    async warmUp() {
      await load();
    },
  };
}
