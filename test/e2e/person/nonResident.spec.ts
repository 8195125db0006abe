import { expect, test, type Page } from '@playwright/test';
import {
  agreeAndChooseCredentials,
  agreeToFaceCheck,
  agreeToFaceCheckIfAsked,
  cameraArgs,
  checkScreen,
  openKiosk,
  presentCard,
  startPersonKiosk,
  typeOnKeyboard,
  typeOnKeypad,
  type PersonKiosk,
} from './personSupport';

/** Non-resident documents: the face steps need Chromium's fake camera playing the head-turn clip (launch flag, so this file only). */
test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs() } });

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

async function passFace(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: /人脸验证/ })).toBeVisible();
  await agreeToFaceCheck(page);
}

test('a foreign permanent resident with a 2023 card registers, then resets the password', async ({ page }) => {
  test.setTimeout(180_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await agreeAndChooseCredentials(page, 'annamueller');
  await presentCard(page, 'anna-mueller');
  await expect(page.getByLabel('姓名')).toHaveValue('安娜·米勒');
  await expect(page.getByLabel('证件类型')).toHaveValue('外国人永久居留身份证');
  await expect(page.getByLabel('证件号码')).toHaveValue('922276198804120028');
  await checkScreen(page, 'foreigner-zh-01-identity');
  await page.getByRole('button', { name: '下一步' }).click();
  await typeOnKeypad(page, '手机号码键盘', '13612348801');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13612348801'));
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await passFace(page);
  await expect(page.getByRole('heading', { name: '注册成功' })).toBeVisible({ timeout: 60_000 });
  const receipt = page.getByTestId('receipt');
  await expect(receipt).toContainText('922***********0028');
  await expect(receipt).toContainText('annamueller');
  await checkScreen(page, 'foreigner-zh-02-registered');
  await page.getByRole('button', { name: '完成' }).click();

  await page.getByRole('button', { name: /^忘记密码/ }).click();
  await presentCard(page, 'anna-mueller');
  await page.getByRole('button', { name: '下一步' }).click();
  await agreeToFaceCheckIfAsked(page, page.getByRole('heading', { name: '验证预留手机' }));
  await expect(page.getByRole('heading', { name: '验证预留手机' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('验证码将发送到您预留的手机 136****8801')).toBeVisible();
  // The registration code went to the same phone less than a minute ago: a new one is sent once the interval is over.
  await expect(async () => {
    await page.getByRole('button', { name: '获取验证码' }).click();
    await expect(page.getByRole('group', { name: '验证码键盘' })).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 75_000, intervals: [5000] });
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13612348801'));
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByRole('heading', { name: '设置新密码' })).toBeVisible();
  await typeOnKeyboard(page, '键盘', 'NewPass#2025');
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'NewPass#2025');
  await page.getByRole('button', { name: '确认重设' }).click();
  await expect(page.getByRole('heading', { name: '密码重设成功' })).toBeVisible();
  await expect(page.getByTestId('receipt')).toContainText('922***********0028');
  await checkScreen(page, 'foreigner-zh-03-reset');
});

test('a passport holder is registered by staff in assisted mode: the clerk types the passport, Latin name with spaces', async ({ page }) => {
  test.setTimeout(180_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await page.keyboard.press('Control+Alt+Shift+KeyS');
  await page.getByRole('dialog', { name: '工作人员登录' }).getByRole('button', { name: '演示：刷工作证（周敏）' }).click();
  await expect(page.getByRole('region', { name: '工作人员协助模式' })).toBeVisible();

  await agreeAndChooseCredentials(page, 'jpdupont');
  const manual = page.getByRole('form', { name: '工作人员手工录入身份信息' });
  await manual.getByLabel('证件类型').selectOption({ label: '护照' });
  await manual.getByLabel('姓名').fill('Jean·Pierre  Dupont');
  await manual.getByLabel('证件号码').fill('e12345678');
  await manual.getByLabel('起始日期').fill('2022-05-01');
  await manual.getByLabel('截止日期').fill('2032-04-30');
  await checkScreen(page, 'passport-zh-01-manual-entry');
  await manual.getByRole('button', { name: '使用以上信息' }).click();
  await expect(page.getByLabel('证件类型')).toHaveValue('护照');
  await expect(page.getByLabel('证件号码')).toHaveValue('E12345678');
  // Typed by the clerk, so the panel does not claim the card was read.
  await expect(page.getByText('由工作人员按证件录入，不可修改').first()).toBeVisible();
  await expect(page.getByText('已从身份证读取，不可修改')).toHaveCount(0);
  await page.getByRole('button', { name: '下一步' }).click();

  await typeOnKeypad(page, '手机号码键盘', '13612348803');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13612348803'));
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await passFace(page);
  await expect(page.getByRole('heading', { name: '注册成功' })).toBeVisible({ timeout: 60_000 });
  const receipt = page.getByTestId('receipt');
  await expect(receipt).toContainText('E12**5678');
  await expect(receipt).toContainText('J*****************');
  await checkScreen(page, 'passport-zh-02-registered');
});

test('a HK residence permit holder changes the reserved phone: permit, face, new phone and its code', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: /^修改手机号/ }).click();
  await presentCard(page, 'chan-ka-ming');
  await expect(page.getByLabel('姓名', { exact: true })).toHaveValue('陈家明');
  await expect(page.getByLabel('证件类型')).toHaveValue('港澳台居民居住证');
  await checkScreen(page, 'hk-permit-zh-01-identify');
  await page.getByRole('button', { name: '下一步' }).click();
  await passFace(page);
  await expect(page.getByText('当前预留手机号：136****0008')).toBeVisible({ timeout: 60_000 });
  await typeOnKeypad(page, '手机号码键盘', '13600000042');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13600000042'));
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByRole('heading', { name: '手机号已修改' })).toBeVisible({ timeout: 30_000 });
  const receipt = page.getByTestId('receipt');
  await expect(receipt).toContainText('136****0042');
  await expect(receipt).toContainText('810***********0014');
  await checkScreen(page, 'hk-permit-zh-02-done');
});
