/**
 * An agent files the enterprise appeal alone (demo mode: embedded reference API, card simulator):
 * the agent's own card and face, the legal representative's details typed from the ID card's
 * photos, phone + SMS, every material the manual lists — the business licence photographed with
 * the document camera, the rest from a USB stand-in — the authorisation letter's template as a QR
 * code, then queued and sent. One fake camera plays the head turn and then the licence on the desk
 * (test/fixtures/documents/makeAgentAppealClip.sh): Chromium gives one fake device per launch.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { documentFixtures } from '../../fixtures/documents/makeDocuments';
import {
  agreeToFaceCheck,
  cameraArgs,
  checkScreen,
  clipsDir,
  openEnterpriseServices,
  openKiosk,
  presentCard,
  startPersonKiosk,
  typeOnKeyboard,
  typeOnKeypad,
  type PersonKiosk,
} from '../person/personSupport';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** Chromium flags for one fake camera playing the face, then the licence. */
function agentAppealCameraArgs(): string[] {
  cameraArgs();
  const documentClip = execFileSync(
    'sh',
    [path.join(repoRoot, 'test/fixtures/documents/makeDocumentClip.sh'), path.join(repoRoot, 'test-results/document-clips')],
    {
      encoding: 'utf8',
    },
  ).trim();
  const clip = execFileSync(
    'sh',
    [
      path.join(repoRoot, 'test/fixtures/documents/makeAgentAppealClip.sh'),
      path.join(clipsDir, 'head-turn.mjpeg'),
      documentClip,
      path.join(repoRoot, 'test-results/agent-appeal-clips'),
    ],
    { encoding: 'utf8' },
  ).trim();
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${clip}`,
  ];
}

test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: agentAppealCameraArgs() } });

let kiosk: PersonKiosk;
let usbRoot = '';
test.afterEach(async () => {
  await kiosk?.stop();
  if (usbRoot) rmSync(usbRoot, { recursive: true, force: true });
});

const shot = (page: Page, name: string) => checkScreen(page, `../enterprise/${name}`);

async function typeField(page: Page, field: string, text: string): Promise<void> {
  await page.locator(`#typed-rep-${field}`).click();
  await typeOnKeyboard(page, '输入法定代表人信息', text);
}

test('an agent files the appeal alone: own card and face, the legal representative typed, materials from the document camera and a USB drive', async ({
  page,
}) => {
  test.setTimeout(180_000);
  usbRoot = mkdtempSync(path.join(tmpdir(), 'kiosk-usb-'));
  mkdirSync(path.join(usbRoot, 'KINGSTON'));
  const files = documentFixtures();
  for (const name of ['scan.png', 'photo.jpg', 'licence.pdf']) writeFileSync(path.join(usbRoot, 'KINGSTON', name), files[name]!);
  writeFileSync(path.join(usbRoot, 'KINGSTON', 'letter-signed.pdf'), files['licence.pdf']!);
  kiosk = await startPersonKiosk(
    {
      devices: { cameras: { documentLabel: 'agent-appeal.mjpeg' } },
      documents: { authorisationTemplateUrl: 'https://etax.example.gov.cn/templates/authorisation.docx' },
    },
    { KIOSK_DEMO_USB_ROOT: usbRoot },
  );
  await openKiosk(page, kiosk);

  await openEnterpriseServices(page);

  await page.getByRole('button', { name: /企业账号申诉/ }).click();
  await page.getByText('辅助企业注册申诉（未注册）').click();
  await typeOnKeyboard(page, '输入统一社会信用代码', '91220104ma0y2ab3c7');
  await expect(page.getByLabel('企业名称')).toHaveValue('长春北方物流有限公司');
  await page.getByRole('button', { name: '下一步' }).click();

  // The agent files alone: their own card, then their face.
  await page.getByText('经办人代为办理').click();
  await expect(page.getByRole('heading', { name: '谁在办理？' })).toBeVisible();
  await presentCard(page, 'liu-yang');
  await expect(page.getByLabel('姓名', { exact: true })).toHaveValue('刘洋');
  await shot(page, 'agent-appeal-01-agent-card');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '请经办人本人正对摄像头' })).toBeVisible();
  await agreeToFaceCheck(page);
  await expect(page.getByText('经办人人脸验证已通过')).toBeVisible({ timeout: 60_000 });

  // The legal representative's details, as on the photographed card (Chinese input arrives with the pinyin keyboard).
  await typeField(page, 'name', 'ZHAOQIANG');
  await typeField(page, 'idNumber', '220104197503104519');
  await typeField(page, 'start', '20150401');
  await typeField(page, 'end', '20350401');
  await shot(page, 'agent-appeal-02-representative');
  await page.getByRole('button', { name: '下一步' }).click();

  await typeOnKeypad(page, '手机号码键盘', '13612340011');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13612340011'));
  await page.getByRole('button', { name: '验证', exact: true }).click();

  // Every material the manual lists for an agent, and the letter's template as a QR code.
  await expect(page.getByRole('heading', { name: '请提供申诉材料' })).toBeVisible();
  await expect(page.locator('[data-document]')).toHaveCount(7);
  await expect(page.getByRole('img', { name: '扫码下载授权书模板' })).toBeVisible();
  await expect(page.getByRole('button', { name: '打印授权书模板' })).toBeVisible();
  await expect(page.getByTestId('authorisation-letter')).toContainText('长春北方物流有限公司');
  await expect(page.getByTestId('authorisation-letter')).toContainText('刘洋');
  await shot(page, 'agent-appeal-03-materials');
  await page.getByRole('button', { name: '打印授权书模板' }).click();
  await expect(page.getByText('本机无法打印，请扫码下载或到窗口领取。')).toBeVisible();

  // The licence on the document camera.
  await page.getByRole('button', { name: '拍摄: 企业营业执照原件' }).click();
  await expect(page.getByTestId('document-guidance')).toHaveText('已拍摄，请确认', { timeout: 40_000 });
  await page.getByRole('button', { name: '使用这张' }).click();
  await expect(page.locator('[data-document="business_licence"]')).toContainText('已提供');
  // The photo is named for what it is, not by a file name the citizen never gave it.
  await expect(page.locator('[data-document="business_licence"]')).toContainText('已拍照');
  await expect(page.locator('[data-document="business_licence"]')).not.toContainText('.jpg');

  // The rest from the USB drive.
  for (const [doc, file] of [
    ['申诉授权书', 'letter-signed.pdf'],
    ['法定代表人身份证人像面', 'scan.png'],
    ['法定代表人身份证国徽面', 'photo.jpg'],
    ['经办人身份证人像面', 'scan.png'],
    ['经办人身份证国徽面', 'photo.jpg'],
    ['经办人手持身份证照片', 'photo.jpg'],
  ] as const) {
    await page.getByRole('button', { name: `从U盘导入: ${doc}` }).click();
    await page.getByRole('button', { name: new RegExp(`^${file.replace('.', '\\.')}`) }).click();
    await expect(page.getByRole('heading', { name: '请提供申诉材料' })).toBeVisible();
  }
  await shot(page, 'agent-appeal-04-materials-done');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '请确认申诉内容' })).toBeVisible();
  await page.getByRole('button', { name: '提交申诉' }).click();
  await expect(page.getByRole('heading', { name: '申诉已提交' })).toBeVisible();
  await shot(page, 'agent-appeal-05-submitted');

  // Sent: one upload per material reaches the server.
  const types = async () => {
    const { chunks } = (await (await fetch(`${kiosk.apiUrl}/dev/uploads`)).json()) as { chunks: { documentType: string }[] };
    return new Set(chunks.map((c) => c.documentType)).size;
  };
  await expect.poll(types, { timeout: 30_000 }).toBe(7);
});

test('the agent filing screen in Uyghur, with the agent title of Xinjiang', async ({ page }) => {
  test.setTimeout(90_000);
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'xinjiang' });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await openEnterpriseServices(page);
  await page.getByRole('button', { name: /كارخانا ھېساباتى ئەرزى/ }).click();
  await typeOnKeyboard(page, 'بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودىنى كىرگۈزۈڭ', '91220104ma0y2ab3c7');
  await page.getByRole('button', { name: 'كېيىنكى قەدەم' }).click();
  await page.getByText('باج بېجىرگۈچى ۋاكالىتەن بېجىرىدۇ').click();
  await presentCard(page, 'liu-yang');
  // The profile's title (办税人) in Uyghur, never the Chinese word.
  await expect(page.getByRole('heading', { name: 'باج بېجىرگۈچى ئۆز كىملىكىنى ئوقۇغۇچقا قويسۇن' })).toBeVisible();
  await expect(page.getByText('办税人')).toHaveCount(0);
  await shot(page, 'agent-appeal-ug-01-agent-card');
});
