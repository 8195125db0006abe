/**
 * The screens larger text changes most, at 1280×800 on a Xinjiang kiosk: home, the agreement and
 * identity steps, the keyboard step, the face step, a result with its receipt, the staff unlock
 * dialog and the staff desk. Each in zh-CN and in Uyghur (right to left), with normal and with
 * larger text: a screenshot for review, and axe-core with no violations at all.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  agreeToFaceCheck,
  cameraArgs,
  openKiosk,
  presentCard,
  startPersonKiosk,
  typeOnKeyboard,
  typeOnKeypad,
  type PersonKiosk,
} from '../person/personSupport';
import { setLargerText } from './largerText';

test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs() } });

const screensDir = path.resolve(import.meta.dirname, '../../../test-results/screens/ui/larger-text');
const languages = [
  { locale: 'zh-CN', button: '中文' },
  { locale: 'ug', button: 'ئۇيغۇرچە' },
] as const;

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

async function setLanguage(page: Page, language: (typeof languages)[number]): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: language.button, exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language.locale);
}

/** A screenshot and an axe run of what is on screen now. */
async function record(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(screensDir, `${name}.png`) });
  // meta-viewport: the kiosk blocks pinch zoom on purpose (index.html); text size is the app's own.
  const results = await new AxeBuilder({ page }).exclude('video').disableRules(['meta-viewport']).analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect.soft(found, `axe on ${name}`).toEqual([]);
}

/** The current screen in both languages and both sizes; back to zh-CN, normal text, afterwards. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const language of languages) {
    await setLanguage(page, language);
    for (const large of [false, true]) {
      await setLargerText(page, large);
      await record(page, `${name}-${language.locale}-${large ? 'large' : 'normal'}`);
    }
  }
  await setLanguage(page, languages[0]);
  await setLargerText(page, false);
}

test('larger text screens in zh-CN and Uyghur: screenshots, and axe finds nothing', async ({ page }) => {
  test.setTimeout(240_000);
  mkdirSync(screensDir, { recursive: true });
  // The head-turn clip never nods: the face step stays live while it is recorded.
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'xinjiang', KIOSK_DEMO_FACE_CHALLENGES: 'nod' });
  await openKiosk(page, kiosk);
  await shoot(page, 'home');

  // An adult up to the face step.
  await page.getByRole('button', { name: /注册账号/ }).click();
  await shoot(page, 'register-agreement');
  await page.getByLabel('我已阅读并同意《服务协议》').check();
  await page.getByLabel('我已阅读并同意《隐私政策》').check();
  await page.getByRole('button', { name: '下一步' }).click();
  await typeOnKeyboard(page, '键盘', 'liuyang92');
  await page.getByLabel('密码', { exact: true }).click();
  await typeOnKeyboard(page, '键盘', 'Kiosk#2025a');
  await shoot(page, 'keyboard-account');
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'Kiosk#2025a');
  await page.getByRole('button', { name: '下一步' }).click();
  await presentCard(page, 'liu-yang');
  await expect(page.getByLabel('姓名')).toHaveValue('刘洋');
  await shoot(page, 'register-identity');
  await page.getByRole('button', { name: '下一步' }).click();
  await typeOnKeypad(page, '手机号码键盘', '13612345678');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13612345678'));
  await shoot(page, 'keypad-phone');
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await agreeToFaceCheck(page);
  await expect(page.locator('.face-capture')).toHaveAttribute('data-phase', 'liveness', { timeout: 15_000 });
  await shoot(page, 'face');
  await page.getByRole('button', { name: '取消办理' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '确定取消' }).click();

  // A minor registers without a face step: the result with its receipt.
  await page.getByRole('button', { name: /注册账号/ }).click();
  await page.getByLabel('我已阅读并同意《服务协议》').check();
  await page.getByLabel('我已阅读并同意《隐私政策》').check();
  await page.getByRole('button', { name: '下一步' }).click();
  await typeOnKeyboard(page, '键盘', 'xiaoming13');
  await page.getByLabel('密码', { exact: true }).click();
  await typeOnKeyboard(page, '键盘', 'abc12345');
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'abc12345');
  await page.getByRole('button', { name: '下一步' }).click();
  await presentCard(page, 'wang-xiaoming');
  await expect(page.getByLabel('姓名')).toHaveValue('王小明');
  await page.getByRole('button', { name: '下一步' }).click();
  await typeOnKeypad(page, '手机号码键盘', '13612340001');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13612340001'));
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByRole('heading', { name: '注册成功' })).toBeVisible();
  await shoot(page, 'result-done');
  await page.getByRole('button', { name: '完成' }).click();

  // The staff unlock dialog (the page behind it is inert: language and size are set before it opens).
  for (const language of languages) {
    for (const large of [false, true]) {
      await setLanguage(page, language);
      await setLargerText(page, large);
      await page.keyboard.press('Control+Alt+Shift+KeyS');
      await expect(page.getByRole('dialog')).toBeVisible();
      await record(page, `staff-unlock-${language.locale}-${large ? 'large' : 'normal'}`);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
  }
  await setLanguage(page, languages[0]);
  await setLargerText(page, false);

  // The staff desk, after a staff card unlocked assisted mode.
  await page.keyboard.press('Control+Alt+Shift+KeyS');
  await page.getByRole('dialog', { name: '工作人员登录' }).getByRole('button', { name: '演示：刷工作证（周敏）' }).click();
  await page.getByRole('region', { name: '工作人员协助模式' }).getByRole('button', { name: '工作台' }).click();
  await expect(page.getByRole('heading', { name: '工作人员工作台' })).toBeVisible();
  await shoot(page, 'staff-desk');
  await page.getByRole('tab', { name: '设备诊断' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: '审计日志' })).toBeVisible();
  await shoot(page, 'staff-diagnostics');
});
