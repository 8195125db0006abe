import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { documentFixtures } from '../fixtures/documents/makeDocuments';
import { openKiosk, startPersonKiosk } from '../e2e/person/personSupport';
import { afterWarmUp, formatTables, judge, writeSoakResults, type SeriesVerdict } from './analysis';
import { findServicesPid, takeSample, type SoakSample } from './probes';
import { appealFiles, soakHallConfig, soakSessions } from './sessions';

export interface SoakPlan {
  sessions: number;
  /** Sessions between samples. */
  every: number;
  /** Names the result files under test-results/soak/. */
  name: string;
}

export interface SoakOutcome {
  samples: SoakSample[];
  verdicts: SeriesVerdict[];
  table: string;
}

const resultsDir = path.resolve(import.meta.dirname, '../../test-results/soak');

/**
 * Runs `plan.sessions` citizens through one kiosk and one page, rotating registration, forgot
 * password, appeal and idle wipe, sampling before the first and after every `plan.every`. The files
 * are rewritten at each sample, so a run stopped early still leaves what it measured.
 */
export async function runSoak(page: Page, plan: SoakPlan): Promise<SoakOutcome> {
  const usbRoot = mkdtempSync(path.join(tmpdir(), 'kiosk-soak-usb-'));
  const drive = path.join(usbRoot, 'KINGSTON');
  mkdirSync(drive);
  const files = documentFixtures();
  writeFileSync(path.join(drive, appealFiles.licence), files['licence.pdf'] as Buffer);
  writeFileSync(path.join(drive, appealFiles.front), files['scan.png'] as Buffer);
  writeFileSync(path.join(drive, appealFiles.back), files['photo.jpg'] as Buffer);
  const kiosk = await startPersonKiosk(soakHallConfig, { KIOSK_DEMO_USB_ROOT: usbRoot });
  try {
    // The idle session moves the page's clock past the timeout instead of waiting 50 s for it.
    await page.clock.install();
    await openKiosk(page, kiosk);
    const cdp = await page.context().newCDPSession(page);
    const pid = findServicesPid(kiosk.dataDir);
    const started = Date.now();
    const samples = [await takeSample(cdp, pid, kiosk.dataDir, 0)];
    // A step that never comes fails its session within the minute instead of holding the run for hours.
    page.setDefaultTimeout(60_000);
    for (let n = 1; n <= plan.sessions; n++) {
      const session = soakSessions[(n - 1) % soakSessions.length] as (typeof soakSessions)[number];
      try {
        await session.run(page, kiosk, n);
      } catch (error) {
        mkdirSync(resultsDir, { recursive: true });
        await page.screenshot({ path: path.join(resultsDir, `${plan.name}-failed-session-${n}.png`) });
        throw new Error(`session ${n} (${session.name}) failed after ${samples.length} samples`, { cause: error });
      }
      if (n % plan.every !== 0 && n !== plan.sessions) continue;
      samples.push(await takeSample(cdp, pid, kiosk.dataDir, n));
      const elapsed = (Date.now() - started) / 1000;
      console.log(`soak ${plan.name}: ${n}/${plan.sessions} sessions, ${elapsed.toFixed(0)} s, ${(elapsed / n).toFixed(1)} s/session`);
      // Slopes once two samples are past warm-up; until then the samples alone.
      const judged = afterWarmUp(samples).length >= 2 ? judge(samples) : [];
      writeSoakResults(resultsDir, plan.name, samples, judged, { plan, secondsPerSession: elapsed / n });
    }
    const verdicts = judge(samples);
    writeSoakResults(resultsDir, plan.name, samples, verdicts, { plan, secondsPerSession: (Date.now() - started) / 1000 / plan.sessions });
    const table = formatTables(samples, verdicts);
    console.log(table);
    return { samples, verdicts, table };
  } finally {
    await kiosk.stop();
    rmSync(usbRoot, { recursive: true, force: true });
  }
}
