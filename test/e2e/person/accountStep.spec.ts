import { expect, test } from '@playwright/test';
import { agreeAndChooseCredentials, checkScreen, openKiosk, startPersonKiosk, typeOnKeyboard, type PersonKiosk } from './personSupport';

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

test('a taken account name is said on the account step, before the card, the code or the face', async ({ page }) => {
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await agreeAndChooseCredentials(page, 'zhangwei01');
  await expect(page.getByRole('heading', { name: '设置账号名和密码' })).toBeVisible();
  await expect(page.getByText('这个账号名已被使用，请换一个')).toBeVisible();
  await checkScreen(page, 'account-step-zh-01-taken');
  // Another name: on to the identity step.
  await page.getByLabel('账号名').click();
  const board = page.getByRole('group', { name: '键盘' });
  for (let i = 0; i < 2; i++) await board.getByRole('button', { name: '删除' }).click();
  await typeOnKeyboard(page, '键盘', '77');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '核对身份信息' })).toBeVisible();
});

test('Uyghur on a Xinjiang kiosk: the taken name is explained at the field, right to left', async ({ page }) => {
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'xinjiang' });
  await openKiosk(page, kiosk);
  await agreeAndChooseCredentials(page, 'zhangwei01');
  await expect(page.getByText('这个账号名已被使用，请换一个')).toBeVisible();
  await page.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.locator('.actions .primary').click();
  await expect(page.getByText('بۇ نام ئىشلىتىلگەن، باشقىسىنى تاللاڭ')).toBeVisible();
  await checkScreen(page, 'account-step-ug-01-taken');
});
