import { expect, test } from '@playwright/test';
import { agreeAndChooseCredentials, checkScreen, openKiosk, startPersonKiosk, type PersonKiosk } from './personSupport';

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

test('staff typing validity dates whose term the age does not suggest see a warning once, and may go on', async ({ page }) => {
  test.setTimeout(120_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await page.keyboard.press('Control+Alt+Shift+KeyS');
  await page.getByRole('dialog', { name: '工作人员登录' }).getByRole('button', { name: '演示：刷工作证（周敏）' }).click();
  await expect(page.getByRole('region', { name: '工作人员协助模式' })).toBeVisible();

  await agreeAndChooseCredentials(page, 'liuyang92');
  const manual = page.getByRole('form', { name: '工作人员手工录入身份信息' });
  // Born 1992-09-05: 26 on the start date, where the law would give 20 years; the dates typed say 10.
  await manual.getByLabel('姓名').fill('刘洋');
  await manual.getByLabel('证件号码').fill('350102199209053314');
  await manual.getByLabel('起始日期').fill('2018-10-01');
  await manual.getByLabel('截止日期').fill('2028-10-01');
  await manual.getByRole('button', { name: '使用以上信息' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  const warning = page.getByRole('status').filter({ hasText: '请核对有效期限' });
  await expect(warning).toBeVisible();
  await expect(page.getByRole('heading', { name: '核对身份信息' })).toBeVisible();
  await checkScreen(page, 'typed-validity-zh-01-warning');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '验证手机号码' })).toBeVisible();
});
