import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startKioskShell } from '../e2e/support/kioskShell';

/**
 * Person flows: (1) time from a card being presented on the identity step to the form showing its
 * fields, over the real bridge and simulated reader; (2) the renderer's initial JavaScript (what
 * index.html loads before any flow). Compared with the recorded baseline below; needs `npm run build`.
 */
const baseline = { cardToFieldsMedianMs: 900, initialJsBytes: 1_100_000 };
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function initialJsBytes(): number {
  const html = readFileSync(path.join(root, 'out/renderer/index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1] as string);
  return scripts.reduce((sum, src) => sum + statSync(path.join(root, 'out/renderer', src.replace(/^\.?\//, ''))).size, 0);
}

const rounds = 5;
const shell = await startKioskShell({ KIOSK_LOG_LEVEL: 'warn' });
const browser = await chromium.launch({ executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const times: number[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(shell.url);
  for (let i = 0; i < rounds; i++) {
    await page.getByRole('button', { name: /注册账号/ }).click();
    await page.getByRole('button', { name: '取消办理' }).waitFor();
    // Straight to the identity step through the store would skip the UI; walk it instead.
    await page.locator('input[type=checkbox]').nth(0).check();
    await page.locator('input[type=checkbox]').nth(1).check();
    await page.getByRole('button', { name: '下一步' }).click();
    for (const ch of 'liuyang92') await page.getByRole('group', { name: '键盘' }).getByRole('button', { name: ch, exact: true }).click();
    await page.getByLabel('密码', { exact: true }).click();
    for (const ch of 'abc12345') await page.getByRole('group', { name: '键盘' }).getByRole('button', { name: ch, exact: true }).click();
    await page.getByLabel('确认密码').click();
    for (const ch of 'abc12345') await page.getByRole('group', { name: '键盘' }).getByRole('button', { name: ch, exact: true }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByText('请将身份证放在读卡区').waitFor();
    const started = performance.now();
    await page.locator('.demo-card').click();
    await page.getByRole('dialog').locator('.person').first().click();
    await page.getByTestId('identity-fields').waitFor();
    times.push(performance.now() - started);
    await page.getByRole('button', { name: '取消办理' }).click();
    await page.locator('.demo-card').click();
    await page.getByRole('dialog').locator('.actions button').first().click();
    await page.waitForTimeout(800);
  }
} finally {
  await browser.close();
  await shell.stop();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? NaN;
const bytes = initialJsBytes();
const row = (name: string, value: number, base: number, unit: string) =>
  console.log(`${name.padEnd(28)} ${value.toFixed(0).padStart(9)} ${unit}  baseline ${base} ${unit}  ${value <= base ? 'ok' : 'OVER BASELINE'}`);
row('card → fields (median)', median, baseline.cardToFieldsMedianMs, 'ms');
console.log(`  rounds: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
row('renderer initial JS', bytes, baseline.initialJsBytes, 'B');
process.exit(median <= baseline.cardToFieldsMedianMs && bytes <= baseline.initialJsBytes ? 0 : 1);
