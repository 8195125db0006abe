import { expect, test } from '@playwright/test';
import { kioskWalCapBytes } from '../../soak/analysis';
import { runSoak } from '../../soak/runSoak';

/**
 * Months of uptime, compressed: citizens one after another through one kiosk and one page, and
 * nothing may grow with them. Here the short version; `npm run soak` runs the full one
 * (playwright.soak.config.ts sets its size; SOAK_SESSIONS and SOAK_EVERY override either).
 */

test('soak: renderer heap, DOM, listeners, services RSS and fds flat after warm-up; the kiosk WAL bounded', async ({ page }, info) => {
  const sessions = Number(process.env.SOAK_SESSIONS ?? info.config.metadata.soakSessions ?? 24);
  const every = Number(process.env.SOAK_EVERY ?? info.config.metadata.soakEvery ?? 4);
  const name = sessions >= 100 ? 'full' : 'short';
  test.setTimeout(sessions * 60_000);
  const { samples, verdicts } = await runSoak(page, { sessions, every, name });
  for (const verdict of verdicts) {
    if (verdict.series.limitPer100 === undefined) continue;
    expect.soft(verdict.slopePer100, `${verdict.series.label}: slope per 100 sessions after warm-up`).toBeLessThan(verdict.series.limitPer100);
  }
  expect(Math.max(...samples.map((s) => s.kioskWalBytes)), 'kiosk WAL').toBeLessThanOrEqual(kioskWalCapBytes);
});
