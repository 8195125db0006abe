import { describe, expect, it, vi } from 'vitest';
import { BestFrame } from '../../../../../renderer/capture/face/bestFrame';
import { FaceCaptureSession } from '../../../../../renderer/capture/face/faceCaptureSession';
import type { FacePipeline } from '../../../../../renderer/capture/face/facePipeline';
import { startFaceFrameLoop } from '../../../../../renderer/capture/face/faceFrameLoop';

/** A video element's frame callbacks, fired by the test one camera frame at a time. */
function fakeVideo() {
  const callbacks = new Map<number, (now: number) => void>();
  let next = 1;
  let clock = 0;
  const video = {
    videoWidth: 640,
    videoHeight: 480,
    requestVideoFrameCallback(cb: (now: number) => void) {
      callbacks.set(next, cb);
      return next++;
    },
    cancelVideoFrameCallback(id: number) {
      callbacks.delete(id);
    },
  };
  return {
    video: video as unknown as HTMLVideoElement,
    pending: () => callbacks.size,
    async frame() {
      const due = [...callbacks.values()];
      callbacks.clear();
      clock += 1000 / 30;
      for (const cb of due) cb(clock);
      // Let any asynchronous analysis of the frame settle.
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

const emptyScene: FacePipeline = {
  delegate: 'CPU',
  warmUpMs: { detector: 0, mesh: null },
  analyse: async (_video, timestampMs) => ({
    detection: { timestampMs, frameWidth: 640, frameHeight: 480, faces: [] },
    pixels: null,
    landmarks: null,
    frame: { close: () => undefined } as ImageBitmap,
    detectMs: 1,
    meshMs: null,
  }),
  close: () => undefined,
};

describe('startFaceFrameLoop', () => {
  it('processes one frame per camera frame until stopped', async () => {
    const camera = fakeVideo();
    const onFrame = vi.fn();
    const loop = startFaceFrameLoop({ video: camera.video, detector: emptyScene, session: new FaceCaptureSession(), bestFrame: new BestFrame(), onFrame });
    await camera.frame();
    await camera.frame();
    expect(onFrame).toHaveBeenCalledTimes(2);
    loop.stop();
    expect(camera.pending()).toBe(0);
  });

  it('runs the face mesh on a frame only when the session wants landmarks', async () => {
    const camera = fakeVideo();
    const analyse = vi.fn(emptyScene.analyse);
    const session = new FaceCaptureSession();
    const wants = vi.spyOn(session, 'wantsLandmarks', 'get').mockReturnValue(false);
    const loop = startFaceFrameLoop({
      video: camera.video,
      detector: { ...emptyScene, analyse },
      session,
      bestFrame: new BestFrame(),
      onFrame: () => undefined,
    });
    await camera.frame();
    wants.mockReturnValue(true);
    await camera.frame();
    loop.stop();
    expect(analyse.mock.calls.map((call) => call[3])).toEqual([false, true]);
  });

  it('stops for good when stopped from inside onFrame (a chained capture must not leave the loop running)', async () => {
    const camera = fakeVideo();
    let calls = 0;
    const loop = startFaceFrameLoop({
      video: camera.video,
      detector: emptyScene,
      session: new FaceCaptureSession(),
      bestFrame: new BestFrame(),
      onFrame: () => {
        calls++;
        loop.stop();
      },
    });
    await camera.frame();
    expect(camera.pending()).toBe(0);
    await camera.frame();
    expect(calls).toBe(1);
  });

  it('never re-registers when stopped while a frame is still being analysed', async () => {
    const camera = fakeVideo();
    let finish!: () => void;
    const slowScene: FacePipeline = {
      ...emptyScene,
      analyse: (video, timestampMs, width) =>
        new Promise((resolve) => {
          finish = () => resolve(emptyScene.analyse(video, timestampMs, width));
        }),
    };
    const onFrame = vi.fn();
    const loop = startFaceFrameLoop({ video: camera.video, detector: slowScene, session: new FaceCaptureSession(), bestFrame: new BestFrame(), onFrame });
    await camera.frame();
    loop.stop();
    finish();
    await new Promise((r) => setTimeout(r, 0));
    expect(camera.pending()).toBe(0);
    expect(onFrame).not.toHaveBeenCalled();
  });

  it('leaves only the newest loop running when captures are chained in one page, each stopping from inside onFrame', async () => {
    const camera = fakeVideo();
    const frames: string[] = [];
    const capture = (name: string, then?: () => void) => {
      const loop = startFaceFrameLoop({
        video: camera.video,
        detector: emptyScene,
        session: new FaceCaptureSession(),
        bestFrame: new BestFrame(),
        onFrame: () => {
          frames.push(name);
          if (then) {
            loop.stop();
            then();
          }
        },
      });
      return loop;
    };
    let last!: { stop(): void };
    capture('first', () => capture('second', () => (last = capture('third'))));
    for (let i = 0; i < 5; i++) await camera.frame();
    expect(frames).toEqual(['first', 'second', 'third', 'third', 'third']);
    expect(camera.pending()).toBe(1);
    last.stop();
    expect(camera.pending()).toBe(0);
  });
});
