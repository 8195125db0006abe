import { expect, test, type Locator, type Page } from '@playwright/test';
import { cameraArgs, checkScreen, openKiosk, presentCard, startPersonKiosk, typeOnKeyboard, typeOnKeypad, type PersonKiosk } from './personSupport';

/** Xinjiang's forgot password has a face step: Chromium's fake camera plays the head-turn clip. */
test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs() } });

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

const progress = (page: Page, step: string) => page.locator('.progress, ol').getByRole('listitem').filter({ hasText: step });

/** The consent a face step may ask before the camera starts: agreed to if it shows before `next` does. */
async function agreeToFaceIfAsked(page: Page, next: Locator): Promise<void> {
  const consent = page.getByTestId('face-consent');
  await expect(consent.or(next)).toBeVisible({ timeout: 60_000 });
  if (await consent.isVisible()) await consent.locator('button.primary').click();
}

/** Both password fields on the on-screen keyboard, after taking off `clear` characters typed before. */
async function newPassword(page: Page, password: string, clear = 0): Promise<void> {
  const board = page.getByRole('group', { name: '键盘' });
  for (const field of [page.getByLabel('密码', { exact: true }), page.getByLabel('确认密码')]) {
    await field.click();
    for (let i = 0; i < clear; i++) await board.getByRole('button', { name: '删除' }).click();
    await typeOnKeyboard(page, '键盘', password);
  }
}

test('Jilin kiosk by SMS only: card, code to the masked reserved phone, new password (the old one refused), receipt', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk({ forgotPassword: { switchOn: [] } });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: /^忘记密码/ }).click();
  await presentCard(page, 'zhang-wei');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '验证预留手机' })).toBeVisible({ timeout: 30_000 });
  await expect(progress(page, '人脸验证')).toHaveCount(0);
  await expect(page.getByText('验证码将发送到您预留的手机 138****0001')).toBeVisible();
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13800000001'));
  await checkScreen(page, 'forgot-jilin-zh-01-sms-only');
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByRole('heading', { name: '设置新密码' })).toBeVisible();
  await newPassword(page, 'Kiosk@2024');
  await page.getByRole('button', { name: '确认重设' }).click();
  await expect(page.getByText('新密码不能与原密码相同，请换一个密码')).toBeVisible();
  await checkScreen(page, 'forgot-jilin-zh-02-same-password');
  await newPassword(page, 'NewPass#2025', 'Kiosk@2024'.length);
  await page.getByRole('button', { name: '确认重设' }).click();
  await expect(page.getByRole('heading', { name: '密码重设成功' })).toBeVisible();
  await expect(page.getByTestId('receipt')).toContainText('138****0001');
  await checkScreen(page, 'forgot-jilin-zh-03-done');
});

test('Xinjiang kiosk, SMS not switched on: card, face, new password', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk({ forgotPassword: { switchOn: [] } }, { KIOSK_PROVINCE: 'xinjiang' });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: /^忘记密码/ }).click();
  await presentCard(page, 'zhang-wei');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: /人脸验证/ })).toBeVisible();
  await expect(progress(page, '短信验证')).toHaveCount(0);
  await agreeToFaceIfAsked(page, page.getByRole('heading', { name: '设置新密码' }));
  await expect(page.getByRole('heading', { name: '设置新密码' })).toBeVisible({ timeout: 60_000 });
  await checkScreen(page, 'forgot-xinjiang-zh-01-password-after-face');
  await newPassword(page, 'NewPass#2025');
  await page.getByRole('button', { name: '确认重设' }).click();
  await expect(page.getByRole('heading', { name: '密码重设成功' })).toBeVisible();
});

test('Xinjiang kiosk with the optional SMS switched on, in Uyghur: card, face, code, new password', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk({ forgotPassword: { switchOn: ['sms'] } }, { KIOSK_PROVINCE: 'xinjiang' });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: /^مەخپىي نومۇرنى ئۇنتۇدۇم/ }).click();
  await presentCard(page, 'zhang-wei');
  await checkScreen(page, 'forgot-xinjiang-ug-01-identify');
  await page.locator('.actions .primary').click();
  await agreeToFaceIfAsked(page, page.getByRole('heading', { name: 'قالدۇرغان يانفوننى دەلىللەش' }));
  await expect(page.getByRole('heading', { name: 'قالدۇرغان يانفوننى دەلىللەش' })).toBeVisible({ timeout: 60_000 });
  await page.locator('button.send').click();
  await expect(page.locator('#sms-code')).toBeVisible();
  const pad = page.locator('.keypad').last();
  for (const d of await kiosk.smsCode('13800000001')) await pad.getByRole('button', { name: d, exact: true }).click();
  await checkScreen(page, 'forgot-xinjiang-ug-02-sms');
  await page.locator('button.verify').click();
  await expect(page.getByRole('heading', { name: 'يېڭى مەخپىي نومۇر بېكىتىش' })).toBeVisible();
  await checkScreen(page, 'forgot-xinjiang-ug-03-password');
});
