import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import {
  agreeAndChooseCredentials,
  agreeToFaceCheck,
  checkScreen,
  openKiosk,
  startPersonKiosk,
  typeOnKeyboard,
  typeOnKeypad,
  type PersonKiosk,
} from '../person/personSupport';

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

test('a clerk types an identity the reader cannot read and attests it in person when face capture fails', async ({ page }) => {
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);

  // Staff unlock with number and PIN on the on-screen keys.
  await page.keyboard.press('Control+Alt+Shift+KeyS');
  const unlock = page.getByRole('dialog', { name: '工作人员登录' });
  await unlock.getByRole('textbox', { name: '工号' }).click();
  await typeOnKeyboard(page, '工号', 's001');
  await unlock.getByRole('textbox', { name: '密码' }).click();
  await typeOnKeypad(page, '密码', '135790');
  await unlock.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('region', { name: '工作人员协助模式' })).toBeVisible();

  await agreeAndChooseCredentials(page, 'zhaoqiang75');
  // No card: the clerk types the document's details on the counter keyboard.
  const manual = page.getByRole('form', { name: '工作人员手工录入身份信息' });
  await manual.getByLabel('姓名').fill('赵强');
  await manual.getByLabel('证件号码').fill('220104197503104519');
  await manual.getByLabel('起始日期').fill('2012-05-10');
  await manual.getByLabel('截止日期').fill('2032-05-10');
  await checkScreen(page, 'assisted-01-manual-entry');
  await manual.getByRole('button', { name: '使用以上信息' }).click();
  await expect(page.getByRole('textbox', { name: '姓名' })).toHaveValue('赵强');
  await page.getByRole('button', { name: '下一步' }).click();

  await typeOnKeypad(page, '手机号码键盘', '13612340077');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13612340077'));
  await page.getByRole('button', { name: '验证' }).click();
  await agreeToFaceCheck(page);

  // This browser has no camera: the face step fails, and only the clerk can vouch in person.
  const attest = page.getByRole('region', { name: '工作人员当面核验' });
  await expect(attest).toBeVisible({ timeout: 20_000 });
  await checkScreen(page, 'assisted-02-attest');
  await attest.getByRole('button', { name: '已当面核验身份（工号 S001）' }).click();
  await expect(page.getByRole('heading', { name: '注册成功' })).toBeVisible();
  await expect(page.getByTestId('receipt')).toContainText('220***********4519');
  await checkScreen(page, 'assisted-03-done');

  await kiosk.halt();
  const db = new Database(path.join(kiosk.dataDir, 'kiosk.db'), { readonly: true });
  const actions = db.prepare('SELECT actor, action FROM audit_log ORDER BY seq').all() as Array<{ actor: string; action: string }>;
  db.close();
  expect(actions).toEqual(
    expect.arrayContaining([
      { actor: 'S001', action: 'staff.unlock.pin' },
      { actor: 'S001', action: 'staff.attest.identity' },
    ]),
  );
});
