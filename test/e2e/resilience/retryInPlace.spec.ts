import { expect, test } from '@playwright/test';
import {
  agreeAndChooseCredentials,
  agreeToFaceCheck,
  cameraArgs,
  checkScreen,
  openKiosk,
  presentCard,
  startPersonKiosk,
  typeOnKeypad,
  type PersonKiosk,
} from '../person/personSupport';

/** The face step needs Chromium's fake camera playing the head-turn clip (a launch flag, so this file only). */
test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs() } });

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

test('gateway 503 at the SMS step: the status bar turns at once, and "try again" finishes registration without card, account or face again', async ({
  page,
}) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  const serviceState = page.getByTestId('service-state');
  await expect(serviceState).toHaveText('服务正常');
  await agreeAndChooseCredentials(page, 'liuyang92');
  await presentCard(page, 'liu-yang');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '验证手机号码' })).toBeVisible();

  // The gateway starts answering 503 just before the citizen asks for the code.
  await kiosk.setFaults({ errorRate: 1 });
  await typeOnKeypad(page, '手机号码键盘', '13612345678');
  const failedAt = Date.now();
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByRole('heading', { name: '此项服务暂时无法办理' })).toBeVisible();
  await expect(serviceState).toHaveText('认证系统连接不上', { timeout: 5000 });
  const turnedAfter = Date.now() - failedAt;
  console.log(`status bar turned ${turnedAfter} ms after the first 503`);
  expect(turnedAfter).toBeLessThan(5000);
  await expect(page.getByRole('contentinfo')).toContainText('网络中断');
  const hint = page.getByTestId('retry-hint');
  await expect(hint).toContainText('您已完成的步骤都已保留');
  await expect(hint).toContainText('认证系统还连接不上');
  await checkScreen(page, 'retry-zh-01-unavailable-link-down');

  // The link comes back: the probe sees it within seconds, and the hint says trying now is worth it.
  await kiosk.setFaults({ errorRate: 0 });
  await expect(serviceState).toHaveText('服务正常', { timeout: 10_000 });
  await expect(hint).toContainText('连接已经恢复，现在可以重试。');
  await checkScreen(page, 'retry-zh-02-unavailable-link-up');
  await page.getByRole('button', { name: '重试' }).click();

  // The same step, with the card and account kept: only the phone and code remain, then the face.
  await expect(page.getByRole('heading', { name: '验证手机号码' })).toBeVisible();
  await typeOnKeypad(page, '手机号码键盘', '13612345678');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13612345678'));
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByRole('heading', { name: /人脸验证/ })).toBeVisible();
  await agreeToFaceCheck(page);
  await expect(page.getByRole('heading', { name: '注册成功' })).toBeVisible({ timeout: 60_000 });
  const receipt = page.getByTestId('receipt');
  await expect(receipt).toContainText('liuyang92');
  await expect(receipt).toContainText('350***********3314');
  await checkScreen(page, 'retry-zh-03-done');
});

// The capture whose upload met the 503 is sent again as it was: main lets it answer its challenge order once more.
test('gateway 503 at the face step after the SMS: "try again" re-runs the face check with the SMS proof kept', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await agreeAndChooseCredentials(page, 'liuyang92');
  await presentCard(page, 'liu-yang');
  await page.getByRole('button', { name: '下一步' }).click();
  await typeOnKeypad(page, '手机号码键盘', '13612345678');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13612345678'));
  await kiosk.setFaults({ errorRate: 0 });
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByRole('heading', { name: /人脸验证/ })).toBeVisible();
  await agreeToFaceCheck(page);
  await kiosk.setFaults({ errorRate: 1 });
  await expect(page.getByRole('heading', { name: '此项服务暂时无法办理' })).toBeVisible({ timeout: 60_000 });
  await kiosk.setFaults({ errorRate: 0 });
  await expect(page.getByTestId('retry-hint')).toContainText('连接已经恢复', { timeout: 10_000 });
  await page.getByRole('button', { name: '重试' }).click();
  // The captured face is sent again: no new capture, no new SMS.
  await expect(page.getByRole('heading', { name: '注册成功' })).toBeVisible({ timeout: 30_000 });
});
