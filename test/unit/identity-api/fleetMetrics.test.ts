import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HeartbeatRequest } from '../../../common/identityApi/heartbeat';
import { startHarness, type Harness } from './harness';

const kiosks = { 'cc-01': 'secret-cc-01-0123456789', 'cc-02': 'secret-cc-02-0123456789', 'cc-03': 'secret-cc-03-0123456789' };
const TOKEN = 'scrape-token-0123456789';
let h: Harness;

beforeEach(async () => {
  h = await startHarness({ kiosks, metricsToken: TOKEN });
});
afterEach(async () => {
  expect(h.validator.failures).toEqual([]);
  await h.close();
});

const heartbeat = (over: Partial<HeartbeatRequest> = {}): HeartbeatRequest => ({
  appVersion: '0.2.0',
  hallId: 'hall-changchun-01',
  uptimeSeconds: 3600,
  devices: [
    { id: 'serial /dev/ttyUSB0', kind: 'idcard', status: 'ok' },
    { id: 'video0', kind: 'faceCamera', status: 'ok' },
    { id: 'printer', kind: 'printer', status: 'unknown' },
  ],
  queueDepth: 2,
  queue: { pending: 2, dead: 1, oldestPendingAgeSeconds: 4000 },
  lastCrash: { at: '2025-06-01T01:00:00.000Z', source: 'renderer', summary: 'TypeError: x is "undefined"\nat line 3', count: 3 },
  clockSkewMs: -1500,
  freeDiskBytes: 5_000_000_000,
  ...over,
});

async function beat(kioskId: keyof typeof kiosks, body: HeartbeatRequest): Promise<void> {
  await h.makeClient({ kioskId, secret: kiosks[kioskId] }).sendHeartbeat(body);
}

async function scrape(): Promise<string> {
  const res = await fetch(`${h.server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  return res.text();
}

/** The value of one sample, found by its name and labels in any order. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+)\{(.*)\} (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...m[2]!.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe('fleet view: /metrics on the reference identity API', () => {
  it('reports a kiosk whose heartbeats stopped as down, the others up, and never-seen kiosks down', async () => {
    await beat('cc-01', heartbeat());
    await beat('cc-02', heartbeat({ appVersion: '0.1.9' }));
    let text = await scrape();
    expect(sample(text, 'hall_kiosk_up', { kiosk: 'cc-01' })).toBe(1);
    expect(sample(text, 'hall_kiosk_up', { kiosk: 'cc-02' })).toBe(1);
    expect(sample(text, 'hall_kiosk_up', { kiosk: 'cc-03' })).toBe(0);
    expect(sample(text, 'hall_fleet_kiosks', { state: 'up' })).toBe(2);

    // cc-02 goes silent; cc-01 keeps beating every five minutes for 20 minutes.
    for (let i = 0; i < 4; i++) {
      h.advance(5 * 60_000);
      await beat('cc-01', heartbeat());
    }
    text = await scrape();
    expect(sample(text, 'hall_kiosk_up', { kiosk: 'cc-01', hall: 'hall-changchun-01' })).toBe(1);
    expect(sample(text, 'hall_kiosk_up', { kiosk: 'cc-02', hall: 'hall-changchun-01' })).toBe(0);
    expect(sample(text, 'hall_fleet_kiosks', { state: 'down' })).toBe(2);
    expect(h.now() / 1000 - sample(text, 'hall_kiosk_last_heartbeat_timestamp_seconds', { kiosk: 'cc-02' })!).toBe(20 * 60);

    // It comes back.
    await beat('cc-02', heartbeat());
    expect(sample(await scrape(), 'hall_kiosk_up', { kiosk: 'cc-02' })).toBe(1);
  });

  it('exposes versions, queue depths, device states, crashes, clock skew and disk', async () => {
    await beat('cc-01', heartbeat());
    await beat('cc-02', heartbeat({ appVersion: '0.1.9', devices: [{ id: 'usb 1-2', kind: 'idcard', status: 'error' }] }));
    const text = await scrape();
    expect(sample(text, 'hall_kiosk_info', { kiosk: 'cc-02', version: '0.1.9' })).toBe(1);
    expect(sample(text, 'hall_kiosk_queue_items', { kiosk: 'cc-01', state: 'pending' })).toBe(2);
    expect(sample(text, 'hall_kiosk_queue_items', { kiosk: 'cc-01', state: 'dead' })).toBe(1);
    expect(sample(text, 'hall_kiosk_queue_oldest_pending_age_seconds', { kiosk: 'cc-01' })).toBe(4000);
    expect(sample(text, 'hall_kiosk_device_ok', { kiosk: 'cc-01', device: 'idcard' })).toBe(1);
    expect(sample(text, 'hall_kiosk_device_ok', { kiosk: 'cc-02', device: 'idcard' })).toBe(0);
    expect(sample(text, 'hall_kiosk_device_status', { kiosk: 'cc-02', device: 'idcard', status: 'error' })).toBe(1);
    expect(sample(text, 'hall_kiosk_crashes_total', { kiosk: 'cc-01' })).toBe(3);
    expect(sample(text, 'hall_kiosk_clock_skew_seconds', { kiosk: 'cc-01' })).toBe(-1.5);
    expect(sample(text, 'hall_kiosk_free_disk_bytes', { kiosk: 'cc-01' })).toBe(5_000_000_000);
  });

  it("passes Prometheus' own text-format check (promtool check metrics)", async () => {
    await beat('cc-01', heartbeat());
    await beat('cc-02', heartbeat({ hallId: 'hall "north"', devices: [{ id: 'C:\\printers\\receipt', kind: 'printer', status: 'ok' }] }));
    const text = await scrape();
    const check = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
    expect(check.error).toBeUndefined();
    expect({ status: check.status, out: check.stdout + check.stderr }).toEqual({ status: 0, out: '' });
  });

  it('refuses a scrape without the bearer token', async () => {
    expect((await fetch(`${h.server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${h.server.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  });
});
