import { expect, test } from '@playwright/test';
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

/** Flows with a face step: Chromium's fake camera plays the head-turn clip (launch flag, so this file only). */
test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs() } });

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

test('an adult registers from the card: agreement, account, identity, phone + SMS, face, receipt', async ({ page }) => {
  test.setTimeout(120_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await checkScreen(page, 'register-zh-00-home');
  await agreeAndChooseCredentials(page, 'liuyang92', 'register-zh');
  await expect(page.getByText('请将身份证放在读卡区')).toBeVisible();
  await presentCard(page, 'liu-yang');
  await expect(page.getByLabel('姓名')).toHaveValue('刘洋');
  await expect(page.getByLabel('证件号码')).toHaveValue('350102199209053314');
  await checkScreen(page, 'register-zh-03-identity');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '验证手机号码' })).toBeVisible();
  await typeOnKeypad(page, '手机号码键盘', '13612345678');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByText('验证码已发送至 136****5678')).toBeVisible();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13612345678'));
  await checkScreen(page, 'register-zh-04-phone');
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByRole('heading', { name: /人脸验证/ })).toBeVisible();
  await checkScreen(page, 'register-zh-05-face-consent');
  await agreeToFaceCheck(page);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'test-results/screens/person/register-zh-05-face.png' });
  await expect(page.getByRole('heading', { name: '注册成功' })).toBeVisible({ timeout: 60_000 });
  const receipt = page.getByTestId('receipt');
  await expect(receipt).toContainText('136****5678');
  await expect(receipt).toContainText('350***********3314');
  await expect(receipt).not.toContainText('350102199209053314');
  await expect(receipt).toContainText('liuyang92');
  await checkScreen(page, 'register-zh-06-done');
  await page.getByRole('button', { name: '完成' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '您好，欢迎使用自助服务' })).toBeVisible();
});

test('forgot password: card, account found, face, SMS to the masked reserved phone, new password, receipt', async ({ page }) => {
  test.setTimeout(120_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: /^忘记密码/ }).click();
  await presentCard(page, 'zhang-wei');
  await checkScreen(page, 'forgot-zh-01-identify');
  await page.getByRole('button', { name: '下一步' }).click();
  await agreeToFaceCheckIfAsked(page, page.getByRole('heading', { name: '验证预留手机' }));
  await expect(page.getByRole('heading', { name: '验证预留手机' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('验证码将发送到您预留的手机 138****0001')).toBeVisible();
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13800000001'));
  await checkScreen(page, 'forgot-zh-02-sms');
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByRole('heading', { name: '设置新密码' })).toBeVisible();
  await typeOnKeyboard(page, '键盘', 'NewPass#2025');
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'NewPass#2025');
  await checkScreen(page, 'forgot-zh-03-password');
  await page.getByRole('button', { name: '确认重设' }).click();
  await expect(page.getByRole('heading', { name: '密码重设成功' })).toBeVisible();
  await expect(page.getByTestId('receipt')).toContainText('138****0001');
  await checkScreen(page, 'forgot-zh-04-done');
});

test('agreement re-signing and real-name upgrade after a card + face sign-in', async ({ page }) => {
  test.setTimeout(120_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: /协议与实名/ }).click();
  await presentCard(page, 'li-xiuying');
  await expect(page.getByLabel('有效期限')).toHaveValue('2010-03-01 — 长期');
  await page.getByRole('button', { name: '下一步' }).click();
  await agreeToFaceCheck(page);
  await expect(page.getByRole('heading', { name: '需要办理的事项' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('服务协议已更新为 2024.1 版（您签署的是 2022.1 版），请阅读并重新签署。')).toBeVisible();
  await checkScreen(page, 'services-zh-01-tasks');
  await page.getByLabel('我已阅读并同意《服务协议》').check();
  await page.getByRole('button', { name: '签署协议' }).click();
  await expect(page.getByText('已签署最新协议（2024.1 版）')).toBeVisible();
  await page.getByRole('button', { name: '升级实名等级' }).click();
  await expect(page.getByText('实名等级 3 级，无需升级')).toBeVisible();
  await page.getByRole('button', { name: '办理完成' }).click();
  await expect(page.getByTestId('receipt')).toHaveCount(2);
  await checkScreen(page, 'services-zh-02-done');
});

test('offline: an online-only flow says it is unavailable and points to the counter; face enrolment is saved to be sent', async ({ page }) => {
  test.setTimeout(120_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await kiosk.setFaults({ errorRate: 1 });
  await page.getByRole('button', { name: /^忘记密码/ }).click();
  await presentCard(page, 'zhang-wei');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '此项服务暂时无法办理' })).toBeVisible();
  await expect(page.getByText('请到窗口办理，或稍后再试。')).toBeVisible();
  await checkScreen(page, 'offline-zh-01-unavailable');
  await page.getByRole('button', { name: '返回首页' }).click();

  await page.getByRole('button', { name: /人脸采集/ }).click();
  await presentCard(page, 'zhang-wei');
  await page.getByRole('button', { name: '下一步' }).click();
  await agreeToFaceCheck(page);
  const outcome = page.getByRole('heading', { name: '已保存，稍后发送' });
  await expect(outcome).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('receipt')).toContainText('已保存，待发送');
  await checkScreen(page, 'offline-zh-02-face-enrolment');
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('1 项待发送');

  // The link comes back: the queued enrolment drains by itself, with no one at the kiosk.
  await kiosk.setFaults({ errorRate: 0 });
  await expect(footer).not.toContainText('待发送', { timeout: 60_000 });
});

test('a queued enrolment the server refuses goes to staff: reason shown masked, sent again from the desk, audited', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await kiosk.setFaults({ errorRate: 1 });
  await page.getByRole('button', { name: /人脸采集/ }).click();
  // 陈静's comparison never matches in the reference population register.
  await presentCard(page, 'chen-jing');
  await page.getByRole('button', { name: '下一步' }).click();
  await agreeToFaceCheck(page);
  await expect(page.getByRole('heading', { name: '已保存，稍后发送' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: '完成' }).click();
  await kiosk.setFaults({ errorRate: 0 });

  await page.keyboard.press('Control+Alt+Shift+KeyS');
  await page.getByRole('dialog', { name: '工作人员登录' }).getByRole('button', { name: '演示：刷工作证（周敏）' }).click();
  await page.getByRole('region', { name: '工作人员协助模式' }).getByRole('button', { name: '工作台' }).click();
  const row = page.getByRole('row').filter({ hasText: '人脸采集' });
  await expect(async () => {
    await page.getByRole('tab', { name: '待发送队列' }).click();
    await expect(row).toContainText('发送失败', { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(row).toContainText('FACE_NO_MATCH');
  // The clerk sees who it was for only masked.
  await expect(row).toContainText('陈*');
  await expect(row).not.toContainText('540102198504201165');
  await checkScreen(page, 'staff-queue-dead');
  const attempts = Number(await row.getByRole('cell').nth(2).textContent());
  await row.getByRole('button', { name: '重新发送' }).click();
  // Sent once more, refused once more: one more attempt, dead again with the same reason.
  await expect(async () => {
    await page.getByRole('tab', { name: '待发送队列' }).click();
    await expect(row.getByRole('cell').nth(2)).toHaveText(String(attempts + 1), { timeout: 1000 });
    await expect(row).toContainText('发送失败', { timeout: 1000 });
  }).toPass({ timeout: 60_000 });

  await page.getByRole('tab', { name: '设备诊断' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: '审计日志' })).toContainText('完整');
});
