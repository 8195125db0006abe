import type { SyncStatus } from '../../common/contract/services/sync';
import type { EventHub } from '../bridge/eventHub';
import type { KeyProvider } from '../services/crypto/keyProvider';
import type { IdentityClient } from '../services/identity';
import type { Logger } from '../services/log/logger';
import { IdentityOutboxSender } from '../services/sync/identityOutboxSender';
import { createOutboxServices, type OutboxServices } from '../services/sync/outboxServices';
import type { HealthProbe } from '../services/system/systemService';

const dayMs = 24 * 3600_000;

export interface OutboxWiring {
  services: OutboxServices;
  status(): SyncStatus;
  probe: HealthProbe;
  stop(): Promise<void>;
}

/**
 * Opens the encrypted outbox, starts its scheduler against the identity API, keeps retention
 * applied daily, and turns its events into KioskApi `sync.*` events.
 */
export async function startOutbox(options: {
  dataDir: string;
  keyProvider: KeyProvider;
  client: IdentityClient;
  events: EventHub;
  log: Logger;
}): Promise<OutboxWiring> {
  const log = options.log.child({ component: 'outbox' });
  const services = await createOutboxServices({
    dataDir: options.dataDir,
    keyProvider: options.keyProvider,
    sender: new IdentityOutboxSender(options.client),
    logger: log,
  });
  const recovery = services.store.recovery;
  if (recovery.kind === 'recreated') {
    log.error('kiosk database was damaged: kept aside and started anew; tell staff', { reason: recovery.reason, quarantinedTo: recovery.quarantinedTo });
  }
  let online = true;
  let paused = false;
  const status = (): SyncStatus => ({ online, paused, ...services.staffView.counts() });
  const publish = () => options.events.emit('sync.status', status());

  const { events } = services;
  events.on('sync.connectivity', (e) => {
    online = e.online;
    publish();
  });
  events.on('sync.paused', () => {
    paused = true;
    log.error('identity API refused the kiosk credentials: sending paused');
    publish();
  });
  events.on('sync.resumed', () => {
    paused = false;
    publish();
  });
  events.on('sync.progress', (e) => options.events.emit('sync.progress', e));
  events.on('sync.retry', (e) => {
    options.events.emit('sync.retry', {
      itemId: e.itemId,
      kind: e.kind,
      attempts: e.attempts,
      delayMs: e.delayMs,
      nextAttemptAt: e.nextAttemptAt,
      reason: e.reason,
    });
    publish();
  });
  events.on('sync.sent', (e) => {
    options.events.emit('sync.sent', { itemId: e.itemId, kind: e.kind });
    publish();
  });
  events.on('sync.dead', publish);
  events.on('sync.idle', publish);

  services.applyRetention();
  const retention = setInterval(() => services.applyRetention(), dayMs);
  retention.unref();
  services.scheduler.start();

  return {
    services,
    status,
    probe: {
      id: 'store',
      check: async () =>
        recovery.kind === 'recreated'
          ? { ok: false, detail: `database was damaged and recreated; the old file is kept at ${recovery.quarantinedTo}` }
          : { ok: true, detail: `outbox: ${services.staffView.counts().pending} pending, ${services.staffView.counts().dead} dead` },
    },
    async stop() {
      clearInterval(retention);
      await services.close();
    },
  };
}
