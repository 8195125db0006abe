/**
 * An appeal's materials going out while the citizen is still at the kiosk (demo mode: embedded
 * reference API slowed with its delay fault): the done screen's bar advances and says what is left,
 * the status bar shows the bytes being sent, in Chinese and in Uyghur, until everything has arrived.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { documentFixtures, makeLargePdf } from '../../fixtures/documents/makeDocuments';
import { checkScreen, fileAppealToReview, openKiosk, startPersonKiosk, type PersonKiosk } from '../person/personSupport';

let kiosk: PersonKiosk;
let usbRoot = '';
test.afterEach(async () => {
  await kiosk?.stop();
  if (usbRoot) rmSync(usbRoot, { recursive: true, force: true });
});

const shot = (page: Page, name: string) => checkScreen(page, `../enterprise/${name}`);
const percentOf = async (page: Page) => Number(await page.getByRole('progressbar').getAttribute('aria-valuenow'));

/** Starts a Xinjiang kiosk (it offers Uyghur) with a 6 MB licence and two photos on the USB stand-in. */
async function startWithDrive(): Promise<PersonKiosk> {
  usbRoot = mkdtempSync(path.join(tmpdir(), 'kiosk-usb-'));
  const drive = path.join(usbRoot, 'KINGSTON');
  mkdirSync(drive);
  const files = documentFixtures();
  writeFileSync(path.join(drive, 'licence.pdf'), makeLargePdf(6 * 1024 * 1024, 16));
  for (const name of ['scan.png', 'photo.jpg']) writeFileSync(path.join(drive, name), files[name]!);
  return startPersonKiosk({}, { KIOSK_DEMO_USB_ROOT: usbRoot, KIOSK_PROVINCE: 'xinjiang' });
}

test('a throttled appeal upload shows its progress advancing and what is left, then that it arrived', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startWithDrive();
  await openKiosk(page, kiosk);
  await fileAppealToReview(page, kiosk);

  // Every request to the identity API now takes 0.6 s: the 6 MB licence goes in 24 slow chunks.
  await kiosk.setFaults({ delayMs: 600 });
  await page.getByRole('button', { name: '提交申诉' }).click();
  await expect(page.getByRole('heading', { name: '申诉已提交' })).toBeVisible();
  const bar = page.getByRole('progressbar', { name: '正在上传申诉材料' });
  await expect(bar).toBeVisible();
  await expect.poll(() => percentOf(page), { timeout: 20_000 }).toBeGreaterThan(5);
  const first = await percentOf(page);
  await expect(page.getByTestId('appeal-upload-left')).toHaveText(/^还剩 3 份材料，\d\.\d MB$/);
  await expect(page.getByTestId('sync-progress')).toContainText(/正在发送 \d\.\d\s\/\s6\.\d MB/);
  await shot(page, 'upload-progress-01-zh');
  await expect.poll(() => percentOf(page), { timeout: 20_000 }).toBeGreaterThan(first);

  // The same screen in Uyghur: the sizes stay in reading order inside the right-to-left sentence.
  await page.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ug');
  await expect(page.getByRole('progressbar', { name: 'ئەرز ماتېرىياللىرى يۈكلىنىۋاتىدۇ' })).toBeVisible();
  await expect(page.getByTestId('appeal-upload-left')).toContainText('MB قالدى');
  await expect(page.getByTestId('sync-progress')).toContainText('MB يوللىنىۋاتىدۇ');
  await shot(page, 'upload-progress-02-ug');

  // The link speeds up: everything arrives and the screen says so.
  await kiosk.setFaults({ delayMs: 0 });
  await expect(page.getByText('ئەرز ماتېرىياللىرىنىڭ ھەممىسى يەتتى')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('sync-progress')).toHaveCount(0);
  await shot(page, 'upload-progress-03-ug-sent');
});

test('the staff desk shows the bytes going out for the appeal being sent', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startWithDrive();
  await openKiosk(page, kiosk);
  await fileAppealToReview(page, kiosk);
  // Slower still, so the upload is under way while the clerk opens the desk.
  await kiosk.setFaults({ delayMs: 1500 });
  await page.getByRole('button', { name: '提交申诉' }).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await page.getByRole('button', { name: '完成' }).click();

  await page.keyboard.press('Control+Alt+Shift+KeyS');
  await page
    .getByRole('dialog', { name: '工作人员登录' })
    .getByRole('button', { name: /演示：刷工作证/ })
    .click();
  await page.getByRole('region', { name: '工作人员协助模式' }).getByRole('button', { name: '工作台' }).click();
  const sending = page.getByTestId('desk-sending');
  await expect(sending).toHaveText(/正在发送 \d\.\d\s\/\s6\.\d MB/, { timeout: 30_000 });
  await expect(page.getByRole('row').filter({ has: sending })).toContainText(/赵\*|长春\*+公司/);
  await checkScreen(page, '../staff/desk-upload-progress-zh');
  // The desk in Uyghur, still sending: the bytes read left to right inside the right-to-left line.
  await page.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ug');
  await expect(sending).toContainText(/\d\.\d\s\/\s6\.\d\u2069? MB يوللىنىۋاتىدۇ/);
  // The submission time on the hall's 24-hour clock, not the English 12-hour one the browser falls back to.
  const row = page.getByRole('row').filter({ has: sending });
  await expect(row).toContainText(/\b\d{2}:\d{2}\b/);
  await expect(row).not.toContainText(/\b[AP]M\b/);
  await checkScreen(page, '../staff/desk-upload-progress-ug');
  await kiosk.setFaults({ delayMs: 0 });
  await expect(sending).toHaveCount(0, { timeout: 60_000 });
});

test('with the link down the done screen says the materials go later, then that they arrived', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startWithDrive();
  await openKiosk(page, kiosk);
  await fileAppealToReview(page, kiosk);
  await kiosk.setFaults({ errorRate: 1 });
  await page.getByRole('button', { name: '提交申诉' }).click();
  await expect(page.getByTestId('appeal-upload').getByRole('status')).toContainText('网络中断，材料已保存在本机，恢复后自动发送', { timeout: 30_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await shot(page, 'upload-progress-04-zh-later');
  await kiosk.setFaults({ errorRate: 0 });
  await expect(page.getByText('申诉材料已全部送达')).toBeVisible({ timeout: 90_000 });
});
