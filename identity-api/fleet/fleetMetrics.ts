import { heartbeatRequestSchema, type HeartbeatRequest } from '../../common/identityApi/heartbeat';
import type { Db } from '../database';
import type { Labels, MetricFamily } from './exposition';

/** A kiosk whose last heartbeat is older than this is reported down (matches the "silent" alert). */
export const DEFAULT_HEARTBEAT_STALE_SECONDS = 15 * 60;

interface KioskView {
  kioskId: string;
  receivedAt: number | null;
  heartbeat: HeartbeatRequest | null;
}

/** Every kiosk the gateway knows (its credentials) with its latest heartbeat, if it ever sent one. */
export function latestHeartbeats(db: Db, kioskIds: readonly string[]): KioskView[] {
  const rows = db.prepare('SELECT kiosk_id AS kioskId, payload, received_at AS receivedAt FROM heartbeats').all() as Array<{
    kioskId: string;
    payload: string;
    receivedAt: number;
  }>;
  const byId = new Map(rows.map((r) => [r.kioskId, r]));
  const ids = [...new Set([...kioskIds, ...byId.keys()])].sort();
  return ids.map((kioskId) => {
    const row = byId.get(kioskId);
    const parsed = row ? heartbeatRequestSchema.safeParse(JSON.parse(row.payload)) : undefined;
    return { kioskId, receivedAt: row?.receivedAt ?? null, heartbeat: parsed?.success ? parsed.data : null };
  });
}

const family = (name: string, type: MetricFamily['type'], help: string): MetricFamily => ({ name, type, help, samples: [] });

/**
 * The fleet as Prometheus metrics, one scrape target for a whole province: who is up, versions,
 * queues, device states, crashes, clock skew and disk. Labels are the kiosk and hall ids only (and
 * the version, device and state where they are the point), so the series count stays small.
 */
export function fleetFamilies(kiosks: KioskView[], now: number, staleAfterSeconds = DEFAULT_HEARTBEAT_STALE_SECONDS): MetricFamily[] {
  const up = family('hall_kiosk_up', 'gauge', `1 if the kiosk's last heartbeat arrived within ${staleAfterSeconds} seconds, else 0`);
  const seen = family('hall_kiosk_last_heartbeat_timestamp_seconds', 'gauge', 'When the last heartbeat arrived (Unix seconds)');
  const info = family('hall_kiosk_info', 'gauge', 'The app version the kiosk last reported (always 1)');
  const uptime = family('hall_kiosk_uptime_seconds', 'gauge', 'Seconds since the kiosk main process started, as last reported');
  const queue = family('hall_kiosk_queue_items', 'gauge', 'Outbox items by state (pending: waiting to be sent; dead: refused, needs staff)');
  const oldest = family('hall_kiosk_queue_oldest_pending_age_seconds', 'gauge', 'How long the oldest pending outbox item had waited at the last heartbeat');
  const deviceOk = family('hall_kiosk_device_ok', 'gauge', '1 if the device reported ok, else 0');
  const deviceStatus = family('hall_kiosk_device_status', 'gauge', 'The device state last reported (1 for the current state)');
  const crashes = family('hall_kiosk_crashes_total', 'counter', 'Crashes (main or renderer) the kiosk has recorded in its data directory');
  const lastCrash = family('hall_kiosk_last_crash_timestamp_seconds', 'gauge', 'When the last recorded crash happened (Unix seconds)');
  const skew = family('hall_kiosk_clock_skew_seconds', 'gauge', 'Kiosk clock minus gateway clock, as last measured by the kiosk');
  const disk = family('hall_kiosk_free_disk_bytes', 'gauge', "Free bytes on the kiosk's data directory disk");
  const fleet = family('hall_fleet_kiosks', 'gauge', 'Known kiosks by state');
  let upCount = 0;

  for (const k of kiosks) {
    const hb = k.heartbeat;
    const base: Labels = { kiosk: k.kioskId, hall: hb?.hallId ?? '' };
    const isUp = k.receivedAt !== null && now - k.receivedAt <= staleAfterSeconds * 1000;
    if (isUp) upCount += 1;
    up.samples.push({ labels: base, value: isUp ? 1 : 0 });
    if (k.receivedAt === null || !hb) continue;
    seen.samples.push({ labels: base, value: Math.floor(k.receivedAt / 1000) });
    info.samples.push({ labels: { ...base, version: hb.appVersion }, value: 1 });
    if (hb.uptimeSeconds !== undefined) uptime.samples.push({ labels: base, value: hb.uptimeSeconds });
    const pending = hb.queue?.pending ?? hb.queueDepth;
    queue.samples.push({ labels: { ...base, state: 'pending' }, value: pending });
    if (hb.queue) {
      queue.samples.push({ labels: { ...base, state: 'dead' }, value: hb.queue.dead });
      oldest.samples.push({ labels: base, value: hb.queue.oldestPendingAgeSeconds ?? 0 });
    }
    for (const device of hb.devices) {
      const labels = { ...base, device: device.kind, id: device.id };
      deviceOk.samples.push({ labels, value: device.status === 'ok' ? 1 : 0 });
      deviceStatus.samples.push({ labels: { ...labels, status: device.status }, value: 1 });
    }
    if (hb.lastCrash) {
      crashes.samples.push({ labels: base, value: hb.lastCrash.count });
      lastCrash.samples.push({ labels: { ...base, source: hb.lastCrash.source }, value: Math.floor(Date.parse(hb.lastCrash.at) / 1000) });
    } else if (hb.lastCrash === null) {
      crashes.samples.push({ labels: base, value: 0 });
    }
    if (typeof hb.clockSkewMs === 'number') skew.samples.push({ labels: base, value: hb.clockSkewMs / 1000 });
    if (hb.freeDiskBytes !== undefined) disk.samples.push({ labels: base, value: hb.freeDiskBytes });
  }
  fleet.samples.push({ labels: { state: 'up' }, value: upCount }, { labels: { state: 'down' }, value: kiosks.length - upCount });
  return [fleet, up, seen, info, uptime, queue, oldest, deviceOk, deviceStatus, crashes, lastCrash, skew, disk];
}
