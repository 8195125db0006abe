import type { HallConfig } from '../../common/config/hallConfig';
import { cameraDevice, listVideoDevices, printerDevice, readerDevice } from '../services/fleet/deviceStates';
import type { CrashJournal } from '../services/fleet/crashJournal';
import { DEFAULT_HEARTBEAT_INTERVAL_SECONDS, startHeartbeat, type Heartbeat } from '../services/fleet/heartbeat';
import { collectHeartbeat } from '../services/fleet/heartbeatReport';
import type { IdentityClient } from '../services/identity';
import type { Logger } from '../services/log/logger';
import type { OutboxRepository } from '../services/store/outboxRepository';
import type { CardReaderService } from './cardReader';

export interface HeartbeatWiring {
  config: HallConfig;
  appVersion: string;
  dataDir: string;
  client: IdentityClient;
  repository: OutboxRepository;
  reader: Pick<CardReaderService, 'status'>;
  crashes: CrashJournal;
  /** The shell's printer list (Electron); absent where the shell cannot print. */
  printers?: () => Promise<ReadonlyArray<{ name: string; isDefault?: boolean }>>;
  log: Logger;
  now?: () => number;
}

/** The kiosk's heartbeat: what it reports, from where, and how often (`fleet.heartbeatIntervalSeconds`). */
export function startKioskHeartbeat(w: HeartbeatWiring): Heartbeat {
  const { config } = w;
  return startHeartbeat({
    intervalMs: (config.fleet?.heartbeatIntervalSeconds ?? DEFAULT_HEARTBEAT_INTERVAL_SECONDS) * 1000,
    log: w.log,
    ...(w.now ? { now: w.now } : {}),
    send: (request) => w.client.sendHeartbeat(request),
    collect: () =>
      collectHeartbeat({
        appVersion: w.appVersion,
        hallId: config.hall.id,
        uptimeSeconds: () => process.uptime(),
        queue: () => {
          const counts = w.repository.counts();
          // Items are listed in queue order, so the first pending one has waited longest.
          const oldest = w.repository.list({ state: 'pending', limit: 1 })[0];
          return { pending: counts.pending, dead: counts.dead, oldestPendingAt: oldest?.createdAt ?? null };
        },
        devices: async () => {
          const video = listVideoDevices();
          const printers = w.printers ? await w.printers().catch(() => null) : null;
          return [
            readerDevice(w.reader.status()),
            cameraDevice('faceCamera', config.devices.cameras.faceLabel, video),
            cameraDevice('documentCamera', config.devices.cameras.documentLabel, video),
            printerDevice(printers, config.devices.printer.name),
          ];
        },
        lastCrash: () => w.crashes.last(),
        dataDir: w.dataDir,
        now: w.now ?? Date.now,
      }),
  });
}
