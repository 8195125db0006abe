import { expect, test, type Page } from '@playwright/test';
import { agreeToFaceCheck, cameraArgs, checkScreen, openKiosk, presentCard, startPersonKiosk, type PersonKiosk } from '../person/personSupport';
import { setLargerText } from '../ui/largerText';

/** The face step needs Chromium's fake camera (a launch flag, so for this whole file). */
test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs() } });

/** The shortest idle the hall config allows: 30 s without a touch, then a 20 s countdown. */
const idle = { timeoutSeconds: 30, countdownSeconds: 20 };
const configured = (idle.timeoutSeconds + idle.countdownSeconds) * 1000;

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

/** Notes the time of every touch in the page, so the wipe is timed from the last one. */
async function timeTouches(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.addEventListener('pointerdown', () => ((window as unknown as { lastTouch: number }).lastTouch = Date.now()), { capture: true });
  });
}

/** What shows the wipe: the home screen is back, or the page is in the hall's language again. */
type Wiped = 'home' | 'zh-CN';

/** Waits, touching nothing, until the wipe shows in the page; answers the ms from the last touch. */
async function msFromLastTouchUntil(page: Page, wiped: Wiped): Promise<number> {
  const handle = await page.waitForFunction(
    (what) => {
      const met = what === 'home' ? document.querySelector('#home-title') !== null : document.documentElement.lang === 'zh-CN';
      return met ? Date.now() - (window as unknown as { lastTouch: number }).lastTouch : false;
    },
    wiped,
    { polling: 100, timeout: configured + 20_000 },
  );
  return (await handle.jsonValue()) as number;
}

function expectOnTime(ms: number, where: string): void {
  console.log(`${where}: wiped ${ms} ms after the last touch (configured ${configured} ms)`);
  expect(Math.abs(ms - configured), where).toBeLessThanOrEqual(2000);
}

test('home left idle in English with larger text: Chinese and normal text for the next citizen, at the configured time', async ({ page }) => {
  test.setTimeout(120_000);
  kiosk = await startPersonKiosk({ idle });
  await timeTouches(page);
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await setLargerText(page, true);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to self-service' })).toBeVisible();
  await expect(page.getByRole('alertdialog', { name: 'Are you still there?' })).toBeVisible({ timeout: idle.timeoutSeconds * 1000 + 3000 });
  await checkScreen(page, 'idle-en-home-countdown');
  const ms = await msFromLastTouchUntil(page, 'zh-CN');
  expectOnTime(ms, 'home');
  await expect(page.getByRole('heading', { level: 1, name: '您好，欢迎使用自助服务' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveClass(/text-large/);
  await checkScreen(page, 'idle-zh-home-next-citizen');
});

test('a wizard step left idle: wiped at the configured time', async ({ page }) => {
  test.setTimeout(120_000);
  kiosk = await startPersonKiosk({ idle });
  await timeTouches(page);
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: /^注册账号/ }).click();
  await page.getByLabel('我已阅读并同意《服务协议》').check();
  expectOnTime(await msFromLastTouchUntil(page, 'home'), 'wizard step');
});

test('the face step left idle, camera running: wiped at the configured time', async ({ page }) => {
  test.setTimeout(120_000);
  // A nod the head-turn clip never makes: the capture keeps going, camera on, as with a citizen who walked away.
  kiosk = await startPersonKiosk({ idle }, { KIOSK_DEMO_FACE_CHALLENGES: 'nod' });
  await timeTouches(page);
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: /人脸采集/ }).click();
  await presentCard(page, 'zhang-wei');
  await page.getByRole('button', { name: '下一步' }).click();
  await agreeToFaceCheck(page);
  await expect(page.locator('video')).toBeVisible();
  expectOnTime(await msFromLastTouchUntil(page, 'home'), 'face step');
});

test('the staff desk left idle: wiped at the configured time, and the clerk stays in assisted mode', async ({ page }) => {
  test.setTimeout(120_000);
  kiosk = await startPersonKiosk({ idle });
  await timeTouches(page);
  await openKiosk(page, kiosk);
  await page.keyboard.press('Control+Alt+Shift+KeyS');
  await page.getByRole('dialog', { name: '工作人员登录' }).getByRole('button', { name: '演示：刷工作证（周敏）' }).click();
  const banner = page.getByRole('region', { name: '工作人员协助模式' });
  await banner.getByRole('button', { name: '工作台' }).click();
  await expect(page.getByRole('heading', { name: '工作人员工作台' })).toBeVisible();
  expectOnTime(await msFromLastTouchUntil(page, 'home'), 'staff desk');
  await expect(banner).toBeVisible();
});
