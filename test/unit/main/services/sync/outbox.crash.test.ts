import { describe, expect, it } from 'vitest';
import { campaignSeed } from '../../../../crash/seededRandom';
import { runCrashCampaign } from '../../../../support/outbox/crashHarness';
import { tempDir } from '../../../../support/outbox/testOutbox';

const chaos = { p503: 0.1, p429: 0.05, retryAfterSeconds: 0, pDropAfterCommit: 0.1 };
const campaign = { target: 'chaos' as const, chaos, restartEvery: 10, killAfterMs: [10, 300] as [number, number], itemsPerWorker: 3, drainTimeoutMs: 60_000 };

describe('outbox under SIGKILL and a chaotic server', () => {
  it('applies every confirmed item exactly once after 110 kills, with no orphan upload', { timeout: 300_000 }, async () => {
    const dir = tempDir('crash-');
    try {
      const report = await runCrashCampaign({ ...campaign, dir: dir.path, kills: 110, freshKeyPerAttempt: false, seed: campaignSeed('crash campaign') });
      console.log('crash campaign', { ...report, duplicates: report.duplicates.length, missing: report.missing.length });
      expect(report.committed).toBeGreaterThan(100);
      expect(report.duplicates).toEqual([]);
      expect(report.missing).toEqual([]);
      expect(report.orphanUploads).toBe(0);
      expect(report.deadAfterDrain).toBe(0);
      expect(report.serverIntegrity).toBe('ok');
      expect(report.kioskIntegrity).toBe('ok');
    } finally {
      dir.remove();
    }
  });

  it('holds against the identity API reference server too (20 kills)', { timeout: 180_000 }, async () => {
    const dir = tempDir('crash-identity-');
    try {
      const report = await runCrashCampaign({
        ...campaign,
        target: 'identity',
        restartEvery: 5,
        dir: dir.path,
        kills: 20,
        freshKeyPerAttempt: false,
        seed: campaignSeed('identity campaign'),
      });
      console.log('identity campaign', { ...report, duplicates: report.duplicates.length, missing: report.missing.length });
      expect(report.committed).toBeGreaterThan(15);
      expect(report.duplicates).toEqual([]);
      expect(report.missing).toEqual([]);
      expect(report.orphanUploads).toBe(0);
      expect(report.deadAfterDrain).toBe(0);
      expect(report.serverIntegrity).toBe('ok');
      expect(report.kioskIntegrity).toBe('ok');
    } finally {
      dir.remove();
    }
  });

  it('control: the same harness catches duplicates when each attempt gets a fresh key', { timeout: 120_000 }, async () => {
    const dir = tempDir('crash-control-');
    try {
      const report = await runCrashCampaign({
        ...campaign,
        chaos: { ...chaos, pDropAfterCommit: 0.3 },
        dir: dir.path,
        kills: 15,
        freshKeyPerAttempt: true,
        seed: campaignSeed('control campaign'),
      });
      console.log('control campaign', { ...report, duplicates: report.duplicates.length, missing: report.missing.length });
      expect(report.duplicates.length).toBeGreaterThan(0);
    } finally {
      dir.remove();
    }
  });
});
