import { expect, test } from '@playwright/test';
import { checkScreen, openKiosk, startPersonKiosk, type PersonKiosk } from './personSupport';

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

test('QR sign-in with any of the province apps, then the agreement re-signed: a Fujian kiosk, WeChat, the trainer confirming for 李秀英', async ({ page }) => {
  test.setTimeout(120_000);
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'fujian' });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: /协议与实名/ }).click();
  const apps = page.getByRole('region', { name: '没带身份证？也可以用手机 APP 扫码登录：' });
  // Both apps of the Fujian profile, not only the first.
  await expect(apps.getByRole('button')).toHaveText(['用闽税通扫码', '用微信扫码']);
  await checkScreen(page, 'qr-services-zh-01-choose');
  await apps.getByRole('button', { name: '用微信扫码' }).click();
  await expect(page.getByRole('heading', { name: '请用手机 APP 扫描二维码登录' })).toBeVisible();
  await expect(page.getByText('请使用“微信”扫描二维码，并在手机上确认登录')).toBeVisible();
  await expect(page.getByRole('img', { name: /微信/ })).toBeVisible();
  await checkScreen(page, 'qr-services-zh-02-code');
  await page.getByRole('group', { name: '培训演示（代替手机App）' }).getByRole('button', { name: '以 李秀英 身份确认' }).click();

  await expect(page.getByRole('heading', { name: '需要办理的事项' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('服务协议已更新为 2024.1 版（您签署的是 2022.1 版），请阅读并重新签署。')).toBeVisible();
  // Signed in by the app, not the face: no real-name upgrade is offered.
  await expect(page.getByRole('button', { name: '升级实名等级' })).toHaveCount(0);
  await checkScreen(page, 'qr-services-zh-03-tasks');
  await page.getByLabel('我已阅读并同意《服务协议》').check();
  await page.getByRole('button', { name: '签署协议' }).click();
  await expect(page.getByText('已签署最新协议（2024.1 版）')).toBeVisible();
  await page.getByRole('button', { name: '办理完成' }).click();
  const receipt = page.getByTestId('receipt');
  await expect(receipt).toContainText('服务协议重签');
  await expect(receipt).toContainText('李*');
  await checkScreen(page, 'qr-services-zh-04-done');
});

test('Tibetan: the Tibet app offered by its name in བོད་ཡིག, and its code', async ({ page }) => {
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'tibet' });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'བོད་ཡིག' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bo');
  await page.getByRole('button', { name: /^གྲོས་མཐུན་དང་མིང་ངོ་མ།/ }).click();
  const app = page.locator('.qr-apps').getByRole('button');
  await expect(app).toHaveCount(1);
  await expect(app).not.toHaveText(/\p{Script=Han}/u);
  await checkScreen(page, 'qr-services-bo-01-choose');
  await app.click();
  await expect(page.getByTestId('qr-sign-in').getByRole('img')).toBeVisible();
  await checkScreen(page, 'qr-services-bo-02-code');
});
