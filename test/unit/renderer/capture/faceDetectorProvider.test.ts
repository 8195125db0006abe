import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FacePipeline } from '../../../../renderer/capture/face/facePipeline';
import {
  configureFaceDetector,
  FACE_DETECTOR_ASSETS,
  FACE_PIPELINE_ASSETS,
  getFaceDetector,
  warmUpFaceDetector,
} from '../../../../renderer/capture/faceDetectorProvider';

const detector = (): FacePipeline => ({ delegate: 'CPU', warmUpMs: { detector: 0, mesh: 0 }, analyse: vi.fn(), close: vi.fn() });

afterEach(() => configureFaceDetector({ factory: async () => detector() }));

describe('faceDetectorProvider', () => {
  it('loads from the app origin only', () => {
    expect(FACE_DETECTOR_ASSETS).toEqual({ wasmBaseUrl: '/mediapipe/wasm', modelUrl: '/models/face_detection_short_range.tflite' });
    expect(FACE_PIPELINE_ASSETS).toEqual({ ...FACE_DETECTOR_ASSETS, meshBaseUrl: '/mediapipe/face_mesh' });
  });

  it('creates the detector once: warm-up at start, the same instance for every face step', async () => {
    const factory = vi.fn(async () => detector());
    configureFaceDetector({ factory });
    warmUpFaceDetector();
    warmUpFaceDetector();
    const a = await getFaceDetector();
    const b = await getFaceDetector();
    expect(a).toBe(b);
    expect(factory).toHaveBeenCalledTimes(1);
    expect(factory).toHaveBeenCalledWith(FACE_PIPELINE_ASSETS);
  });

  it('does not cache a failure: the next step tries again', async () => {
    const factory = vi.fn().mockRejectedValueOnce(new Error('wasm missing')).mockResolvedValue(detector());
    configureFaceDetector({ factory });
    warmUpFaceDetector(); // swallows the failure (no unhandled rejection)
    await expect(getFaceDetector()).rejects.toThrow('wasm missing');
    await expect(getFaceDetector()).resolves.toBeDefined();
    expect(factory).toHaveBeenCalledTimes(2);
  });

  it('closes the old detector when reconfigured', async () => {
    const first = detector();
    configureFaceDetector({ factory: async () => first });
    await getFaceDetector();
    configureFaceDetector({ factory: async () => detector() });
    await Promise.resolve();
    await Promise.resolve();
    expect(first.close).toHaveBeenCalled();
  });
});
