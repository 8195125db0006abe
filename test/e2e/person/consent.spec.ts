import { expect, test } from '@playwright/test';
import { agreeToFaceCheck, cameraArgs, checkScreen, openKiosk, presentCard, startPersonKiosk, type PersonKiosk } from './personSupport';

/** The face step needs Chromium's fake camera (launch flag, so this file only). */
test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs() } });

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

test('the province profile’s agreements, in full and scrollable: Tibet in Chinese, Xinjiang in Uyghur', async ({ page }) => {
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'tibet' });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: /注册账号/ }).click();
  const registration = page.getByRole('region', { name: /西藏自治区统一身份认证系统用户注册协议/ });
  const privacy = page.getByRole('region', { name: /西藏自治区统一身份认证系统隐私政策/ });
  await expect(registration).toContainText('第 2024.1 版');
  await expect(privacy).toContainText('第 2023.2 版');
  // Every section is there; the box scrolls to the last one.
  await expect(privacy.getByRole('heading', { level: 3 })).toHaveCount(5);
  await privacy.getByRole('heading', { name: '五、您的权利' }).scrollIntoViewIfNeeded();
  await expect(privacy.getByRole('heading', { name: '五、您的权利' })).toBeInViewport();
  expect(await privacy.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await checkScreen(page, 'agreements-zh-01-tibet');
  await kiosk.stop();

  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'xinjiang' });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await page
    .getByRole('button', { name: /تىزىملىتىش/ })
    .first()
    .click();
  // In right-to-left text a number is isolated (U+2066 … U+2069) so it keeps its reading order.
  await expect(page.getByRole('region', { name: /شىنجاڭ باج بىرلىككە كەلگەن كىملىك دەلىللەش سۇپىسى شەخسىي ئۇچۇر سىياسىتى/ })).toContainText(
    '\u20662023.4\u2069 نەشرى',
  );
  await checkScreen(page, 'agreements-ug-01-xinjiang');
});

test('consent before the face capture: declining leaves the step with the camera never started; agreeing starts it', async ({ page }) => {
  test.setTimeout(120_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: /^更新证件有效期/ }).click();
  await presentCard(page, 'zhang-wei');
  await page.getByRole('button', { name: '下一步' }).click();
  const consent = page.getByRole('region', { name: '打开摄像头前，请您确认授权' });
  await expect(consent).toContainText('我同意吉林省统一身份认证平台使用我本次提交的证件信息和现场拍摄的人脸照片，用于核验我的身份。');
  await expect(page.locator('video')).toHaveCount(0);
  await checkScreen(page, 'face-consent-zh-01');
  await consent.getByRole('button', { name: '不同意' }).click();
  await expect(page.getByLabel('姓名')).toHaveValue('张伟');
  await page.getByRole('button', { name: '下一步' }).click();
  await agreeToFaceCheck(page);
  await expect(page.locator('.face-capture')).toBeVisible();
  await expect(page.getByRole('heading', { name: '证件有效期已更新' })).toBeVisible({ timeout: 60_000 });
});
