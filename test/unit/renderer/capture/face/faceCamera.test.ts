import { describe, expect, it, vi } from 'vitest';
import { CameraError, classifyCameraError, FACE_CAMERA_SIZE, openFaceCamera, pickCamera } from '../../../../../renderer/capture/face/faceCamera';
import type { CameraDevices } from '../../../../../renderer/capture/face/faceCamera';

const domError = (name: string) => Object.assign(new Error(name), { name });

function device(deviceId: string, label: string, kind: MediaDeviceKind = 'videoinput'): MediaDeviceInfo {
  return { deviceId, label, kind, groupId: 'g', toJSON: () => ({}) } as MediaDeviceInfo;
}

function fakeStream(deviceId: string) {
  const track = { stop: vi.fn(), getSettings: () => ({ deviceId }) };
  return { stream: { getTracks: () => [track], getVideoTracks: () => [track] } as unknown as MediaStream, track };
}

/** Devices whose labels appear only after the first grant, like a browser without permission yet. */
function fakeDevices(list: MediaDeviceInfo[], opts: { defaultId?: string; labelsBeforeGrant?: boolean; fail?: Error } = {}) {
  let granted = false;
  const opened: { id: string | undefined; stop: ReturnType<typeof vi.fn> }[] = [];
  const devices: CameraDevices = {
    enumerateDevices: async () => (granted || opts.labelsBeforeGrant ? list : list.map((d) => device(d.deviceId, '', d.kind))),
    getUserMedia: async (c) => {
      if (opts.fail) throw opts.fail;
      granted = true;
      const video = c.video as MediaTrackConstraints;
      const exact = (video.deviceId as ConstrainDOMStringParameters | undefined)?.exact as string | undefined;
      const id = exact ?? opts.defaultId ?? list[0]?.deviceId ?? 'none';
      const { stream, track } = fakeStream(id);
      opened.push({ id: exact, stop: track.stop });
      return stream;
    },
  };
  return { devices, opened, getUserMedia: vi.spyOn(devices, 'getUserMedia') };
}

const cams = [device('doc', 'Document Camera HD (0bda:5830)'), device('face', 'Face Cam USB2.0 (1bcf:2284)'), device('mic', 'Mic', 'audioinput')];

describe('classifyCameraError', () => {
  it('maps getUserMedia errors to missing or busy', () => {
    expect(classifyCameraError(domError('NotFoundError'))).toBe('camera-missing');
    expect(classifyCameraError(domError('OverconstrainedError'))).toBe('camera-missing');
    expect(classifyCameraError(domError('NotAllowedError'))).toBe('camera-missing');
    expect(classifyCameraError(domError('NotReadableError'))).toBe('camera-busy');
    expect(classifyCameraError(domError('AbortError'))).toBe('camera-busy');
    expect(classifyCameraError(new TypeError('mediaDevices is undefined'))).toBe('camera-missing');
    expect(classifyCameraError('weird')).toBe('camera-missing');
  });
});

describe('pickCamera', () => {
  it('finds a video input by a case-insensitive label substring', () => {
    expect(pickCamera(cams, 'face cam')?.deviceId).toBe('face');
    expect(pickCamera(cams, 'DOCUMENT')?.deviceId).toBe('doc');
    expect(pickCamera(cams, 'mic')).toBeUndefined();
    expect(pickCamera(cams, 'none')).toBeUndefined();
  });
});

describe('openFaceCamera', () => {
  it('opens the default camera at 640x480 when no label is configured', async () => {
    const f = fakeDevices(cams);
    await openFaceCamera(f.devices);
    const video = f.getUserMedia.mock.calls[0]?.[0].video as MediaTrackConstraints;
    expect(video).toMatchObject({ width: { ideal: FACE_CAMERA_SIZE.width }, height: { ideal: FACE_CAMERA_SIZE.height } });
    expect(video.deviceId).toBeUndefined();
  });

  it('without permission yet, probes once for labels, then opens the labelled face camera', async () => {
    const f = fakeDevices(cams, { defaultId: 'doc' });
    const stream = await openFaceCamera(f.devices, 'Face Cam');
    expect(stream.getVideoTracks()[0]?.getSettings().deviceId).toBe('face');
    expect(f.opened.map((o) => o.id)).toEqual([undefined, 'face']);
    expect(f.opened[0]?.stop).toHaveBeenCalled();
  });

  it('keeps the probe stream when it already is the face camera', async () => {
    const f = fakeDevices(cams, { defaultId: 'face' });
    await openFaceCamera(f.devices, 'face cam');
    expect(f.opened).toHaveLength(1);
    expect(f.opened[0]?.stop).not.toHaveBeenCalled();
  });

  it('opens straight by id when labels are already visible', async () => {
    const f = fakeDevices(cams, { labelsBeforeGrant: true });
    await openFaceCamera(f.devices, 'face');
    expect(f.opened.map((o) => o.id)).toEqual(['face']);
  });

  it('is camera-missing when no camera carries the label (never the document camera instead)', async () => {
    const f = fakeDevices(cams, { defaultId: 'doc' });
    await expect(openFaceCamera(f.devices, 'Logitech')).rejects.toMatchObject({ reason: 'camera-missing', domName: 'NoMatchingLabel' });
    expect(f.opened[0]?.stop).toHaveBeenCalled();
  });

  it('turns DOMExceptions into CameraError with the reason', async () => {
    const busy = fakeDevices(cams, { fail: domError('NotReadableError') });
    const error = await openFaceCamera(busy.devices).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CameraError);
    expect(error).toMatchObject({ reason: 'camera-busy', domName: 'NotReadableError' });
    const missing = fakeDevices([], { fail: domError('NotFoundError') });
    await expect(openFaceCamera(missing.devices, 'face')).rejects.toMatchObject({ reason: 'camera-missing' });
  });
});
