import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startKioskShell } from '../support/kioskShell';

const screensDir = path.resolve(import.meta.dirname, '../../../test-results/screens/ui');

const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

/** Nothing wider than the window, and the wizard's title and actions inside it. */
async function expectFits(page: Page): Promise<void> {
  const box = await page.evaluate(() => {
    const body = document.querySelector('.wizard .body');
    const rect = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
    return {
      pageOverflowX: document.documentElement.scrollWidth - window.innerWidth,
      bodyOverflowX: body ? body.scrollWidth - body.clientWidth : 0,
      title: rect('#wizard-title'),
      actions: rect('.wizard .actions'),
      height: window.innerHeight,
    };
  });
  expect(box.pageOverflowX).toBeLessThanOrEqual(0);
  expect(box.bodyOverflowX).toBeLessThanOrEqual(0);
  expect(box.title?.left).toBeGreaterThanOrEqual(0);
  expect(box.title?.top).toBeGreaterThanOrEqual(0);
  expect(box.actions?.bottom).toBeLessThanOrEqual(box.height);
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`larger text at ${viewport.width}x${viewport.height}: the toggle grows the wizard's text and resets when the session ends`, async ({ page }) => {
    const kiosk = await startKioskShell();
    try {
      await page.setViewportSize(viewport);
      await page.goto(kiosk.url);
      await expect(page.getByRole('status').first()).toBeVisible();
      const toggle = page.getByRole('button', { name: '大字号' });
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      const box = await toggle.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(48);
      expect(box?.width).toBeGreaterThanOrEqual(48);
      expect(await rootFontSize(page)).toBe('20px');

      // Normal size: the account step (three fields and the keyboard) fits with title and actions.
      await page
        .getByRole('button', { name: /注册账号/ })
        .first()
        .click();
      await page.getByLabel('我已阅读并同意《服务协议》').check();
      await page.getByLabel('我已阅读并同意《隐私政策》').check();
      await page.getByRole('button', { name: '下一步' }).click();
      await expect(page.getByRole('heading', { name: '设置账号名和密码' })).toBeVisible();
      await expectFits(page);
      await expect(page.getByRole('group', { name: '键盘' })).toBeInViewport({ ratio: 1 });
      const keyBefore = await page.getByRole('group', { name: '键盘' }).getByRole('button', { name: 'q', exact: true }).boundingBox();
      const labelBefore = await page.locator('label[for="account-password"]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      await page.screenshot({ path: path.join(screensDir, `account-normal-${viewport.width}.png`) });

      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('html')).toHaveClass(/text-large/);
      expect(await rootFontSize(page)).toBe('26px');
      const labelAfter = await page.locator('label[for="account-password"]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(labelAfter).toBeCloseTo(labelBefore * 1.3, 0);
      const keyAfter = await page.getByRole('group', { name: '键盘' }).getByRole('button', { name: 'q', exact: true }).boundingBox();
      expect(keyAfter?.height ?? 0).toBeGreaterThan((keyBefore?.height ?? 0) * 1.2);
      const next = await page.getByRole('button', { name: '下一步' }).boundingBox();
      expect(next?.height).toBeGreaterThanOrEqual(80);
      // Larger text may scroll the step's body, never the page or the wizard's frame.
      await expectFits(page);
      await page.screenshot({ path: path.join(screensDir, `account-large-${viewport.width}.png`) });

      // The session ends (cancel): the next citizen gets normal text again.
      await page.getByRole('button', { name: '取消办理' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: '确定取消' }).click();
      await expect(page.getByRole('heading', { level: 1, name: '您好，欢迎使用自助服务' })).toBeVisible();
      await expect(page.getByRole('button', { name: '大字号' })).toHaveAttribute('aria-pressed', 'false');
      await expect(page.locator('html')).not.toHaveClass(/text-large/);
      expect(await rootFontSize(page)).toBe('20px');
    } finally {
      await kiosk.stop();
    }
  });
}
