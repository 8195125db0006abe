/**
 * Enterprise flows through the browser shell (demo mode: embedded reference API, card simulator):
 * activation, forgot password, and an appeal filed from a USB stand-in folder while the link is
 * down, drained after reconnection with its uploads resumed (the reference server's upload log).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { documentFixtures, makeLargePdf } from '../../fixtures/documents/makeDocuments';
import {
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

let kiosk: PersonKiosk;
let usbRoot = '';
test.afterEach(async () => {
  await kiosk?.stop();
  if (usbRoot) rmSync(usbRoot, { recursive: true, force: true });
});

const shot = (page: Parameters<typeof checkScreen>[0], name: string) => checkScreen(page, `../enterprise/${name}`);

async function typeUscc(page: Parameters<typeof checkScreen>[0], uscc: string): Promise<void> {
  await typeOnKeyboard(page, '输入统一社会信用代码', uscc.toLowerCase());
}

test('activation: a wrong check character is caught as typed; the pending enterprise is activated after SMS', async ({ page }) => {
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await openEnterpriseServices(page);
  await page.getByRole('button', { name: /企业账号激活/ }).click();
  await typeUscc(page, '91540100MA6T3LW8PA');
  await expect(page.locator('#enterprise-uscc-error')).toContainText('校验码不正确');
  await shot(page, 'activate-01-check-char');
  await page.getByRole('group', { name: '输入统一社会信用代码' }).getByRole('button', { name: /删除/ }).click();
  await typeUscc(page, 'C');
  await expect(page.locator('#enterprise-uscc-rules li.passed')).toHaveCount(3);
  await presentCard(page, 'li-xiuying');
  await expect(page.getByLabel('姓名', { exact: true })).toHaveValue('李秀英');
  await shot(page, 'activate-02-enterprise');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByText(/找到待激活企业：拉\*+/)).toBeVisible();
  await expect(page.getByText(/139\*\*\*\*0002/)).toBeVisible();
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13900000002'));
  await shot(page, 'activate-03-sms');
  await page.getByRole('button', { name: '验证' }).click();
  await typeOnKeyboard(page, '键盘', 'xueyu2024');
  await page.getByLabel('密码', { exact: true }).click();
  await typeOnKeyboard(page, '键盘', 'Xueyu#2025');
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'Xueyu#2025');
  await shot(page, 'activate-04-account');
  await page.getByRole('button', { name: '激活' }).click();
  await expect(page.getByRole('heading', { name: '企业账号已激活' })).toBeVisible();
  await expect(page.getByTestId('enterprise-receipt')).toContainText('xueyu2024');
  await expect(page.getByTestId('enterprise-receipt')).toContainText('915***********W8PC');
  await shot(page, 'activate-05-done');
  // Activating again: the account is no longer pending.
  await page.getByRole('button', { name: '完成' }).click();
  await openEnterpriseServices(page);
  await page.getByRole('button', { name: /企业账号激活/ }).click();
  await typeUscc(page, '91540100MA6T3LW8PC');
  await presentCard(page, 'li-xiuying');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByText('该企业账号不是待激活状态，无需激活')).toBeVisible();
  await shot(page, 'activate-06-refused-not-pending');
});

test('forgot password: an unknown legal account is refused; the legal representative resets it by SMS', async ({ page }) => {
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await openEnterpriseServices(page);
  await page.getByRole('button', { name: /企业忘记密码/ }).click();
  await typeOnKeyboard(page, '输入企业账号', 'nosuchco');
  await presentCard(page, 'zhang-wei');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('alert')).toHaveText('未找到该企业账号');
  await shot(page, 'forgot-01-not-found');
  const board = page.getByRole('group', { name: '输入企业账号' });
  await board.getByRole('button', { name: '清空' }).click();
  await typeOnKeyboard(page, '输入企业账号', 'cbskeji');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByText(/138\*\*\*\*0001/)).toBeVisible();
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', '000000');
  await page.getByRole('button', { name: '验证' }).click();
  await expect(page.locator('#sms-code-error')).toContainText('4');
  await shot(page, 'forgot-02-wrong-code');
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13800000001'));
  await page.getByRole('button', { name: '验证' }).click();
  await typeOnKeyboard(page, '键盘', 'Changbai#2025');
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'Changbai#2025');
  await shot(page, 'forgot-03-password');
  await page.getByRole('button', { name: '重设密码' }).click();
  await expect(page.getByRole('heading', { name: '企业密码已重设' })).toBeVisible();
  await shot(page, 'forgot-04-done');
});

test('appeal from USB while the link is down: disguised files refused with their reason, the package queued, then sent with uploads resumed', async ({
  page,
}) => {
  test.setTimeout(150_000);
  usbRoot = mkdtempSync(path.join(tmpdir(), 'kiosk-usb-'));
  const drive = path.join(usbRoot, 'KINGSTON');
  mkdirSync(path.join(drive, 'scans'), { recursive: true });
  for (const [name, bytes] of Object.entries(documentFixtures())) writeFileSync(path.join(drive, name), bytes);
  writeFileSync(path.join(drive, 'scans', 'licence-scan.pdf'), makeLargePdf(3 * 1024 * 1024, 42));
  writeFileSync(path.join(drive, 'huge.pdf'), makeLargePdf(21 * 1024 * 1024, 7));
  writeFileSync(path.join(drive, '.secret.pdf'), documentFixtures()['licence.pdf']!);
  kiosk = await startPersonKiosk({}, { KIOSK_DEMO_USB_ROOT: usbRoot });
  await openKiosk(page, kiosk);
  await openEnterpriseServices(page);
  await page.getByRole('button', { name: /企业账号申诉/ }).click();
  await page.getByText('辅助企业注册申诉（未注册）').click();
  await typeUscc(page, '91220104MA0Y2AB3C7');
  await expect(page.getByLabel('企业名称')).toHaveValue('长春北方物流有限公司');
  await shot(page, 'appeal-01-enterprise');
  await page.getByRole('button', { name: '下一步' }).click();
  await presentCard(page, 'zhao-qiang');
  await expect(page.getByLabel('姓名', { exact: true }).first()).toHaveValue('赵强');
  await shot(page, 'appeal-02-identity');
  await page.getByRole('button', { name: '下一步' }).click();

  // The link goes down: the SMS check cannot be done, the appeal can still be saved.
  await kiosk.setFaults({ errorRate: 1 });
  await typeOnKeypad(page, '手机号码键盘', '13612345678');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByText(/网络中断时可跳过短信验证/)).toBeVisible();
  await typeOnKeypad(page, '接收结果的手机号', '13612345678');
  await shot(page, 'appeal-03-offline-phone');
  await page.getByRole('button', { name: '跳过短信验证' }).click();
  // Back online while the materials are gathered (keeps the sender's backoff short for this test).
  await kiosk.setFaults({ errorRate: 0 });

  // Materials: the disguised files are refused, each with its reason.
  await expect(page.getByRole('heading', { name: '请提供申诉材料' })).toBeVisible();
  await shot(page, 'appeal-04-materials');
  await page.getByRole('button', { name: '从U盘导入: 企业营业执照原件' }).click();
  await expect(page.getByRole('button', { name: /licence\.pdf/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /secret/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /scans \/ licence-scan\.pdf/ })).toBeVisible();
  await shot(page, 'appeal-05-usb-files');
  for (const [file, reason] of [
    ['invoice.pdf', '这是可执行程序，不是文档，已拒绝'],
    ['setup.pdf', '这是可执行程序，不是文档，已拒绝'],
    ['broken.png', '文件不完整（可能已损坏或未复制完），已拒绝'],
    ['huge.pdf', '文件太大'],
    ['letter.docx', '此项材料不接受这种文件类型'],
  ] as const) {
    await page.getByRole('button', { name: new RegExp(`^${file.replace('.', '\\.')}`) }).click();
    await expect(page.getByRole('alert')).toContainText(reason);
  }
  await shot(page, 'appeal-06-usb-refused');
  await page.getByRole('button', { name: /scans \/ licence-scan\.pdf/ }).click();
  await expect(page.locator('[data-document="business_licence"]')).toContainText('已提供');
  for (const [doc, file] of [
    ['法定代表人身份证人像面', 'scan.png'],
    ['法定代表人身份证国徽面', 'photo.jpg'],
  ] as const) {
    await page.getByRole('button', { name: `从U盘导入: ${doc}` }).click();
    await page.getByRole('button', { name: new RegExp(`^${file.replace('.', '\\.')}`) }).click();
    await expect(page.getByRole('heading', { name: '请提供申诉材料' })).toBeVisible();
  }
  await shot(page, 'appeal-07-materials-done');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '请确认申诉内容' })).toBeVisible();
  await page.getByLabel('申诉备注（选填）').click();
  await typeLatinOnChineseKeyboard(page, '输入申诉备注', 'rep-mismatch');
  await expect(page.getByText('12/150')).toBeVisible();
  await shot(page, 'appeal-08-review');
  await kiosk.setFaults({ errorRate: 1 });
  await page.getByRole('button', { name: '提交申诉' }).click();
  await expect(page.getByRole('heading', { name: '申诉已提交' })).toBeVisible();
  await expect(page.getByText(/处理结果将以短信通知/)).toBeVisible();
  await shot(page, 'appeal-09-queued');

  // Nothing reached the server while the link was down.
  const log = async () =>
    ((await (await fetch(`${kiosk.apiUrl}/dev/uploads`)).json()) as { chunks: { uploadId: string; documentType: string; offset: number; length: number }[] })
      .chunks;
  expect(await log()).toEqual([]);
  // The link comes back slowly; once part of the licence is up it drops again, then returns.
  await kiosk.setFaults({ errorRate: 0, delayMs: 250 });
  await expect.poll(async () => (await log()).filter((c) => c.documentType === 'business_licence').length, { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
  await kiosk.setFaults({ errorRate: 1, delayMs: 0 });
  await page.waitForTimeout(2500);
  await kiosk.setFaults({ errorRate: 0, delayMs: 0 });
  // Drained: every document's chunks reached the server.
  const drained = async () => {
    const all = await log();
    const licenceBytes = all.filter((c) => c.documentType === 'business_licence').reduce((n, c) => n + c.length, 0);
    return new Set(all.map((c) => c.documentType)).size === 3 && licenceBytes > 3_000_000;
  };
  await expect
    .poll(drained, { timeout: 90_000 })
    .toBe(true)
    .catch(async (error: unknown) => {
      console.log(
        'DBG',
        JSON.stringify((await log()).map((c) => [c.documentType, c.offset, c.length])),
        kiosk
          .output()
          .split('\n')
          .filter((l) => /outbox|sync|appeal|upload|dead|reject/i.test(l))
          .slice(-12)
          .join('\n'),
      );
      throw error;
    });
  const chunks = await log();
  const licence = chunks.filter((c) => c.documentType === 'business_licence');
  // One upload, contiguous from 0 to the end, no offset sent twice: resumed, not restarted.
  expect(new Set(licence.map((c) => c.uploadId)).size).toBe(1);
  expect(licence.map((c) => c.offset)).toEqual(licence.map((_, i) => licence.slice(0, i).reduce((n, c) => n + c.length, 0)));
  expect(licence.reduce((n, c) => n + c.length, 0)).toBeGreaterThan(3_000_000);
});
