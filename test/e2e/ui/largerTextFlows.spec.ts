/**
 * Larger text on every step of three walks at 1280×800 (zh-CN, demo mode): person registration,
 * person forgot password and the enterprise account appeal. At each step the toggle goes on, the
 * step's texts must have grown by at least 1.25× against the same step with normal text, and the
 * controls a citizen needs must stay reachable (largerText.ts says how); then it goes off again.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { documentFixtures } from '../../fixtures/documents/makeDocuments';
import {
  agreeToFaceCheck,
  cameraArgs,
  fileAppealToReview,
  openKiosk,
  presentCard,
  startPersonKiosk,
  typeOnKeyboard,
  typeOnKeypad,
  type AppealScreen,
  type PersonKiosk,
} from '../person/personSupport';
import { typeLatinOnChineseKeyboard } from '../ime/imeSupport';
import { annotateGrowth, checkLargerText } from './largerText';

/** Registration and forgot password have a face step: Chromium's fake camera plays the head-turn clip. */
test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs() } });

let kiosk: PersonKiosk;
let usbRoot = '';
test.afterEach(async () => {
  annotateGrowth();
  await kiosk?.stop();
  if (usbRoot) rmSync(usbRoot, { recursive: true, force: true });
});

/** The face step is measured while the camera is live: it must not finish between the two measurements. */
async function checkFaceStep(page: Page, screen: string): Promise<void> {
  const step = page.locator('.face-capture');
  await agreeToFaceCheck(page);
  await expect(step).toHaveAttribute('data-screen', 'live', { timeout: 15_000 });
  await checkLargerText(page, screen);
  await expect(step, `${screen} stayed live while measured`).toHaveAttribute('data-screen', 'live');
}

test('registration: larger text grows every step and keeps its controls on a 1280×800 screen', async ({ page }) => {
  test.setTimeout(180_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: /注册账号/ }).click();
  await expect(page.getByRole('heading', { name: '请阅读并同意服务协议和隐私政策' })).toBeVisible();
  await checkLargerText(page, 'register/agreement');
  await page.getByLabel('我已阅读并同意《服务协议》').check();
  await page.getByLabel('我已阅读并同意《隐私政策》').check();
  await page.getByRole('button', { name: '下一步' }).click();

  await expect(page.getByRole('heading', { name: '设置账号名和密码' })).toBeVisible();
  await typeOnKeyboard(page, '键盘', 'liuyang92');
  await page.getByLabel('密码', { exact: true }).click();
  await typeOnKeyboard(page, '键盘', 'Kiosk#2025a');
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'Kiosk#2025a');
  await checkLargerText(page, 'register/account');
  await page.getByRole('button', { name: '下一步' }).click();

  await expect(page.getByText('请将身份证放在读卡区')).toBeVisible();
  await checkLargerText(page, 'register/identity-waiting');
  await presentCard(page, 'liu-yang');
  await expect(page.getByLabel('姓名')).toHaveValue('刘洋');
  await checkLargerText(page, 'register/identity');
  await page.getByRole('button', { name: '下一步' }).click();

  await expect(page.getByRole('heading', { name: '验证手机号码' })).toBeVisible();
  await typeOnKeypad(page, '手机号码键盘', '13612345678');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13612345678'));
  await checkLargerText(page, 'register/phone');
  await page.getByRole('button', { name: '验证', exact: true }).click();

  await expect(page.getByRole('heading', { name: /人脸验证/ })).toBeVisible();
  await checkFaceStep(page, 'register/face');
  await expect(page.getByRole('heading', { name: '注册成功' })).toBeVisible({ timeout: 60_000 });
  await checkLargerText(page, 'register/done');
});

test('forgot password: larger text grows every step and keeps its controls on a 1280×800 screen', async ({ page }) => {
  test.setTimeout(180_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: /^忘记密码/ }).click();
  await checkLargerText(page, 'forgot/identify-waiting');
  await presentCard(page, 'zhang-wei');
  await expect(page.getByLabel('姓名')).toHaveValue('张伟');
  await checkLargerText(page, 'forgot/identify');
  await page.getByRole('button', { name: '下一步' }).click();

  await expect(page.getByRole('heading', { name: /人脸/ })).toBeVisible();
  await checkFaceStep(page, 'forgot/face');
  await expect(page.getByRole('heading', { name: '验证预留手机' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13800000001'));
  await checkLargerText(page, 'forgot/sms');
  await page.getByRole('button', { name: '验证', exact: true }).click();

  await expect(page.getByRole('heading', { name: '设置新密码' })).toBeVisible();
  await typeOnKeyboard(page, '键盘', 'NewPass#2025');
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'NewPass#2025');
  await checkLargerText(page, 'forgot/password');
  await page.getByRole('button', { name: '确认重设' }).click();

  await expect(page.getByRole('heading', { name: '密码重设成功' })).toBeVisible();
  await checkLargerText(page, 'forgot/done');
});

test('enterprise appeal: larger text grows every step and keeps its controls on a 1280×800 screen', async ({ page }) => {
  test.setTimeout(180_000);
  // The materials come from a USB stand-in folder (the document camera is opened, measured and closed).
  usbRoot = mkdtempSync(path.join(tmpdir(), 'kiosk-usb-'));
  mkdirSync(path.join(usbRoot, 'KINGSTON'));
  for (const name of ['licence.pdf', 'scan.png', 'photo.jpg']) writeFileSync(path.join(usbRoot, 'KINGSTON', name), documentFixtures()[name]!);
  kiosk = await startPersonKiosk({}, { KIOSK_DEMO_USB_ROOT: usbRoot });
  await openKiosk(page, kiosk);
  const shots: Record<AppealScreen, string> = {
    'appeal-type': 'appeal/enterprise',
    enterprise: 'appeal/enterprise-filled',
    'identity-waiting': 'appeal/identity-waiting',
    identity: 'appeal/identity',
    phone: 'appeal/phone',
    materials: 'appeal/materials',
    'usb-files': 'appeal/materials-usb',
    'materials-done': 'appeal/materials-done',
  };
  await fileAppealToReview(page, kiosk, {
    at: async (screen) => {
      await checkLargerText(page, shots[screen]);
      if (screen !== 'materials') return;
      await page.getByRole('button', { name: '拍摄: 企业营业执照原件' }).click();
      await expect(page.getByRole('button', { name: '立即拍摄' })).toBeVisible({ timeout: 15_000 });
      await checkLargerText(page, 'appeal/materials-camera');
      await page.getByRole('button', { name: '取消', exact: true }).click();
    },
  });
  await page.getByLabel('申诉备注（选填）').click();
  await typeLatinOnChineseKeyboard(page, '输入申诉备注', 'rep-mismatch');
  await checkLargerText(page, 'appeal/review');
  await page.getByRole('button', { name: '提交申诉' }).click();

  await expect(page.getByRole('heading', { name: '申诉已提交' })).toBeVisible();
  await checkLargerText(page, 'appeal/done');
});
