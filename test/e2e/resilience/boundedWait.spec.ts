import { expect, test } from '@playwright/test';
import { agreeAndChooseCredentials, checkScreen, openKiosk, presentCard, startPersonKiosk, type PersonKiosk } from '../person/personSupport';

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

test('a gateway 20 s slow: a countdown bounded by the hall setting (15 s), the citizen can stop the wait, and "try again" goes on', async ({ page }) => {
  test.setTimeout(150_000);
  // Main's own request deadline (15 s by default) would race the step's 15 s bound; this walk is about the bound.
  kiosk = await startPersonKiosk({ identityApi: { baseUrl: 'embedded', timeoutMs: 30_000 } }, { KIOSK_PROVINCE: 'xinjiang' });
  await openKiosk(page, kiosk);
  await agreeAndChooseCredentials(page, 'liuyang92');
  await presentCard(page, 'liu-yang');
  await kiosk.setFaults({ delayMs: 20_000 });

  // Waiting is visible, with its upper bound counting down, and can be stopped.
  await page.getByRole('button', { name: '下一步' }).click();
  const notice = page.getByTestId('wait-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('正在等待认证系统答复');
  await expect(notice).toContainText(/最多再等 1[45] 秒/);
  await page.waitForTimeout(2200);
  await expect(notice).toContainText(/最多再等 1[123] 秒/);
  await checkScreen(page, 'wait-zh-01-countdown');
  await page.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await expect(notice).toContainText('ساقلاۋاتىدۇ');
  await checkScreen(page, 'wait-ug-01-countdown');
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('button', { name: '不再等待' }).click();
  await expect(page.getByRole('heading', { name: '此项服务暂时无法办理' })).toBeVisible();
  await expect(page.getByTestId('retry-hint')).toContainText('您已停止等待。');
  await checkScreen(page, 'wait-zh-02-stopped');

  // Trying again while the gateway is still slow: the wait ends at the bound, not at 33 s.
  await page.getByRole('button', { name: '重试' }).click();
  await expect(notice).toBeVisible();
  const started = Date.now();
  await expect(page.getByRole('heading', { name: '此项服务暂时无法办理' })).toBeVisible({ timeout: 20_000 });
  const waited = Date.now() - started;
  console.log(`the wait ended after ${waited} ms (bound 15 s)`);
  expect(waited).toBeLessThan(16_500);
  await expect(page.getByTestId('retry-hint')).toContainText('认证系统答复太慢，已停止等待。');
  await page.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await checkScreen(page, 'wait-ug-02-timed-out');
  await page.getByRole('button', { name: '中文' }).click();

  // The gateway is quick again: "try again" carries on from the identity step to the phone step.
  await kiosk.setFaults({ delayMs: 0 });
  await page.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('heading', { name: '验证手机号码' })).toBeVisible({ timeout: 20_000 });
});
