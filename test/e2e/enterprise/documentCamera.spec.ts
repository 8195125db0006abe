/**
 * The document camera (高拍仪) in the enterprise account appeal, through the browser shell (demo
 * mode: embedded reference API, card simulator). Chromium's fake camera plays a clip made at test
 * time (test/fixtures/documents/makeDocumentClip.sh): empty desk, a licence sliding in and shaking,
 * steady under a lamp's glare, then steady and sharp. The hall config names the document camera by
 * a part of the fake device's label. The walk: reach the materials step, photograph the business
 * licence (hold-still and glare guidance, auto-capture cut to the page, one retake, use it), import the ID card
 * sides from a USB stand-in, see the photo's thumbnail on the review page, submit online, and the
 * photo reaches the server.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { documentFixtures } from '../../fixtures/documents/makeDocuments';
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

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** Chromium flags for one fake camera playing the licence clip (made once, kept while fresh). */
function documentCameraArgs(): string[] {
  const clip = execFileSync('sh', [path.join(repoRoot, 'test/fixtures/documents/makeDocumentClip.sh'), path.join(repoRoot, 'test-results/document-clips')], {
    encoding: 'utf8',
  }).trim();
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${clip}`,
  ];
}

test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: documentCameraArgs() } });

let kiosk: PersonKiosk;
let usbRoot = '';
test.afterEach(async () => {
  await kiosk?.stop();
  if (usbRoot) rmSync(usbRoot, { recursive: true, force: true });
});

const shot = (page: Page, name: string) => checkScreen(page, `../enterprise/${name}`);

/** Every guidance the camera shows, in order (the checks run every 120 ms; assertions poll slower). */
async function recordGuidance(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { guidanceLog: string[] }).guidanceLog = log;
    const note = () => {
      const value = document.querySelector('.doc-camera')?.getAttribute('data-guidance');
      if (value && log[log.length - 1] !== value) log.push(value);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-guidance'] });
  });
}
const guidanceLog = (page: Page) => page.evaluate(() => [...(window as unknown as { guidanceLog: string[] }).guidanceLog]);

test('appeal: the business licence photographed with the document camera (hold still, glare, auto-capture, retake), shown on the review page and sent', async ({
  page,
}) => {
  test.setTimeout(90_000);
  usbRoot = mkdtempSync(path.join(tmpdir(), 'kiosk-usb-'));
  mkdirSync(path.join(usbRoot, 'KINGSTON'));
  for (const name of ['scan.png', 'photo.jpg']) writeFileSync(path.join(usbRoot, 'KINGSTON', name), documentFixtures()[name]!);
  // With a file, Chromium labels its one fake camera with the file's path (not "fake_device_0").
  kiosk = await startPersonKiosk({ devices: { cameras: { documentLabel: 'licence.mjpeg' } } }, { KIOSK_DEMO_USB_ROOT: usbRoot });
  await openKiosk(page, kiosk);

  // Appeal type, enterprise, legal representative's card, phone with SMS (online).
  await openEnterpriseServices(page);
  await page.getByRole('button', { name: /企业账号申诉/ }).click();
  await page.getByText('辅助企业注册申诉（未注册）').click();
  await typeOnKeyboard(page, '输入统一社会信用代码', '91220104ma0y2ab3c7');
  await expect(page.getByLabel('企业名称')).toHaveValue('长春北方物流有限公司');
  await page.getByRole('button', { name: '下一步' }).click();
  await presentCard(page, 'zhao-qiang');
  await expect(page.getByLabel('姓名', { exact: true }).first()).toHaveValue('赵强');
  await page.getByRole('button', { name: '下一步' }).click();
  await typeOnKeypad(page, '手机号码键盘', '13612345678');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13612345678'));
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByRole('heading', { name: '请提供申诉材料' })).toBeVisible();
  await shot(page, 'doccam-01-materials');

  // The document camera, picked by the configured label.
  await recordGuidance(page);
  await page.getByRole('button', { name: '拍摄: 企业营业执照原件' }).click();
  await expect(page.getByRole('heading', { name: '拍摄：企业营业执照原件' })).toBeVisible();
  await expect(page.getByText('请将材料平放在高拍仪下方')).toBeVisible();
  const guidance = page.getByTestId('document-guidance');
  const camera = page.locator('.doc-camera video');
  // The page shakes: "hold still", over a live preview.
  await expect(guidance).toHaveText('请保持材料不动', { timeout: 15_000 });
  await expect(camera).toBeVisible();
  const track = await camera.evaluate((v: HTMLVideoElement) => (v.srcObject as MediaStream).getVideoTracks()[0]?.label ?? '');
  expect(track).toContain('licence.mjpeg');
  expect(await camera.evaluate((v: HTMLVideoElement) => v.videoWidth)).toBe(1280);
  // The buttons sit beside the preview, on screen without scrolling (they were below the fold).
  await expect(page.getByRole('button', { name: '立即拍摄' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: '取消', exact: true })).toBeInViewport({ ratio: 1 });
  await shot(page, 'doccam-02-hold-still');
  // Steady under the lamp: glare.
  await expect(guidance).toHaveText('有反光，请调整角度或关闭强光');
  await shot(page, 'doccam-03-glare');
  // Steady and sharp: taken by itself, shown to check.
  await expect(guidance).toHaveText('已拍摄，请确认', { timeout: 10_000 });
  const photo = page.getByRole('img', { name: '拍摄：企业营业执照原件' });
  await expect(photo).toBeVisible();
  await expect(page.getByRole('button', { name: '使用这张' })).toBeInViewport({ ratio: 1 });
  // Cut to the page (840×594 in the 1280×720 frame), not the whole frame.
  const [photoWidth, photoHeight] = await photo.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
  expect(Math.abs(photoWidth! - 840)).toBeLessThan(16);
  expect(photoWidth! / photoHeight!).toBeCloseTo(840 / 594, 1);
  await expect(camera).toBeHidden();
  await shot(page, 'doccam-04-captured');
  let log = await guidanceLog(page);
  // In the clip's order: no page, hold still, glare, ready, taken (nothing taken while moving or glared).
  expect(log.indexOf('moving')).toBeGreaterThan(log.indexOf('noPage'));
  expect(log.indexOf('glare')).toBeGreaterThan(log.indexOf('moving'));
  expect(log.slice(-2)).toEqual(['ready', 'captured']);

  // Retake: the live preview again, then a new photo.
  const before = log.length;
  await page.getByRole('button', { name: '重拍' }).click();
  await expect.poll(async () => (await guidanceLog(page)).slice(before).includes('captured'), { timeout: 15_000 }).toBe(true);
  log = await guidanceLog(page);
  expect(log.slice(before, -1)).not.toContain('captured');
  expect(log.slice(before, -1).length).toBeGreaterThan(0);
  await expect(photo).toBeVisible();
  // The retake is the page too, even when the camera's clip loops to the empty desk right after the check.
  const [retakeWidth, retakeHeight] = await photo.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
  expect(Math.abs(retakeWidth! - 840)).toBeLessThan(16);
  expect(retakeWidth! / retakeHeight!).toBeCloseTo(840 / 594, 1);
  await page.getByRole('button', { name: '使用这张' }).click();

  // Back on the list: the licence is provided, as a photo with its thumbnail.
  await expect(page.getByRole('heading', { name: '请提供申诉材料' })).toBeVisible();
  const licence = page.locator('[data-document="business_licence"]');
  await expect(licence).toContainText('已提供 · 已拍照');
  await expect(licence.getByRole('img', { name: '企业营业执照原件' })).toBeVisible();
  await expect(licence.getByRole('button', { name: '拍摄: 企业营业执照原件' })).toHaveText('重拍');
  for (const [doc, file] of [
    ['法定代表人身份证人像面', 'scan.png'],
    ['法定代表人身份证国徽面', 'photo.jpg'],
  ] as const) {
    await page.getByRole('button', { name: `从U盘导入: ${doc}` }).click();
    await page.getByRole('button', { name: new RegExp(`^${file.replace('.', '\\.')}`) }).click();
    await expect(page.getByRole('heading', { name: '请提供申诉材料' })).toBeVisible();
  }
  await shot(page, 'doccam-05-materials-done');

  // Review: the photo's thumbnail, then submit.
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '请确认申诉内容' })).toBeVisible();
  const thumb = page.locator('.thumbs').getByRole('img', { name: '企业营业执照原件' });
  await expect(thumb).toBeVisible();
  expect(await thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page.getByText('手机号已验证')).toBeVisible();
  await shot(page, 'doccam-06-review');
  await page.getByRole('button', { name: '提交申诉' }).click();
  await expect(page.getByRole('heading', { name: '申诉已提交' })).toBeVisible();
  await shot(page, 'doccam-07-submitted');

  // The photo went up as the licence (a JPEG of a few tens of KiB or more).
  const licenceBytes = async () => {
    const { chunks } = (await (await fetch(`${kiosk.apiUrl}/dev/uploads`)).json()) as { chunks: { documentType: string; length: number }[] };
    return chunks.filter((c) => c.documentType === 'business_licence').reduce((n, c) => n + c.length, 0);
  };
  await expect.poll(licenceBytes, { timeout: 30_000 }).toBeGreaterThan(20_000);
});
