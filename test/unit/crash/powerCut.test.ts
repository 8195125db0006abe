import { describe, expect, it } from 'vitest';
import { runPowerCutCampaign } from '../../crash/powerCut/powerCutCampaign';
import { campaignSeed } from '../../crash/seededRandom';
import { tempDir } from '../../support/outbox/testOutbox';

/** The short run for every test run; `npx tsx test/crash/fullRun.ts` runs many more rounds. */
describe('outbox store under power cuts (unsynced writes dropped at the cut)', () => {
  it('synchronous=FULL, as the kiosk runs: every confirmed item survives', { timeout: 240_000 }, async () => {
    const dir = tempDir('power-cut-full-');
    try {
      const report = await runPowerCutCampaign({
        dir: dir.path,
        synchronous: 'FULL',
        rounds: 3,
        seed: campaignSeed('power cut FULL'),
        killAfterMs: [100, 400],
      });
      console.log('power cut FULL', { ...report, lost: report.lost.length });
      expect(report.committed).toBeGreaterThan(5);
      expect(report.syncs).toBeGreaterThan(report.committed);
      expect(report.lost).toEqual([]);
      expect(report.integrity).toBe('ok');
    } finally {
      dir.remove();
    }
  });

  it('control: synchronous=OFF loses confirmed items through the same cuts', { timeout: 120_000 }, async () => {
    const dir = tempDir('power-cut-off-');
    try {
      const report = await runPowerCutCampaign({ dir: dir.path, synchronous: 'OFF', rounds: 2, seed: campaignSeed('power cut OFF'), killAfterMs: [40, 250] });
      console.log('power cut OFF', { ...report, lost: report.lost.length });
      expect(report.committed).toBeGreaterThan(10);
      expect(report.lost.length).toBeGreaterThan(0);
    } finally {
      dir.remove();
    }
  });
});
