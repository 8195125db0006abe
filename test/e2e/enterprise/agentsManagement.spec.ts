/**
 * Managing an enterprise's agents (demo mode: embedded reference API, card simulator, the fake
 * camera playing the head-turn clip): the legal representative adds an agent with a chosen last
 * day and the agent's initial password, changes that agent's window, removes them, and approves a pending request without the
 * permission to manage agents; that agent is then refused the agents screen.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  agreeToFaceCheck,
  cameraArgs,
  checkScreen,
  openEnterpriseServices,
  openKiosk,
  presentCard,
  startPersonKiosk,
  typeOnKeyboard,
  typeOnKeypad,
  type PersonKiosk,
} from '../person/personSupport';

test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs() } });

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

const shot = (page: Page, name: string) => checkScreen(page, `../enterprise/${name}`);

async function signIn(page: Page, card: 'zhang-wei' | 'li-xiuying', tile = /经办人管理/): Promise<void> {
  await openEnterpriseServices(page);
  await page.getByRole('button', { name: tile }).click();
  await typeOnKeyboard(page, '输入统一社会信用代码', '91220101ma0y1jk2xy');
  await presentCard(page, card);
  await page.getByRole('button', { name: '下一步：人脸验证' }).click();
  await agreeToFaceCheck(page);
}

/** Clears the last day offered and types another. */
async function typeUntil(page: Page, digits: string): Promise<void> {
  const pad = page.getByRole('group', { name: '输入有效期截止日期' });
  for (let i = 0; i < 8; i += 1) await pad.getByRole('button', { name: '删除' }).click();
  await typeOnKeypad(page, '输入有效期截止日期', digits);
}

const lastDay = (years: number, month = '06', day = '30') => `${new Date().getUTCFullYear() + years}${month}${day}`;

test('the legal representative adds, changes and removes an agent; an agent without the permission is refused the agents screen', async ({ page }) => {
  test.setTimeout(180_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await signIn(page, 'zhang-wei');
  const table = page.getByTestId('agents-table');
  await expect(table.getByRole('row', { name: /李\*\*.*身份证.*139\*\*\*\*0002.*待审核/ })).toBeVisible({ timeout: 60_000 });
  await shot(page, 'manage-01-list');

  // Add 陈静 until a day chosen on the keypad.
  await page.getByRole('button', { name: '添加经办人' }).click();
  await presentCard(page, 'chen-jing');
  await typeUntil(page, lastDay(2));
  await expect(page.getByText(new RegExp(`— ${lastDay(2).slice(0, 4)}-06-30`))).toBeVisible();
  // The initial login password the agent will sign in with, typed twice by the province's rules.
  const confirmAdd = page.getByRole('button', { name: '确认添加' });
  await expect(page.getByRole('heading', { name: '设置经办人的初始登录密码' })).toBeVisible();
  await expect(confirmAdd).toBeDisabled();
  await page.getByLabel('密码', { exact: true }).click();
  await typeOnKeyboard(page, '键盘', 'Agent#2025');
  await expect(page.locator('#account-password-rules li.passed')).toHaveCount(3);
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'Agent#2024');
  await expect(confirmAdd).toBeDisabled();
  await page.getByLabel('确认密码').click();
  for (let i = 0; i < 4; i += 1) await page.getByRole('group', { name: '键盘' }).getByRole('button', { name: '删除' }).click();
  await typeOnKeyboard(page, '键盘', '2025');
  await expect(confirmAdd).toBeEnabled();
  await shot(page, 'manage-02-add');
  await confirmAdd.click();
  await expect(page.getByRole('heading', { name: '已添加经办人' })).toBeVisible();
  await page.getByRole('button', { name: '经办人', exact: true }).click();
  await expect(table.getByRole('row', { name: /陈\*.*137\*\*\*\*0005.*有效/ })).toBeVisible();

  // Change 陈静's window and permission.
  await page.getByRole('button', { name: '修改有效期 陈*' }).click();
  await expect(page.getByRole('heading', { name: '修改经办人有效期' })).toBeVisible();
  await typeUntil(page, lastDay(3, '12', '31'));
  await page.getByLabel('允许管理其他经办人').check();
  await shot(page, 'manage-03-edit');
  await page.getByRole('button', { name: '确认修改' }).click();
  await expect(page.getByRole('heading', { name: '经办人有效期已修改' })).toBeVisible();
  await expect(page.getByTestId('agents-receipt')).toContainText(`${lastDay(3).slice(0, 4)}-12-31`);
  await page.getByRole('button', { name: '经办人', exact: true }).click();

  // Remove 陈静.
  await page.getByRole('button', { name: '移除 陈*' }).click();
  await expect(page.getByRole('heading', { name: '移除经办人' })).toBeVisible();
  await shot(page, 'manage-04-remove');
  await page.getByRole('button', { name: '确认移除' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已移除经办人' })).toBeVisible();
  await expect(table.getByRole('row', { name: /陈\*/ })).toHaveCount(0);

  // Approve 李秀英 without the permission to manage agents.
  await page.getByRole('button', { name: '审核通过 李**' }).click();
  await page.getByLabel('1 年', { exact: true }).check();
  await page.getByRole('button', { name: '确认授权' }).click();
  await expect(page.getByRole('heading', { name: '经办人申请已审核通过' })).toBeVisible();
  await page.getByRole('button', { name: '完成' }).click();

  // 李秀英, an agent without the permission, is refused the agents screen.
  await signIn(page, 'li-xiuying');
  await expect(page.getByText('您没有管理权限，请由法定代表人或有管理权限的人员办理')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('agents-table')).toHaveCount(0);
  await shot(page, 'manage-05-refused');
});

test("Tibetan: adding an agent on a Tibet kiosk sets the initial password by Tibet's rules", async ({ page }) => {
  test.setTimeout(180_000);
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'tibet' });
  await openKiosk(page, kiosk);
  await signIn(page, 'zhang-wei', /^代理人管理/);
  await page.getByRole('button', { name: '添加代理人' }).click({ timeout: 60_000 });
  await presentCard(page, 'chen-jing');
  await typeUntil(page, lastDay(1));
  // Tibet allows 6 to 15 characters: a 7-character password passes every rule.
  await page.getByLabel('密码', { exact: true }).click();
  await typeOnKeyboard(page, '键盘', 'Lhasa25');
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'Lhasa25');
  await expect(page.locator('#account-password-rules li.passed')).toHaveCount(3);
  await page.getByRole('button', { name: 'བོད་ཡིག' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bo');
  await expect(page.locator('#agent-password-heading')).not.toBeEmpty();
  await page.locator('#account-confirm').scrollIntoViewIfNeeded();
  await shot(page, 'manage-bo-02-add');
  await page.locator('.actions .primary').click();
  await expect(page.getByTestId('agents-receipt')).toContainText('陈*');
  await shot(page, 'manage-bo-03-added');
});
