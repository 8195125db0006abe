/**
 * Enterprise flows with a face step or a QR sign-in (demo mode: embedded reference API, card
 * simulator, Chromium's fake camera playing the head-turn clip — a launch flag, so this file only):
 * registration (active, and pending activation when the registry cannot confirm), agents (approve
 * the seeded request, refuse an unregistered agent, add one), and QR sign-in with the trainer's
 * stand-in for the phone app.
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
import { typeLatinOnChineseKeyboard } from '../ime/imeSupport';

test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs() } });

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

const shot = (page: Page, name: string) => checkScreen(page, `../enterprise/${name}`);
const typeUscc = (page: Page, uscc: string) => typeOnKeyboard(page, '输入统一社会信用代码', uscc.toLowerCase());

async function register(
  page: Page,
  o: { uscc: string; typedName?: string; card: 'zhao-qiang' | 'liu-yang'; phone: string; account: string; prefix: string },
): Promise<void> {
  await openEnterpriseServices(page);
  await page.getByRole('button', { name: /企业注册/ }).click();
  await typeUscc(page, o.uscc);
  if (o.typedName) {
    await expect(page.getByText(/登记信息中未找到该企业/)).toBeVisible();
    await typeLatinOnChineseKeyboard(page, '输入企业名称', o.typedName);
  } else {
    await expect(page.getByText('已按登记信息填写')).toBeVisible();
  }
  await shot(page, `${o.prefix}-01-enterprise`);
  await page.getByRole('button', { name: '下一步' }).click();
  await presentCard(page, o.card);
  await expect(page.getByLabel('证件号码')).toHaveValue(/^\d{17}[\dX]$/);
  await shot(page, `${o.prefix}-02-representative`);
  await page.getByRole('button', { name: '下一步' }).click();
  await typeOnKeypad(page, '手机号码键盘', o.phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode(o.phone));
  await shot(page, `${o.prefix}-03-phone`);
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await typeOnKeyboard(page, '键盘', o.account);
  await page.getByLabel('密码', { exact: true }).click();
  await typeOnKeyboard(page, '键盘', 'Kiosk#2025a');
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'Kiosk#2025a');
  await shot(page, `${o.prefix}-04-password`);
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '请法定代表人正对摄像头' })).toBeVisible();
  await agreeToFaceCheck(page);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `test-results/screens/enterprise/${o.prefix}-05-face.png` });
}

test('enterprise registration: confirmed by the registry (active); unknown to it (pending activation, with what to do next)', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await register(page, { uscc: '91220104MA0Y2AB3C7', card: 'zhao-qiang', phone: '13644440001', account: 'beifang01', prefix: 'register' });
  await expect(page.getByRole('heading', { name: '企业注册成功' })).toBeVisible({ timeout: 60_000 });
  const receipt = page.getByTestId('enterprise-receipt');
  await expect(receipt).toContainText('长春******公司');
  await expect(receipt).toContainText('912***********B3C7');
  await expect(receipt).toContainText('正常');
  await expect(receipt).not.toContainText('220104197503104519');
  await shot(page, 'register-06-done');
  await page.getByRole('button', { name: '完成' }).click();

  await register(page, {
    uscc: '91220102MA0Y3CD4E3',
    typedName: 'NANGUAN',
    card: 'liu-yang',
    phone: '13644440002',
    account: 'nanguan01',
    prefix: 'register-pending',
  });
  await expect(page.getByRole('heading', { name: '注册已受理，账号待激活' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/到本机选择“企业账号激活”/)).toBeVisible();
  await expect(page.getByTestId('enterprise-receipt')).toContainText('待激活');
  await shot(page, 'register-pending-06-done');
});

test('agents: the legal representative (card + face) approves the pending request, an unregistered agent is refused, a registered one added', async ({
  page,
}) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await openEnterpriseServices(page);
  await page.getByRole('button', { name: /经办人管理/ }).click();
  await typeUscc(page, '91220101MA0Y1JK2XY');
  await expect(page.locator('#enterprise-uscc-rules li.passed')).toHaveCount(3);
  await presentCard(page, 'zhang-wei');
  await shot(page, 'agents-01-sign-in');
  await page.getByRole('button', { name: '下一步：人脸验证' }).click();
  await agreeToFaceCheck(page);
  await expect(page.getByRole('heading', { name: '吉林长白山科技有限公司 的经办人' })).toBeVisible({ timeout: 60_000 });
  const table = page.getByTestId('agents-table');
  await expect(table.getByRole('row', { name: /李\*\*.*待审核/ })).toBeVisible();
  await shot(page, 'agents-02-list');

  await page.getByRole('button', { name: '审核通过 李**' }).click();
  await expect(page.getByRole('heading', { name: '审核经办人申请' })).toBeVisible();
  await page.getByLabel('5 年', { exact: true }).check();
  await page.getByLabel('允许管理其他经办人').check();
  await shot(page, 'agents-03-approve');
  await page.getByRole('button', { name: '确认授权' }).click();
  await expect(page.getByRole('heading', { name: '经办人申请已审核通过' })).toBeVisible();
  await expect(page.getByTestId('agents-receipt')).toContainText('李**');
  await shot(page, 'agents-04-approved');

  await page.getByRole('button', { name: '经办人', exact: true }).click();
  await expect(table.getByRole('row', { name: /李\*\*.*有效.*是/ })).toBeVisible();
  await page.getByRole('button', { name: '添加经办人' }).click();
  await presentCard(page, 'liu-yang');
  // The agent's initial login password, which adding requires.
  await page.getByLabel('密码', { exact: true }).click();
  await typeOnKeyboard(page, '键盘', 'Agent#2025');
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'Agent#2025');
  await page.getByRole('button', { name: '确认添加' }).click();
  await expect(page.getByRole('alert')).toHaveText('经办人须先注册自然人账号');
  await shot(page, 'agents-05-not-registered');
  await presentCard(page, 'chen-jing');
  await expect(page.getByLabel('姓名', { exact: true })).toHaveValue('陈静');
  await page.getByRole('button', { name: '确认添加' }).click();
  await expect(page.getByRole('heading', { name: '已添加经办人' })).toBeVisible();
  await expect(page.getByTestId('agents-receipt')).toContainText('陈*');
  await shot(page, 'agents-06-added');
});

test('QR sign-in: the code with the app name and countdown; the trainer confirms for the phone; the agents list opens', async ({ page }) => {
  test.setTimeout(90_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await openEnterpriseServices(page);
  await page.getByRole('button', { name: /经办人管理/ }).click();
  await typeUscc(page, '91220101MA0Y1JK2XY');
  await page.getByRole('button', { name: '没有身份证或读不出？用“吉事办”扫码' }).click();
  await expect(page.getByRole('img', { name: '“吉事办”登录二维码' })).toBeVisible();
  await expect(page.getByText(/二维码 \d+ 秒后失效/)).toBeVisible();
  await shot(page, 'qr-01-code');
  await page.getByRole('group', { name: '培训演示（代替手机App）' }).getByRole('button', { name: '以 张伟 身份确认' }).click();
  await expect(page.getByTestId('agents-table')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('agents-table').getByRole('row', { name: /李\*\*.*待审核/ })).toBeVisible();
  await shot(page, 'qr-02-signed-in');
});
