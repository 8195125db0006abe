import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { fleetFamilies } from '../../../identity-api/fleet/fleetMetrics';

const rules = fileURLToPath(new URL('../../../docs/monitoring/hall-kiosk-alerts.yml', import.meta.url));
const dashboard = fileURLToPath(new URL('../../../docs/monitoring/hall-kiosk-dashboard.json', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'fleet-alerts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const promtool = (...args: string[]) => {
  const run = spawnSync('promtool', args, { encoding: 'utf8' });
  expect(run.error).toBeUndefined();
  return { status: run.status, out: run.stdout + run.stderr };
};

const k1 = 'kiosk="cc-01",hall="h1"';
const k2 = 'kiosk="cc-02",hall="h1"';

type Rule = { alert: string; labels: Record<string, string>; annotations: Record<string, string> };
const ruleList = (parse(readFileSync(rules, 'utf8')) as { groups: Array<{ rules: Rule[] }> }).groups.flatMap((g) => g.rules);

/** The alert a rule should raise for these series labels, its annotations filled in as Prometheus does. */
function expected(name: string, labels: Record<string, string>) {
  const rule = ruleList.find((r) => r.alert === name)!;
  const fill = (text: string) => text.replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, key: string) => labels[key] ?? '');
  return {
    exp_labels: { ...rule.labels, ...labels },
    exp_annotations: Object.fromEntries(Object.entries(rule.annotations).map(([k, v]) => [k, fill(v)])),
  };
}

describe('docs/monitoring alert rules', () => {
  it('are valid Prometheus rules', () => {
    expect(promtool('check', 'rules', rules)).toMatchObject({ status: 0 });
  });

  it('fire for a silent kiosk, an hour-old queue item and a dead reader, and not for the healthy kiosk', () => {
    const test = {
      rule_files: [rules],
      evaluation_interval: '1m',
      tests: [
        {
          interval: '1m',
          input_series: [
            // cc-01 goes silent after 20 minutes; cc-02 stays up throughout.
            { series: `hall_kiosk_up{${k1}}`, values: '1x20 0x10' },
            { series: `hall_kiosk_up{${k2}}`, values: '1x30' },
            // cc-01's oldest item passes an hour at minute 10; cc-02's stays at 10 minutes.
            { series: `hall_kiosk_queue_oldest_pending_age_seconds{${k1}}`, values: '3000+60x30' },
            { series: `hall_kiosk_queue_oldest_pending_age_seconds{${k2}}`, values: '600x30' },
            { series: `hall_kiosk_device_ok{${k1},device="idcard",id="r1"}`, values: '1x30' },
            { series: `hall_kiosk_device_ok{${k2},device="idcard",id="r2"}`, values: '1x5 0x25' },
          ],
          alert_rule_test: [
            { eval_time: '19m', alertname: 'HallKioskSilent', exp_alerts: [] },
            { eval_time: '23m', alertname: 'HallKioskSilent', exp_alerts: [expected('HallKioskSilent', { kiosk: 'cc-01', hall: 'h1' })] },
            { eval_time: '8m', alertname: 'HallKioskQueueStuck', exp_alerts: [] },
            { eval_time: '20m', alertname: 'HallKioskQueueStuck', exp_alerts: [expected('HallKioskQueueStuck', { kiosk: 'cc-01', hall: 'h1' })] },
            { eval_time: '10m', alertname: 'HallKioskReaderDown', exp_alerts: [] },
            {
              eval_time: '20m',
              alertname: 'HallKioskReaderDown',
              exp_alerts: [expected('HallKioskReaderDown', { kiosk: 'cc-02', hall: 'h1', device: 'idcard', id: 'r2' })],
            },
          ],
        },
      ],
    };
    const file = path.join(dir, 'alerts.test.yml');
    writeFileSync(file, stringify(test));
    const run = promtool('test', 'rules', file);
    expect(run.status, run.out).toBe(0);
    expect(run.out).toMatch(/SUCCESS/);
  });
});

describe('docs/monitoring Grafana dashboard', () => {
  it('queries only metrics the gateway exposes', () => {
    const json = JSON.parse(readFileSync(dashboard, 'utf8')) as { panels: Array<{ title: string; targets: Array<{ expr: string }> }> };
    const known = new Set(fleetFamilies([], 0).map((f) => f.name));
    const used = json.panels.flatMap((p) => p.targets.flatMap((t) => [...t.expr.matchAll(/\b(hall_[a-z_]+)/g)].map((m) => m[1]!)));
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((name) => !known.has(name))).toEqual([]);
    expect(json.panels.map((p) => p.title)).toEqual(expect.arrayContaining(['Kiosks up', 'Kiosks down', 'Pending outbox items', 'Devices not ok']));
  });
});
