import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReaderStatusView } from '../../../common/contract/services/reader';
import type { DeviceStatus, HeartbeatRequest } from '../../../common/identityApi/heartbeat';

export type HeartbeatDevice = HeartbeatRequest['devices'][number];

/** The card reader as its status view shows it; the simulator counts as degraded (no real card can be read). */
export function readerDevice(status: ReaderStatusView): HeartbeatDevice {
  const byState: Record<ReaderStatusView['state'], DeviceStatus> = {
    ready: 'ok',
    reading: 'ok',
    'card-read': 'ok',
    'no-reader': 'absent',
    error: 'error',
  };
  const id = (status.reader ?? 'reader').slice(0, 64);
  return { id, kind: 'idcard', status: status.simulated ? 'degraded' : byState[status.state] };
}

export interface VideoDevice {
  node: string;
  name: string;
}

/** Linux video4linux devices with their names; elsewhere nothing can be listed from main. */
export function listVideoDevices(platform: NodeJS.Platform = process.platform, devDir = '/dev', sysDir = '/sys/class/video4linux'): VideoDevice[] | null {
  if (platform !== 'linux') return null;
  const nodes = existsSync(devDir) ? readdirSync(devDir).filter((n) => /^video\d+$/.test(n)) : [];
  return nodes.map((node) => {
    const nameFile = path.join(sysDir, node, 'name');
    return { node, name: existsSync(nameFile) ? readFileSync(nameFile, 'utf8').trim() : '' };
  });
}

/**
 * A camera by its configured label (or any camera when none is configured). Only that the device
 * exists: whether it gives a picture shows in the renderer's own camera check.
 */
export function cameraDevice(kind: 'faceCamera' | 'documentCamera', label: string | undefined, devices: VideoDevice[] | null): HeartbeatDevice {
  if (devices === null) return { id: kind, kind, status: 'unknown' };
  const match = label ? devices.find((d) => d.name.toLowerCase().includes(label.toLowerCase())) : devices[0];
  return match ? { id: match.node, kind, status: 'ok' } : { id: kind, kind, status: 'absent' };
}

/** The receipt printer (the configured one, else any) from the shell's printer list (Electron), else unknown. */
export function printerDevice(printers: ReadonlyArray<{ name: string; isDefault?: boolean }> | null, wanted: string | undefined): HeartbeatDevice {
  if (printers === null) return { id: 'printer', kind: 'printer', status: 'unknown' };
  // Electron no longer says which printer is the default: with none configured, any printer will do.
  const match = wanted ? printers.find((p) => p.name === wanted) : (printers.find((p) => p.isDefault) ?? printers[0]);
  return match ? { id: match.name.slice(0, 64), kind: 'printer', status: 'ok' } : { id: wanted?.slice(0, 64) || 'printer', kind: 'printer', status: 'absent' };
}
