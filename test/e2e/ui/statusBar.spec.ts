import { expect, test, type Page } from '@playwright/test';
import { agreeAndChooseCredentials, checkScreen, openKiosk, presentCard, startPersonKiosk, typeOnKeypad, type PersonKiosk } from '../person/personSupport';

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

/** Every label of the status bar and its demo pills on one line: none breaks inside its words. */
async function expectOneLineEach(page: Page): Promise<void> {
  const bar = page.locator('footer.status');
  const parts = bar.locator('.label, .demo, [data-testid="demo-sms"], .demo-card');
  await expect(parts).toHaveCount(6);
  for (const part of await parts.all()) {
    const lines = await part.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      // One rectangle per line box the text occupies.
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines, await part.innerText()).toBe(1);
  }
}

test('demo kiosk at 1280×800: the SMS code pill sits beside the status labels without breaking them, in Chinese and Uyghur', async ({ page }) => {
  test.setTimeout(90_000);
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'xinjiang' });
  await openKiosk(page, kiosk);
  await agreeAndChooseCredentials(page, 'liuyang92');
  await presentCard(page, 'liu-yang');
  await page.getByRole('button', { name: '下一步' }).click();
  await typeOnKeypad(page, '手机号码键盘', '13800000099');
  await page.getByRole('button', { name: '获取验证码' }).click();
  const code = await kiosk.smsCode('13800000099');
  const pill = page.getByTestId('demo-sms');
  await expect(pill).toHaveText(`演示短信 138****0099：${code}`);
  await expectOneLineEach(page);
  await checkScreen(page, 'status-bar-zh-demo-sms');

  await page.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ug');
  await expect(pill).toContainText(code);
  await expectOneLineEach(page);
  await checkScreen(page, 'status-bar-ug-demo-sms');
});
