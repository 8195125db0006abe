import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * `npm run soak`: the soak spec at full size (1,000 sessions, a sample every 50), alone. The short
 * version runs with the E2E suite under the default config.
 */
export default defineConfig({
  ...base,
  testDir: 'test/e2e/resilience',
  testMatch: 'soak.spec.ts',
  outputDir: 'test-results/soak-run',
  metadata: { soakSessions: 1000, soakEvery: 50 },
  // Hours on a shared machine: a slow moment must not end the run.
  expect: { timeout: 30_000 },
});
