/**
 * Enterprise agreement re-signing and real-name upgrade (demo mode: embedded reference API, card
 * simulator, the fake camera playing the head-turn clip): the legal representative's card and face
 * sign in for the enterprise, which signs the current agreement and raises its real-name level;
 * someone else's card is refused at the first step; the tasks screen in Uyghur.
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import {
  agreeToFaceCheck,
  cameraArgs,
  checkScreen,
  openEnterpriseServices,
  openKiosk,
  presentCard,
  startPersonKiosk,
  typeOnKeyboard,
  type PersonKiosk,
} from '../person/personSupport';

test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs() } });

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

const shot = (page: Page, name: string) => checkScreen(page, `../enterprise/${name}`);
/** 拉萨雪域商贸: legal representative 李秀英, no agreement signed, real-name level 1. */
const xueyu = '91540100ma6t3lw8pc';

/**
 * The demo population has 拉萨雪域商贸 waiting for activation (the activation walk needs it so); these
 * walks start where an activated enterprise would, by setting that state in the reference API's file.
 */
async function startWithXueyuActive(env: Record<string, string> = {}): Promise<PersonKiosk> {
  const started = await startPersonKiosk({}, env);
  const db = new Database(path.join(started.dataDir, 'identity-api.sqlite'));
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare(`UPDATE accounts SET status = 'active', account_name = 'xueyu01' WHERE account_id = 'E-XUEYU'`).run();
  } finally {
    db.close();
  }
  return started;
}

async function signIn(page: Page, card: 'zhang-wei' | 'li-xiuying', shotName?: string): Promise<void> {
  await openEnterpriseServices(page);
  await page.getByRole('button', { name: /^企业协议重签/ }).click();
  await typeOnKeyboard(page, '输入统一社会信用代码', xueyu);
  await presentCard(page, card);
  if (shotName) await shot(page, shotName);
  await page.getByRole('button', { name: '下一步：人脸验证' }).click();
  await agreeToFaceCheck(page);
}

test('the legal representative signs in with card and face, signs the agreement again and raises the real-name level', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startWithXueyuActive();
  await openKiosk(page, kiosk);
  await signIn(page, 'li-xiuying', 'account-services-zh-01-identity');
  await expect(page.getByRole('heading', { name: '企业账号：重签服务协议、升级实名等级' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/服务协议已更新为 2024.1 版/)).toBeVisible();
  await expect(page.getByText(/实名等级 1/).first()).toBeVisible();
  await shot(page, 'account-services-zh-02-tasks');
  await page.getByLabel('我已阅读并同意《服务协议》').check();
  await page.getByRole('button', { name: '签署协议' }).click();
  await expect(page.getByText('已签署最新协议（2024.1 版）')).toBeVisible();
  await page.getByRole('button', { name: '升级实名等级' }).click();
  await expect(page.getByText('实名等级 3 级，无需升级')).toBeVisible();
  await page.getByRole('button', { name: '办理完毕' }).click();
  await expect(page.getByRole('heading', { name: '企业事项已办理' })).toBeVisible();
  const receipts = page.getByTestId('enterprise-receipt');
  await expect(receipts).toHaveCount(2);
  await expect(receipts.nth(0)).toContainText('企业协议重签');
  await expect(receipts.nth(1)).toContainText('企业实名认证升级');
  await expect(receipts.nth(0)).toContainText('李**');
  await expect(receipts.nth(0)).not.toContainText('220102196002152427');
  await shot(page, 'account-services-zh-03-done');

  // Signed in again, the enterprise has nothing left to do.
  await page.getByRole('button', { name: '完成' }).click();
  await signIn(page, 'li-xiuying');
  await expect(page.getByText('已签署最新协议（2024.1 版）')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('实名等级 3 级，无需升级')).toBeVisible();
});

test('someone who is not the legal representative is refused at the first step, with the reason', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await signIn(page, 'zhang-wei');
  await expect(page.getByRole('heading', { name: '请输入统一社会信用代码，法定代表人放身份证' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('姓名与账号登记信息不一致')).toBeVisible();
  await expect(page.getByRole('button', { name: '签署协议' })).toHaveCount(0);
  await shot(page, 'account-services-zh-04-refused');
});

test('Uyghur: the tasks of the enterprise account', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startWithXueyuActive({ KIOSK_PROVINCE: 'xinjiang' });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ug');
  await openEnterpriseServices(page);
  await page.getByRole('button', { name: /^كارخانا كېلىشىمى/ }).click();
  await typeOnKeyboard(page, 'بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودىنى كىرگۈزۈڭ', xueyu);
  await presentCard(page, 'li-xiuying');
  await shot(page, 'account-services-ug-01-identity');
  await page.getByRole('button', { name: 'كېيىنكى: چىراي دەلىللەش' }).click();
  await agreeToFaceCheck(page, 'قوشۇلىمەن، باشلاش');
  await expect(page.getByRole('button', { name: 'كېلىشىمنى ئىمزالاش' })).toBeVisible({ timeout: 60_000 });
  await shot(page, 'account-services-ug-02-tasks');
});
