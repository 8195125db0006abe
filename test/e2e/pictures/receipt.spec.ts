/**
 * Receipts on the hall's thermal rolls: an enterprise password reset ends on its receipt (the same
 * words as a person's, a QR code of the receipt number); the roll copy is printed to PDF at 80 mm and
 * at 58 mm (hall config `receipt.paper`): the page is the roll's width and the receipts' own length,
 * starting with the receipt. What Electron's printer would answer is played into the page's bridge
 * (the browser shell cannot print): printed shows the printer slot; out of paper and offline each say
 * so plainly and keep the receipt on screen.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { PrintOutcome } from '../../../common/contract/services/system';
import { checkScreen, openKiosk, presentCard, screensDir, startPersonKiosk, typeOnKeyboard, typeOnKeypad, type PersonKiosk } from '../person/personSupport';

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

const shot = (page: Page, name: string) => checkScreen(page, `../pictures/${name}`);
const outDir = path.join(screensDir, '../pictures');

/** Answers the page's printReceipt calls as Electron's receipt printer would; every other call goes to main. */
async function printerAnswers(page: Page, outcome: PrintOutcome): Promise<void> {
  await page.routeWebSocket(/\/bridge$/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      const call = JSON.parse(String(message)) as { t: string; id: number; method: string };
      if (call.t === 'call' && call.method === 'system.printReceipt')
        ws.send(JSON.stringify({ t: 'reply', id: call.id, outcome: { ok: true, value: outcome } }));
      else server.send(message);
    });
  });
}

/** The enterprise password reset of the demo seed, to its receipt. */
async function resetToReceipt(page: Page): Promise<void> {
  // A 1280×800 home may hold the enterprise services behind one tile of their own.
  const tile = page.getByRole('button', { name: /企业忘记密码/ });
  const group = page.getByRole('button', { name: /^企业服务/ });
  await expect(tile.or(group).first()).toBeVisible();
  if (!(await tile.isVisible())) await group.click();
  await tile.click();
  await typeOnKeyboard(page, '输入企业账号', 'cbskeji');
  await presentCard(page, 'zhang-wei');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13800000001'));
  await page.getByRole('button', { name: '验证' }).click();
  await typeOnKeyboard(page, '键盘', 'Changbai#2025');
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'Changbai#2025');
  await page.getByRole('button', { name: '重设密码' }).click();
  await expect(page.getByRole('heading', { name: '企业密码已重设' })).toBeVisible();
}

/** The PDF's first page size in millimetres and its page count (PDF points are 1/72 inch). */
function pdfPages(pdf: Buffer): { widthMm: number; heightMm: number; pages: number } {
  const text = pdf.toString('latin1');
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
  if (!box) throw new Error('no MediaBox');
  const toMm = (pt: string) => (Number(pt) * 25.4) / 72;
  return { widthMm: toMm(box[1] as string), heightMm: toMm(box[2] as string), pages: (text.match(/\/Type\s*\/Page\b/g) ?? []).length };
}

for (const paper of ['80mm', '58mm'] as const) {
  test(`the receipt on a ${paper} roll: the roll's width, the receipt's length, nothing above it, a QR code of its number`, async ({ page }) => {
    test.setTimeout(120_000);
    kiosk = await startPersonKiosk({ receipt: { paper } });
    await page.setViewportSize({ width: 1280, height: 800 });
    await printerAnswers(page, { printed: true });
    await openKiosk(page, kiosk);
    await resetToReceipt(page);
    const receipt = page.getByTestId('enterprise-receipt');
    await expect(receipt.getByRole('heading', { name: '办理回执' })).toBeVisible();
    await expect(receipt).toContainText('回执编号');
    const receiptNo = (await receipt.locator('[data-testid=receipt-qr] + span').textContent()) ?? '';
    expect(receiptNo).toMatch(/\S{6,}/);
    await expect(receipt.getByRole('img', { name: `回执编号 ${receiptNo} 的二维码` })).toBeVisible();
    // Printed: the picture of the slot the paper comes out of.
    await expect(page.getByTestId('receipt-print-note')).toHaveAttribute('data-outcome', 'printed');
    await expect(page.getByRole('img', { name: '示意图：回执从屏幕下方的打印口出来' })).toBeVisible();
    await shot(page, `receipt-printed-${paper}`);

    // The roll copy: the roll's printable width, laid out by the hall config.
    const roll = page.getByTestId('receipt-roll');
    await expect(roll).toHaveAttribute('data-paper', paper);
    const rollWidthMm = ((await roll.boundingBox())?.width ?? 0) * (25.4 / 96);
    expect(Math.abs(rollWidthMm - Number.parseInt(paper, 10))).toBeLessThan(0.5);

    // Printed to PDF with the page's own page size: one page, the roll's width, the receipt's length.
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, `receipt-${paper}.pdf`), pdf);
    const size = pdfPages(pdf);
    expect(size.pages).toBe(1);
    expect(Math.abs(size.widthMm - Number.parseInt(paper, 10))).toBeLessThan(0.5);
    const rollHeightMm = ((await roll.boundingBox())?.height ?? 0) * (25.4 / 96);
    expect(size.heightMm).toBeGreaterThanOrEqual(rollHeightMm);
    expect(size.heightMm - rollHeightMm).toBeLessThan(3);

    // As the printer sees it: print media at the roll's width; the receipt's title is the first thing on the paper.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: Math.round((Number.parseInt(paper, 10) * 96) / 25.4), height: 1200 });
    const paperCopy = page.getByTestId('enterprise-receipt-paper');
    await expect(paperCopy).toBeVisible();
    // The roll is hidden from assistive technology (the screen copy is the one read out): found by its markup.
    const title = await paperCopy.locator('h3').boundingBox();
    expect(title?.y ?? 99).toBeLessThan(2);
    await expect(page.getByTestId('enterprise-receipt')).toBeHidden();
    await page.screenshot({
      path: path.join(outDir, `receipt-paper-${paper}.png`),
      clip: {
        x: 0,
        y: 0,
        ...(await page.evaluate(() => ({ width: innerWidth, height: document.querySelector('.receipt-roll')!.getBoundingClientRect().height }))),
      },
    });
  });
}

for (const [problem, words] of [
  ['outOfPaper', '打印机缺纸，回执没有打印出来。'],
  ['offline', '打印机未开机或未连接，回执没有打印出来。'],
] as const) {
  test(`printer ${problem}: the citizen is told plainly and the receipt stays on screen`, async ({ page }) => {
    test.setTimeout(120_000);
    kiosk = await startPersonKiosk();
    await page.setViewportSize({ width: 1280, height: 800 });
    await printerAnswers(page, { printed: false, reason: `printer ${problem}`, problem });
    await openKiosk(page, kiosk);
    await resetToReceipt(page);
    await expect(page.getByRole('alert')).toContainText(words);
    await expect(page.getByRole('alert')).toContainText('请拍下或记下屏幕上的回执编号');
    await expect(page.getByTestId('enterprise-receipt')).toBeVisible();
    await expect(page.getByRole('img', { name: '示意图：回执从屏幕下方的打印口出来' })).toHaveCount(0);
    await shot(page, `receipt-${problem}`);
  });
}

test('browser shell: no printer, the receipt stays on screen with the advice to note its number', async ({ page }) => {
  test.setTimeout(120_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await resetToReceipt(page);
  await expect(page.getByTestId('receipt-print-note')).toHaveAttribute('data-outcome', 'unsupported');
  await expect(page.getByText('请拍照或记下回执编号，如有疑问请到窗口咨询。')).toBeVisible();
  await expect(page.getByTestId('enterprise-receipt')).toBeVisible();
});
