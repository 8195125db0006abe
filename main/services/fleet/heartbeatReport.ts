import { statfsSync } from 'node:fs';
import type { HeartbeatCrash, HeartbeatRequest } from '../../../common/identityApi/heartbeat';
import type { HeartbeatDevice } from './deviceStates';

export interface QueueSnapshot {
  pending: number;
  dead: number;
  /** When the oldest pending item was queued (ms since the epoch), or null with none pending. */
  oldestPendingAt: number | null;
}

export interface HeartbeatSources {
  appVersion: string;
  hallId: string;
  uptimeSeconds: () => number;
  queue: () => QueueSnapshot;
  devices: () => Promise<HeartbeatDevice[]> | HeartbeatDevice[];
  lastCrash: () => HeartbeatCrash | null;
  dataDir: string;
  now: () => number;
}

/** Free bytes for an unprivileged user on the data directory's file system. */
export function freeDiskBytes(dir: string): number {
  const stats = statfsSync(dir);
  return stats.bavail * stats.bsize;
}

/** One heartbeat's content, gathered at the moment it is sent; the clock skew comes from the sender. */
export async function collectHeartbeat(sources: HeartbeatSources): Promise<Omit<HeartbeatRequest, 'clockSkewMs'>> {
  const queue = sources.queue();
  return {
    appVersion: sources.appVersion,
    hallId: sources.hallId,
    uptimeSeconds: Math.max(0, Math.floor(sources.uptimeSeconds())),
    devices: await sources.devices(),
    queueDepth: queue.pending,
    queue: {
      pending: queue.pending,
      dead: queue.dead,
      oldestPendingAgeSeconds: queue.oldestPendingAt === null ? null : Math.max(0, Math.floor((sources.now() - queue.oldestPendingAt) / 1000)),
    },
    lastCrash: sources.lastCrash(),
    freeDiskBytes: freeDiskBytes(sources.dataDir),
  };
}
