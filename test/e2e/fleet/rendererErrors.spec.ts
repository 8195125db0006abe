import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '../support/kioskShell';

const PHONE = '13812345678';

test("an error and an unhandled rejection in the page reach main's log and the crash note for the next heartbeat, with no dialog", async ({ page, kiosk }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(kiosk.url);
  await expect(page.getByRole('status')).toHaveText('服务正常');

  await page.evaluate((phone) => {
    setTimeout(() => {
      throw new TypeError(`e2e: thrown in the page for ${phone}`);
    });
    void Promise.reject(new Error('e2e: rejected in the page'));
  }, PHONE);

  const logFile = path.join(kiosk.dataDir, 'logs', 'kiosk.log');
  const rendererErrors = () =>
    (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '')
      .split('\n')
      .filter((line) => line.includes('"renderer error"'))
      .map((line) => JSON.parse(line) as { kind: string; error: { errorClass?: string; message: string } });
  await expect
    .poll(() =>
      rendererErrors()
        .map((r) => r.kind)
        .sort(),
    )
    .toEqual(['error', 'unhandledrejection']);
  const logged = rendererErrors();
  expect(logged.find((r) => r.kind === 'error')?.error).toMatchObject({ errorClass: 'TypeError', message: 'e2e: thrown in the page for [phone]' });
  expect(readFileSync(logFile, 'utf8')).not.toContain(PHONE);

  // Noted right after each log line, for the next heartbeat.
  const crashFile = path.join(kiosk.dataDir, 'last-crash.json');
  await expect
    .poll(() => (existsSync(crashFile) ? (JSON.parse(readFileSync(crashFile, 'utf8')) as { source: string; count: number }) : null))
    .toMatchObject({
      source: 'renderer',
      count: 2,
    });
  // The kiosk carries on: no dialog, the home screen is still there.
  expect(dialogs).toEqual([]);
  await expect(page.getByRole('heading', { level: 1, name: '您好，欢迎使用自助服务' })).toBeVisible();
});
