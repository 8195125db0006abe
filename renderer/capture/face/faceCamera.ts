/**
 * Opening the face camera. A kiosk usually has two cameras (face and document), so the face one
 * is chosen by a label substring from the hall config. Device labels are empty until camera
 * permission is granted, so when they are blank the default camera is opened once to get them.
 */
export type CameraFailure = 'camera-missing' | 'camera-busy';

export class CameraError extends Error {
  constructor(
    readonly reason: CameraFailure,
    readonly domName: string,
  ) {
    super(`${reason} (${domName})`);
    this.name = 'CameraError';
  }
}

const errorName = (error: unknown): string => (typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '');

/** Maps getUserMedia's DOMException names to what the citizen screen needs to say. */
export function classifyCameraError(error: unknown): CameraFailure {
  const name = errorName(error);
  // Another program holds the device (NotReadable), or the driver aborted the start: try again later.
  if (name === 'NotReadableError' || name === 'AbortError' || name === 'TrackStartError') return 'camera-busy';
  // NotFound / Overconstrained: no such device; NotAllowed / Security: the app may not use it.
  return 'camera-missing';
}

/** The sensible resolution for the detector and the checks' limits (tuned for 4:3 at arm's length). */
export const FACE_CAMERA_SIZE = { width: 640, height: 480 } as const;

export interface CameraDevices {
  getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream>;
  enumerateDevices(): Promise<MediaDeviceInfo[]>;
}

function videoConstraints(deviceId?: string): MediaStreamConstraints {
  return {
    audio: false,
    video: {
      ...(deviceId ? { deviceId: { exact: deviceId } } : {}),
      width: { ideal: FACE_CAMERA_SIZE.width },
      height: { ideal: FACE_CAMERA_SIZE.height },
      frameRate: { ideal: 30 },
    },
  };
}

/** The video input whose label contains `hint` (case-insensitive), if any. */
export function pickCamera(devices: readonly MediaDeviceInfo[], hint: string): MediaDeviceInfo | undefined {
  const needle = hint.trim().toLowerCase();
  return devices.find((d) => d.kind === 'videoinput' && d.label.toLowerCase().includes(needle));
}

export function stopStream(stream: MediaStream | null | undefined): void {
  stream?.getTracks().forEach((track) => track.stop());
}

/**
 * Opens the face camera. Without a label hint: the default camera. With one: the camera whose
 * label matches, or `camera-missing` when none does (never the document camera by mistake).
 * Throws CameraError.
 */
export async function openFaceCamera(devices: CameraDevices, labelHint?: string): Promise<MediaStream> {
  const hint = labelHint?.trim() ?? '';
  try {
    if (!hint) return await devices.getUserMedia(videoConstraints());
    let list = await devices.enumerateDevices();
    let probe: MediaStream | null = null;
    if (list.some((d) => d.kind === 'videoinput' && d.label === '')) {
      // No permission yet, so no labels: open any camera once, then read the labels.
      probe = await devices.getUserMedia(videoConstraints());
      list = await devices.enumerateDevices();
    }
    const wanted = pickCamera(list, hint);
    if (!wanted) {
      stopStream(probe);
      throw new CameraError('camera-missing', 'NoMatchingLabel');
    }
    const probeId = probe?.getVideoTracks()[0]?.getSettings().deviceId;
    if (probe && probeId === wanted.deviceId) return probe;
    stopStream(probe);
    return await devices.getUserMedia(videoConstraints(wanted.deviceId));
  } catch (error) {
    if (error instanceof CameraError) throw error;
    throw new CameraError(classifyCameraError(error), errorName(error) || 'Error');
  }
}
