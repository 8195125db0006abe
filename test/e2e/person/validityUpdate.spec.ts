import { expect, test, type Page } from '@playwright/test';
import { agreeToFaceCheck, cameraArgs, checkScreen, openKiosk, presentCard, startPersonKiosk, type PersonKiosk } from './personSupport';

/** The face step needs Chromium's fake camera playing the head-turn clip (launch flag, so this file only). */
test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs() } });

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

/** From the home screen into the flow by its tile, with a demo card on the reader. */
async function startWithCard(page: Page, tile: RegExp, card: Parameters<typeof presentCard>[1]): Promise<void> {
  await page.getByRole('button', { name: tile }).click();
  await presentCard(page, card);
}

test('a renewed card: card, face, and the account takes its validity dates, with a masked receipt', async ({ page }) => {
  test.setTimeout(120_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await expect(page.getByRole('button', { name: /^更新证件有效期/ })).toBeVisible();
  await checkScreen(page, 'validity-zh-00-home');
  await page.getByRole('button', { name: /^更新证件有效期/ }).click();
  await expect(page.getByText('请放置换领后的新身份证，账号的有效期限将更新为新证上的日期。')).toBeVisible();
  await checkScreen(page, 'validity-zh-01-waiting');
  await presentCard(page, 'zhang-wei');
  await expect(page.getByLabel('有效期限')).toHaveValue('2016-06-01 — 2036-06-01');
  await checkScreen(page, 'validity-zh-02-identify');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: /人脸验证/ })).toBeVisible();
  await agreeToFaceCheck(page);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'test-results/screens/person/validity-zh-03-face.png' });
  await expect(page.getByRole('heading', { name: '证件有效期已更新' })).toBeVisible({ timeout: 60_000 });
  const receipt = page.getByTestId('receipt');
  await expect(receipt).toContainText('更新证件有效期');
  await expect(receipt).toContainText('张*');
  await expect(receipt).toContainText('110***********1239');
  await expect(receipt).not.toContainText('110105199003071239');
  await expect(receipt).toContainText('2016-06-01 — 2036-06-01');
  await checkScreen(page, 'validity-zh-04-done');
  await page.getByRole('button', { name: '完成' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '您好，欢迎使用自助服务' })).toBeVisible();
});

test('no account ends with the registration offer; with the identity API down the flow says it is unavailable', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await startWithCard(page, /^更新证件有效期/, 'liu-yang');
  await page.getByRole('button', { name: '下一步' }).click();
  await agreeToFaceCheck(page);
  await expect(page.getByRole('heading', { name: '账号不存在' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('您可以先注册账号。')).toBeVisible();
  await checkScreen(page, 'validity-zh-05-no-account');
  await page.getByRole('button', { name: '注册账号' }).click();
  await expect(page.getByRole('heading', { name: '请阅读并同意服务协议和隐私政策' })).toBeVisible();
  await page.getByRole('button', { name: '取消办理' }).click();

  await kiosk.setFaults({ errorRate: 1 });
  await startWithCard(page, /^更新证件有效期/, 'zhang-wei');
  await page.getByRole('button', { name: '下一步' }).click();
  await agreeToFaceCheck(page);
  await expect(page.getByRole('heading', { name: '此项服务暂时无法办理' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('请到窗口办理，或稍后再试。')).toBeVisible();
  await checkScreen(page, 'validity-zh-06-unavailable');
});

test('Tibetan: the flow reads in བོད་ཡིག from the tile to the receipt', async ({ page }) => {
  test.setTimeout(120_000);
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'tibet' });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'བོད་ཡིག' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bo');
  await checkScreen(page, 'validity-bo-00-home');
  await startWithCard(page, /^ལག་འཁྱེར་དུས་ཚོད་གསར་བསྒྱུར།/, 'zhang-wei');
  await expect(page.getByRole('heading', { name: 'ལག་འཁྱེར་གསར་པ་ཀློག' })).toBeVisible();
  await checkScreen(page, 'validity-bo-01-identify');
  await page.locator('.actions .primary').click();
  await checkScreen(page, 'validity-bo-02-face-consent');
  await agreeToFaceCheck(page, 'མོས་མཐུན་ཡོད། འགོ་འཛུགས།');
  await expect(page.getByRole('heading', { name: 'ནུས་ལྡན་དུས་ཚོད་གསར་བསྒྱུར་ཟིན།' }).first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('receipt')).toContainText('2016-06-01 — 2036-06-01');
  await checkScreen(page, 'validity-bo-02-done');
});
