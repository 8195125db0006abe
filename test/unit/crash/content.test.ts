import { describe, expect, it } from 'vitest';
import { runContentCampaign } from '../../crash/content/contentCampaign';
import { campaignSeed } from '../../crash/seededRandom';
import { tempDir } from '../../support/outbox/testOutbox';

const chaos = { p503: 0.05, p429: 0.05, retryAfterSeconds: 0, pDropAfterCommit: 0.4 };
const campaign = { chaos, restartEvery: 10, killAfterMs: [100, 500] as [number, number], itemsPerWorker: 4, drainTimeoutMs: 60_000 };

/** The short run for every test run; `npx tsx test/crash/fullRun.ts` runs the long one. */
describe('outbox under SIGKILL, checked end to end by content', () => {
  it('applies exactly what was enqueued, once, and reconciles what was applied but never acknowledged', { timeout: 240_000 }, async () => {
    const dir = tempDir('crash-content-');
    try {
      const report = await runContentCampaign({ ...campaign, dir: dir.path, seed: campaignSeed('content campaign'), kills: 20 });
      console.log('content campaign', { ...report, duplicates: report.duplicates.length, missing: report.missing.length });
      expect(report.committed).toBeGreaterThan(15);
      expect(report.duplicates).toEqual([]);
      expect(report.missing).toEqual([]);
      expect(report.contentMismatches).toEqual([]);
      expect(report.appliedUnacknowledged).toBeGreaterThan(0);
      expect(report.unreconciled).toEqual([]);
      expect(report.deadAfterDrain).toBe(0);
      expect(report.serverIntegrity).toBe('ok');
    } finally {
      dir.remove();
    }
  });

  it('control: bytes the kiosk stored differently from what it was given are caught, though their hash matches', { timeout: 120_000 }, async () => {
    const dir = tempDir('crash-content-control-');
    try {
      const report = await runContentCampaign({ ...campaign, dir: dir.path, seed: campaignSeed('content control'), kills: 6, corruptEvery: 4 });
      console.log('content control', { ...report, contentMismatches: report.contentMismatches.length });
      expect(report.deadAfterDrain).toBe(0);
      expect(report.contentMismatches.length).toBeGreaterThan(0);
      expect(report.contentMismatches.every((m) => m.includes('upload licence'))).toBe(true);
    } finally {
      dir.remove();
    }
  });
});
