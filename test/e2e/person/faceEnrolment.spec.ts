import { expect, test, type Locator, type Page } from '@playwright/test';
import { cameraArgs, checkScreen, openKiosk, presentCard, startPersonKiosk, type PersonKiosk } from './personSupport';

/** The face step needs Chromium's fake camera playing the head-turn clip (launch flag, so this file only). */
test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs() } });

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

/** The consent a face step may ask before the camera starts: agreed to if it shows before `next` does. */
async function agreeToFaceIfAsked(page: Page, next: Locator): Promise<void> {
  const consent = page.getByTestId('face-consent');
  await expect(consent.or(next)).toBeVisible({ timeout: 60_000 });
  if (await consent.isVisible()) await consent.locator('button.primary').click();
}

test('online: the matched face is enrolled on the account, and the screen says face sign-in is on (no SMS promised)', async ({ page }) => {
  test.setTimeout(120_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: /^人脸采集/ }).click();
  await presentCard(page, 'zhang-wei');
  await page.getByRole('button', { name: '下一步' }).click();
  const done = page.getByRole('heading', { name: '人脸采集成功' });
  await agreeToFaceIfAsked(page, done);
  await expect(done).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('您的人脸已登记到本人账号，账号已开通刷脸登录。')).toBeVisible();
  await expect(page.getByText(/短信/)).toHaveCount(0);
  await checkScreen(page, 'face-enrolment-zh-01-done');
});

test('Uyghur on a Xinjiang kiosk: the same, right to left', async ({ page }) => {
  test.setTimeout(120_000);
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'xinjiang' });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await page.getByRole('button', { name: /^چىراي ئېلىش/ }).click();
  await presentCard(page, 'zhang-wei');
  await page.locator('.actions .primary').click();
  const done = page.getByRole('heading', { name: 'چىراي ئېلىندى' }).first();
  await agreeToFaceIfAsked(page, done);
  await expect(done).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('چىرايىڭىز ھېساباتىڭىزغا تىزىملاندى، چىراي بىلەن كىرىش ئېچىلدى.')).toBeVisible();
  await checkScreen(page, 'face-enrolment-ug-01-done');
});
