import { expect, test, type Page } from '@playwright/test';
import { agreeToFaceCheck, cameraArgs, checkScreen, openKiosk, presentCard, startPersonKiosk, typeOnKeypad, type PersonKiosk } from './personSupport';

/** The face step needs Chromium's fake camera playing the head-turn clip (launch flag, so this file only). */
test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs() } });

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

/** 张伟's card through the face step, up to the new phone (zh-CN). */
async function throughFace(page: Page, shot?: string): Promise<void> {
  await page.getByRole('button', { name: /^修改手机号/ }).click();
  await expect(page.getByText('请放置本人身份证，查找您的账号。')).toBeVisible();
  if (shot) await checkScreen(page, `${shot}-01-waiting`);
  await presentCard(page, 'zhang-wei');
  await expect(page.getByLabel('姓名', { exact: true })).toHaveValue('张伟');
  if (shot) await checkScreen(page, `${shot}-02-identify`);
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: /人脸验证/ })).toBeVisible();
  await agreeToFaceCheck(page);
  await expect(page.getByText('当前预留手机号：138****0001')).toBeVisible({ timeout: 60_000 });
}

test('card, face, a new phone and its code: the account takes the new phone, with a masked receipt', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await checkScreen(page, 'phone-change-zh-00-home');
  await throughFace(page, 'phone-change-zh');
  await expect(page.getByRole('heading', { name: '输入新手机号，并填写发到新手机号的验证码' })).toBeVisible();
  await typeOnKeypad(page, '手机号码键盘', '13600000041');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByText('验证码已发送至 136****0041')).toBeVisible();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13600000041'));
  await checkScreen(page, 'phone-change-zh-03-phone');
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByRole('heading', { name: '手机号已修改' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('账号的预留手机号已改为 136****0041，以后的验证码将发到这个号码。')).toBeVisible();
  const receipt = page.getByTestId('receipt');
  await expect(receipt).toContainText('修改手机号');
  await expect(receipt).toContainText('张*');
  await expect(receipt).toContainText('136****0041');
  await expect(receipt).not.toContainText('110105199003071239');
  await checkScreen(page, 'phone-change-zh-04-done');
  await page.getByRole('button', { name: '完成' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '您好，欢迎使用自助服务' })).toBeVisible();
});

test('a number bound to another account is refused with the remedy: reclaim it through the app, or at the counter', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await throughFace(page);
  // 李秀英's reserved phone.
  await typeOnKeypad(page, '手机号码键盘', '13900000002');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByRole('heading', { name: '这个手机号已绑定其他账号' })).toBeVisible();
  await expect(page.getByText('新手机号已经是另一个账号的预留手机号，不能绑定到您的账号。')).toBeVisible();
  await expect(page.getByText(/请通过本省政务服务APP取回手机号使用权，或到窗口办理/)).toBeVisible();
  await checkScreen(page, 'phone-change-zh-05-bound-elsewhere');
  await page.getByRole('button', { name: '返回首页' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '您好，欢迎使用自助服务' })).toBeVisible();
});

test('Tibetan: the flow reads in བོད་ཡིག from the tile to the receipt', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'tibet' });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'བོད་ཡིག' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bo');
  await page.getByRole('button', { name: /^ཁ་པར་ཨང་བསྒྱུར་བ།/ }).click();
  await presentCard(page, 'zhang-wei');
  await expect(page.getByRole('heading', { name: 'ལག་འཁྱེར་ཀློག' })).toBeVisible();
  await checkScreen(page, 'phone-change-bo-01-identify');
  await page.locator('.actions .primary').click();
  await agreeToFaceCheck(page, 'མོས་མཐུན་ཡོད། འགོ་འཛུགས།');
  await expect(page.getByText('ད་ལྟའི་ཁ་པར་ཨང་། 138****0001')).toBeVisible({ timeout: 60_000 });
  await typeOnKeypad(page, 'ཁ་པར་ཨང་གི་མཐེབ་གཞོང་།', '13600000042');
  await page.getByRole('button', { name: 'ར་སྤྲོད་ཨང་ལེན།' }).click();
  await typeOnKeypad(page, 'ར་སྤྲོད་ཨང་གི་མཐེབ་གཞོང་།', await kiosk.smsCode('13600000042'));
  await checkScreen(page, 'phone-change-bo-02-phone');
  await page.getByRole('button', { name: 'ར་སྤྲོད།', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'ཁ་པར་ཨང་བསྒྱུར་ཟིན།' }).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('receipt')).toContainText('136****0042');
  await checkScreen(page, 'phone-change-bo-03-done');
});
