/**
 * Tibet's agent registration, 我是代理人 (demo mode on a Tibet kiosk: embedded reference API, card
 * simulator, the fake camera playing the head-turn clip): an agent registers for 吉林长白山科技 with
 * their own card, phone, the legal representative's reserved phone, face and password, and waits;
 * the legal representative then approves the request on the agents screen, or, separately, rejects it.
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
/** 吉林长白山科技: legal representative 张伟, reserved phone 13800000001. */
const changbaishan = '91220101ma0y1jk2xy';

/** The phone fields of the agent step, each typed afresh on the step's keypad. */
async function typePhone(page: Page, field: string, digits: string): Promise<void> {
  await page.getByLabel(field).click();
  const pad = page.getByRole('group', { name: '手机号键盘' });
  for (let i = 0; i < 11; i += 1) await pad.getByRole('button', { name: '删除' }).click();
  await typeOnKeypad(page, '手机号键盘', digits);
}

/** 我是代理人 up to the submit, the legal representative's phone as given. */
async function register(page: Page, card: 'liu-yang' | 'zhao-qiang', phone: string, legalRepresentativePhone: string, shots?: string): Promise<void> {
  await openEnterpriseServices(page);
  await page.getByRole('button', { name: /^我是代理人/ }).click();
  await typeOnKeyboard(page, '输入统一社会信用代码', changbaishan);
  await page.getByLabel('拉萨市').check();
  if (shots) await shot(page, `${shots}-01-unit`);
  await page.getByRole('button', { name: '下一步' }).click();
  await presentCard(page, card);
  await expect(page.getByTestId('agent-card-details')).toContainText('汉族');
  await typePhone(page, '代理人手机号', phone);
  await typePhone(page, '法人手机号（企业预留的手机号）', legalRepresentativePhone);
  if (shots) await shot(page, `${shots}-02-agent`);
  await page.getByRole('button', { name: '下一步：人脸验证' }).click();
  await agreeToFaceCheck(page);
  await expect(page.getByRole('heading', { name: '设置代理人的登录密码' })).toBeVisible({ timeout: 60_000 });
  await page.getByLabel('密码', { exact: true }).click();
  await typeOnKeyboard(page, '键盘', 'Lhasa2025');
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'Lhasa2025');
  if (shots) await shot(page, `${shots}-03-password`);
  await page.getByRole('button', { name: '提交注册' }).click();
}

/** The legal representative's card and face on the agents screen, up to the list. */
async function legalRepresentativeSignsIn(page: Page): Promise<void> {
  await openEnterpriseServices(page);
  await page.getByRole('button', { name: /^代理人管理/ }).click();
  await typeOnKeyboard(page, '输入统一社会信用代码', changbaishan);
  await presentCard(page, 'zhang-wei');
  await page.getByRole('button', { name: '下一步：人脸验证' }).click();
  await agreeToFaceCheck(page);
}

test('an agent registers and waits; the legal representative approves the request', async ({ page }) => {
  test.setTimeout(240_000);
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'tibet' });
  await openKiosk(page, kiosk);
  await shot(page, 'agent-registration-zh-00-home');
  // A legal representative's phone the agent does not know: refused at the agent step, with the reason.
  await register(page, 'liu-yang', '13655556666', '13800009999', 'agent-registration-zh');
  await expect(page.getByRole('heading', { name: '请代理人放本人身份证，并填写手机号' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('法人手机号与企业预留手机号不一致')).toBeVisible();
  await shot(page, 'agent-registration-zh-04-phone-mismatch');
  // Corrected; the face already matched for this card, so the password follows.
  await typePhone(page, '法人手机号（企业预留的手机号）', '13800000001');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('密码', { exact: true }).click();
  await typeOnKeyboard(page, '键盘', 'Lhasa2025');
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'Lhasa2025');
  await page.getByRole('button', { name: '提交注册' }).click();
  await expect(page.getByRole('heading', { name: '已提交，等待法定代表人审核' })).toBeVisible({ timeout: 30_000 });
  const receipt = page.getByTestId('enterprise-receipt');
  await expect(receipt).toContainText('代理人注册（待法人审核）');
  await expect(receipt).toContainText('刘*');
  await expect(receipt).toContainText('136****6666');
  await shot(page, 'agent-registration-zh-05-done');
  await page.getByRole('button', { name: '完成' }).click();

  await legalRepresentativeSignsIn(page);
  const table = page.getByTestId('agents-table');
  await expect(table.getByRole('row', { name: /刘\*.*136\*\*\*\*6666.*待审核/ })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: '审核通过 刘*' }).click();
  await page.getByLabel('1 年', { exact: true }).check();
  await page.getByRole('button', { name: '确认授权' }).click();
  await expect(page.getByRole('heading', { name: '代理人申请已审核通过' })).toBeVisible();
  await page.getByRole('button', { name: '代理人', exact: true }).click();
  await expect(table.getByRole('row', { name: /刘\*.*136\*\*\*\*6666.*有效/ })).toBeVisible();
});

test('an agent registers and waits; the legal representative rejects the request', async ({ page }) => {
  test.setTimeout(240_000);
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'tibet' });
  await openKiosk(page, kiosk);
  await register(page, 'zhao-qiang', '13655557777', '13800000001');
  await expect(page.getByRole('heading', { name: '已提交，等待法定代表人审核' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: '完成' }).click();

  await legalRepresentativeSignsIn(page);
  const table = page.getByTestId('agents-table');
  await expect(table.getByRole('row', { name: /赵\*.*136\*\*\*\*7777.*待审核/ })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: '拒绝 赵*' }).click();
  await expect(page.getByRole('heading', { name: '拒绝代理人申请' })).toBeVisible();
  await page.getByRole('button', { name: '确认拒绝' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已拒绝该申请' })).toBeVisible();
  await expect(table.getByRole('row', { name: /赵\*/ })).toHaveCount(0);
});

test('Tibetan: the registration screens of 我是代理人, and the tile only on a Tibet kiosk', async ({ page }) => {
  test.setTimeout(120_000);
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'tibet' });
  await openKiosk(page, kiosk);
  // The credit code is typed on the Latin keyboard first; the Tibetan one has no Latin letters.
  await openEnterpriseServices(page);
  await page.getByRole('button', { name: /^我是代理人/ }).click();
  await typeOnKeyboard(page, '输入统一社会信用代码', changbaishan);
  await page.getByRole('button', { name: 'བོད་ཡིག' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bo');
  await page.getByLabel('ལྷ་ས།').check();
  await shot(page, 'agent-registration-bo-01-unit');
  await page.locator('.actions .primary').click();
  await presentCard(page, 'liu-yang');
  await expect(page.getByTestId('agent-card-details')).toContainText('ཕོ།');
  await shot(page, 'agent-registration-bo-02-agent');
  await kiosk.stop();

  // Jilin's profile has no agent registration: no tile.
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await openEnterpriseServices(page);
  await expect(page.getByRole('button', { name: /^经办人管理/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^我是/ })).toHaveCount(0);
});
