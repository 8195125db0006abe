import { expect, test, type Page } from '@playwright/test';
import { cameraArgs, checkScreen, openKiosk, presentCard, startPersonKiosk, type PersonKiosk } from '../person/personSupport';

/** The face enrolment that fills the queue needs the fake camera (launch flag, so this file only). */
test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs() } });

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

/** A face enrolment with the link down: saved in the outbox for later. */
async function queueFaceEnrolment(page: Page): Promise<void> {
  await page.getByRole('button', { name: /人脸采集/ }).click();
  await presentCard(page, 'zhang-wei');
  await page.getByRole('button', { name: '下一步' }).click();
  const saved = page.getByRole('heading', { name: '已保存，稍后发送' });
  // Profiles that ask for consent before the camera opens show it first.
  const agree = page.getByRole('button', { name: '同意，开始人脸验证' });
  await expect(agree.or(saved)).toBeVisible({ timeout: 60_000 });
  if (await agree.isVisible()) await agree.click();
  await expect(saved).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: '完成' }).click();
}

test('the staff desk reads in plain words: service, masked citizen, state and reason in the kiosk language; a pending item is sent now', async ({ page }) => {
  test.setTimeout(180_000);
  // Tibet, so Tibetan is among the hall's languages.
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'tibet' });
  await openKiosk(page, kiosk);
  await kiosk.setFaults({ errorRate: 1 });
  await queueFaceEnrolment(page);

  await page.keyboard.press('Control+Alt+Shift+KeyS');
  await page.getByRole('dialog', { name: '工作人员登录' }).getByRole('button', { name: '演示：刷工作证（周敏）' }).click();
  await page.getByRole('region', { name: '工作人员协助模式' }).getByRole('button', { name: '工作台' }).click();
  const row = page.getByRole('row').filter({ hasText: '人脸采集' });
  // The scheduler tries once with the link down, so the row carries a reason.
  await expect(async () => {
    await page.getByRole('button', { name: '刷新' }).click();
    await expect(row.getByRole('cell').nth(2)).not.toHaveText('0', { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(row).toContainText('张*');
  await expect(row).toContainText('等待发送');
  await expect(row).toContainText(/连不上认证系统|认证系统繁忙/);
  // No developer output: no kind names, field paths or English state words.
  await expect(row).not.toContainText('faceEnrolment');
  await expect(row).not.toContainText('subject');
  await expect(row).not.toContainText('pending');
  await checkScreen(page, '../staff/desk-zh-queue');

  await page.getByRole('tab', { name: '设备诊断' }).click();
  const checks = page.getByRole('list').first();
  await expect(checks).toContainText('数据目录');
  await expect(checks).toContainText('本地数据库');
  await expect(checks).not.toContainText('writable');
  await expect(page.getByRole('definition').filter({ hasText: '项等待发送' })).toBeVisible();
  await checkScreen(page, '../staff/desk-zh-diagnostics');

  await page.getByRole('button', { name: 'བོད་ཡིག' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bo');
  await expect(checks).toContainText('གཞི་གྲངས་ཡིག་སྣོད།');
  await checkScreen(page, '../staff/desk-bo-diagnostics');
  await page.getByRole('tab').first().click();
  const boRow = page.getByRole('row').filter({ hasText: 'གདོང་པར་ལེན།' });
  await expect(boRow).toContainText('张*');
  await expect(boRow).not.toContainText('faceEnrolment');
  await checkScreen(page, '../staff/desk-bo-queue');

  // The link is back: the clerk sends the item now instead of waiting out its back-off.
  await page.getByRole('button', { name: '中文' }).click();
  await kiosk.setFaults({ errorRate: 0 });
  await row.getByRole('button', { name: '立即发送' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已安排发送' })).toBeVisible();
  await expect(async () => {
    await page.getByRole('button', { name: '刷新' }).click();
    await expect(page.getByText('队列为空，所有业务均已发送。')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
});
