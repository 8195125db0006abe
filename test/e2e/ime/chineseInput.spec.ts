/**
 * Chinese at the kiosk through the browser shell (demo mode): an enterprise the registry does not
 * know is named in pinyin (whole syllables, initials, a choice for the front of a word, backspace
 * into the composition) and the appeal's remark is written by hand (recorded strokes drawn with the
 * mouse), and both show on the review screen.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { documentFixtures } from '../../fixtures/documents/makeDocuments';
import {
  agreeAndChooseCredentials,
  checkScreen,
  fileAppealToReview,
  openEnterpriseServices,
  openKiosk,
  startPersonKiosk,
  typeOnKeyboard,
  typeOnKeypad,
  type PersonKiosk,
} from '../person/personSupport';
import { typePinyin, writeByHand } from './imeSupport';

let kiosk: PersonKiosk;
let usbRoot = '';
test.afterEach(async () => {
  await kiosk?.stop();
  if (usbRoot) rmSync(usbRoot, { recursive: true, force: true });
});

const shot = (page: Page, name: string) => checkScreen(page, `../ime/${name}`);
/** Not in the reference registry: the name is typed. */
const UNKNOWN_USCC = '91220102ma0y3cd4e3';

/** A Xinjiang kiosk (the remark keyboard also offers Uyghur) with the three materials on the USB stand-in. */
async function startWithDrive(page: Page): Promise<void> {
  usbRoot = mkdtempSync(path.join(tmpdir(), 'kiosk-usb-'));
  mkdirSync(path.join(usbRoot, 'KINGSTON'));
  for (const name of ['licence.pdf', 'scan.png', 'photo.jpg']) writeFileSync(path.join(usbRoot, 'KINGSTON', name), documentFixtures()[name]!);
  kiosk = await startPersonKiosk({}, { KIOSK_DEMO_USB_ROOT: usbRoot, KIOSK_PROVINCE: 'xinjiang' });
  await openKiosk(page, kiosk);
}

/** The enterprise step for a code the registry does not know: the name typed in pinyin. */
async function nameInPinyin(page: Page): Promise<void> {
  await typeOnKeyboard(page, '输入统一社会信用代码', UNKNOWN_USCC);
  await expect(page.getByText(/登记信息中未找到该企业/)).toBeVisible();
  const board = page.getByRole('group', { name: '输入企业名称' });
  await expect(board.getByRole('button', { name: '中', exact: true })).toHaveAttribute('aria-pressed', 'true');

  // Whole syllables, then a choice for the front of the word while the rest stays open.
  for (const letter of 'changchunnang') await board.getByRole('button', { name: letter, exact: true }).click();
  await expect(board.getByLabel('正在输入的拼音')).toHaveText('changchunnang');
  await shot(page, 'name-01-composing');
  await board.getByRole('button', { name: '长春', exact: true }).click();
  await expect(board.getByLabel('正在输入的拼音')).toHaveText('长春nang');
  await expect(page.locator('#enterprise-name')).toHaveValue('');
  // Backspace takes letters off the open part first; past the choice its letters come back.
  await board.getByRole('button', { name: '删除' }).click();
  await expect(board.getByLabel('正在输入的拼音')).toHaveText('长春nan');
  for (const letter of 'guanqu') await board.getByRole('button', { name: letter, exact: true }).click();
  await board.getByRole('button', { name: '南关区', exact: true }).click();
  await expect(page.locator('#enterprise-name')).toHaveValue('长春南关区');
  // Initials: yxgs for 有限公司, after a trade in full pinyin.
  await typePinyin(page, '输入企业名称', 'shangmao', '商贸');
  await typePinyin(page, '输入企业名称', 'yxgs', '有限公司');
  await expect(page.locator('#enterprise-name')).toHaveValue('长春南关区商贸有限公司');
  await shot(page, 'name-02-typed');
}

test('an unknown enterprise named in pinyin and a remark written by hand show on the review screen', async ({ page }) => {
  test.setTimeout(150_000);
  await startWithDrive(page);
  await fileAppealToReview(page, kiosk, { enterprise: () => nameInPinyin(page) });
  await page.getByLabel('申诉备注（选填）').click();
  const remarkBoard = page.getByRole('group', { name: '输入申诉备注' });
  await remarkBoard.getByRole('button', { name: '手写', exact: true }).click();
  await writeByHand(page, '输入申诉备注', '十');
  await expect(page.getByLabel('申诉备注（选填）')).toHaveValue('十');
  await shot(page, 'remark-01-handwriting');
  await writeByHand(page, '输入申诉备注', '一');
  // Uyghur letters on the same keyboard, as the kiosk's profile offers the language.
  await remarkBoard.getByRole('button', { name: 'ئۇيغۇرچە', exact: true }).click();
  for (const letter of ['ب', 'ا', 'ر']) await remarkBoard.getByRole('button', { name: letter, exact: true }).click();
  await shot(page, 'remark-02-uyghur-keys');
  await remarkBoard.getByRole('button', { name: '完成' }).click();
  const summary = page.locator('.summary');
  await expect(summary).toContainText('长春南关区商贸有限公司');
  await expect(page.getByLabel('申诉备注（选填）')).toHaveValue('十一بار');
  await shot(page, 'review-01-zh');
});

test("Uyghur: the Chinese keyboard's controls read in the citizen's language", async ({ page }) => {
  test.setTimeout(90_000);
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'xinjiang' });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await openEnterpriseServices(page);
  await page.getByRole('button', { name: /كارخانا تىزىملىتىش/ }).click();
  await typeOnKeyboard(page, 'بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودىنى كىرگۈزۈڭ', UNKNOWN_USCC);
  const board = page.getByRole('group', { name: 'كارخانا نامىنى كىرگۈزۈڭ' });
  await expect(board.getByRole('button', { name: 'خەنزۇچە', exact: true })).toHaveAttribute('aria-pressed', 'true');
  for (const letter of 'wlmq') await board.getByRole('button', { name: letter, exact: true }).click();
  await expect(board.getByRole('button', { name: '乌鲁木齐', exact: true })).toBeVisible();
  await shot(page, 'name-03-ug');
  await board.getByRole('button', { name: '乌鲁木齐', exact: true }).click();
  await expect(page.locator('#enterprise-name')).toHaveValue('乌鲁木齐');
});

test('assisted mode: the clerk types a name in pinyin on the on-screen keyboard of the manual identity form', async ({ page }) => {
  test.setTimeout(90_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await page.keyboard.press('Control+Alt+Shift+KeyS');
  const unlock = page.getByRole('dialog', { name: '工作人员登录' });
  await unlock.getByRole('textbox', { name: '工号' }).click();
  await typeOnKeyboard(page, '工号', 's001');
  await unlock.getByRole('textbox', { name: '密码' }).click();
  await typeOnKeypad(page, '密码', '135790');
  await unlock.getByRole('button', { name: '登录' }).click();
  await agreeAndChooseCredentials(page, 'zhaoqiang75');
  const manual = page.getByRole('form', { name: '工作人员手工录入身份信息' });
  await manual.getByRole('button', { name: '屏幕键盘输入姓名' }).click();
  await typePinyin(page, '屏幕键盘输入姓名', 'zhao', '赵');
  await typePinyin(page, '屏幕键盘输入姓名', 'qiang', '强');
  await expect(manual.getByRole('textbox', { name: '姓名', exact: true })).toHaveValue('赵强');
  await shot(page, 'assisted-01-manual-name');
});
