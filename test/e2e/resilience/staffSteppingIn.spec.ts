import { expect, test } from '@playwright/test';
import { checkScreen, openKiosk, startPersonKiosk, type PersonKiosk } from '../person/personSupport';

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

test('a clerk cancels a citizen’s flow and stays in assisted mode; from the desk there is a way home; "end assistance" on the desk goes home', async ({
  page,
}) => {
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'tibet' });
  await openKiosk(page, kiosk);
  await page.keyboard.press('Control+Alt+Shift+KeyS');
  await page.getByRole('dialog', { name: '工作人员登录' }).getByRole('button', { name: '演示：刷工作证（周敏）' }).click();
  const banner = page.getByRole('region', { name: '工作人员协助模式' });
  await expect(banner).toBeVisible();

  // The clerk cancels the citizen's flow: the citizen's session ends, the clerk's does not.
  await page.getByRole('button', { name: /^注册账号/ }).click();
  await page.getByLabel('我已阅读并同意《服务协议》').check();
  await page.getByRole('button', { name: '取消办理' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '您好，欢迎使用自助服务' })).toBeVisible();
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('工号 S001');
  await checkScreen(page, 'staff-zh-01-after-cancel');
  // Nothing of the cancelled flow is left for the next citizen.
  await page.getByRole('button', { name: /^注册账号/ }).click();
  await expect(page.getByLabel('我已阅读并同意《服务协议》')).not.toBeChecked();
  await page.getByRole('button', { name: '取消办理' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '您好，欢迎使用自助服务' })).toBeVisible();

  // The desk and back home with its own button, in Chinese and in Tibetan.
  await banner.getByRole('button', { name: '工作台' }).click();
  await expect(page.getByRole('heading', { name: '工作人员工作台' })).toBeVisible();
  await checkScreen(page, 'staff-zh-02-desk');
  await page.getByRole('button', { name: 'བོད་ཡིག' }).click();
  await checkScreen(page, 'staff-bo-02-desk');
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('button', { name: '返回首页' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '您好，欢迎使用自助服务' })).toBeVisible();
  await expect(banner).toBeVisible();

  // "End assistance" while on the desk: the desk closes and the home screen returns by itself.
  await banner.getByRole('button', { name: '工作台' }).click();
  await expect(page.getByRole('heading', { name: '工作人员工作台' })).toBeVisible();
  await banner.getByRole('button', { name: '结束协助' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: '您好，欢迎使用自助服务' })).toBeVisible();
  await checkScreen(page, 'staff-zh-03-ended-home');
});
