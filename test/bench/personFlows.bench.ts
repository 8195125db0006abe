import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { demoCardIds } from '../../common/contract/services/reader';
import { defaultHallConfig } from '../../common/config/defaultHallConfig';
import { demoCard } from '../../main/demo/demoCards';
import { createReaderLoop } from '../../main/services/idcard/readerLoop';
import { SamSimulator } from '../../main/services/idcard/simulator/samSimulator';
import { SimulatorTransport } from '../../main/services/idcard/transports/simulatorTransport';
import { silentLogger } from '../../main/services/log/logger';
import { startKioskShell } from '../e2e/support/kioskShell';

/**
 * Person flows: time from a card being presented on the identity step to the form showing its
 * fields, over the real bridge, the kiosk's demo reader and the browser shell. The baseline, in
 * the same run, is the reader's own time for the same card: the same reader loop, poll interval
 * and simulated reader, from the card laid down to its `card` event, with nothing after it.
 * Builds the kiosk first when `out/` has no build.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rounds = process.env.BENCH_SHORT === '1' ? 3 : 5;
const card = demoCardIds[0];
if (!card) throw new Error('no demo card');

if (!existsSync(path.join(root, 'out/renderer/index.html')) || !existsSync(path.join(root, 'out/main/launch.js'))) {
  console.log('no build in out/: running npm run build');
  const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`npm run build failed with exit code ${built.status}`);
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;

/** The reader alone: card laid on the simulated reader → `card` event, as the kiosk's reader wiring polls it. */
async function readerOwnTimes(): Promise<number[]> {
  const sim = new SamSimulator();
  const loop = createReaderLoop({
    connect: async () => {
      const transport = new SimulatorTransport(sim, silentLogger, 'demo');
      await transport.open();
      return transport;
    },
    logger: silentLogger,
    pollIntervalMs: defaultHallConfig.devices.reader.pollIntervalMs,
  });
  let onCard: (() => void) | null = null;
  loop.onCard(() => onCard?.());
  const ready = new Promise<void>((resolve) => loop.onStatus((s) => s.state === 'ready' && resolve()));
  loop.start();
  await ready;
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const event = new Promise<void>((resolve) => (onCard = resolve));
    const removed = new Promise<void>((resolve) => {
      const off = loop.onCardRemoved(() => {
        off();
        resolve();
      });
    });
    const started = performance.now();
    sim.insert(demoCard(card));
    await event;
    times.push(performance.now() - started);
    sim.remove();
    await removed;
  }
  await loop.stop();
  sim.dispose();
  return times;
}

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
    await page.locator('.demo-card').click();
    const person = page.getByRole('dialog').locator('.person').first();
    await person.waitFor();
    // The card is laid on the reader when its person is tapped in the demo picker.
    const started = performance.now();
    await person.click();
    await page.getByTestId('identity-fields').waitFor();
    times.push(performance.now() - started);
    // A fresh session for the next round; the card left on the reader is replaced by the next one laid down.
    await page.reload();
  }
} finally {
  await browser.close();
  await shell.stop();
}
const reader = await readerOwnTimes();
const fieldsMs = median(times);
const readerMs = median(reader);
console.log(`card → fields shown (median of ${rounds}): ${fieldsMs.toFixed(0)} ms   rounds: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
console.log(
  `  baseline: the reader's own card → card event, same card and poll (median): ${readerMs.toFixed(0)} ms   rounds: ${reader.map((t) => t.toFixed(0)).join(', ')} ms`,
);
console.log(`  ratio ${(fieldsMs / readerMs).toFixed(2)}×, the kiosk adds ${(fieldsMs - readerMs).toFixed(0)} ms to the reader's own time`);
