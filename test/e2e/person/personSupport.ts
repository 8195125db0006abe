import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { demoCardIds, type DemoCardId } from '../../../common/contract/services/reader';
import { startKioskShell, type KioskShell } from '../support/kioskShell';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const clipsDir = path.join(repoRoot, 'test-results/face-clips');
export const screensDir = path.join(repoRoot, 'test-results/screens/person');

/**
 * Chromium flags for a fake camera playing a face clip (only for tests with a face step): a clip of
 * test/fixtures/face/makeClips.sh by name, the head turn unless named, or a clip file's absolute path.
 */
export function cameraArgs(clip = 'head-turn'): string[] {
  execFileSync('sh', [path.join(repoRoot, 'test/fixtures/face/makeClips.sh'), clipsDir], { stdio: 'pipe' });
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${path.isAbsolute(clip) ? clip : path.join(clipsDir, `${clip}.mjpeg`)}`,
  ];
}

export interface PersonKiosk extends KioskShell {
  /** The embedded reference identity API (demo mode), from the shell's info log. */
  apiUrl: string;
  smsCode(phone: string): Promise<string>;
  setFaults(faults: Record<string, number>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the shell in demo mode with an optional hall config (written to a temp file). Main issues
 * the face challenges; here the order the head-turn clip performs (`KIOSK_DEMO_FACE_CHALLENGES`).
 */
export async function startPersonKiosk(config: Record<string, unknown> = {}, env: Record<string, string> = {}): Promise<PersonKiosk> {
  const extra: Record<string, string> = { KIOSK_LOG_LEVEL: 'info', KIOSK_DEMO_FACE_CHALLENGES: 'turnLeft,turnRight', ...env };
  if (Object.keys(config).length) {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kiosk-config-')), 'hall.json');
    writeFileSync(file, JSON.stringify(config));
    extra.KIOSK_CONFIG = file;
  }
  const shell = await startKioskShell(extra);
  await expect.poll(() => /identity API started.*?(http:\/\/127\.0\.0\.1:\d+)/.exec(shell.output())?.[1] ?? '').not.toBe('');
  const apiUrl = /identity API started.*?(http:\/\/127\.0\.0\.1:\d+)/.exec(shell.output())?.[1] as string;
  return {
    ...shell,
    apiUrl,
    async smsCode(phone) {
      let code = '';
      await expect
        .poll(async () => {
          const res = await fetch(`${apiUrl}/dev/sms?phone=${phone}`);
          code = res.ok ? ((await res.json()) as { code: string }).code : '';
          return code;
        })
        .not.toBe('');
      return code;
    },
    async setFaults(faults) {
      const res = await fetch(`${apiUrl}/dev/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(faults) });
      expect(res.ok).toBe(true);
    },
  };
}

/** Opens the kiosk. */
export async function openKiosk(page: Page, kiosk: PersonKiosk): Promise<void> {
  await page.goto(kiosk.url);
  await expect(page.getByRole('status').first()).toBeVisible();
}

/**
 * Opens the home screen's enterprise services page where the screen groups them behind one tile
 * (1280×800); where the screen is large enough to show every tile there is nothing to open.
 */
export async function openEnterpriseServices(page: Page): Promise<void> {
  const home = page.getByTestId('home');
  // The tiles render once the flows' manifests are in: only then does the group tile's absence mean a large screen.
  await expect(home.getByRole('button').first()).toBeVisible({ timeout: 30_000 });
  const group = home.locator('.tile-group');
  if (await group.count()) await group.click();
}

/** Lays a demo card on the simulated reader with the trainers' control in the status bar. */
export async function presentCard(page: Page, id: DemoCardId): Promise<void> {
  const dialog = page.getByRole('dialog');
  // Take any earlier card off first and give the reader loop a few polls to see it gone.
  await page.locator('.demo-card').click();
  await dialog.locator('.actions button').first().click();
  await page.waitForTimeout(1000);
  await page.locator('.demo-card').click();
  await dialog.locator('.person').nth(demoCardIds.indexOf(id)).click();
  await expect(dialog).toHaveCount(0);
}

/** Types on the on-screen keyboard, switching shift and the symbol page like a citizen would. */
export async function typeOnKeyboard(
  page: Page,
  keyboardName: string,
  text: string,
  labels = { shift: '大写', symbols: '符号', letters: '字母' },
): Promise<void> {
  const board = page.getByRole('group', { name: keyboardName });
  let symbolPage = false;
  for (const ch of text) {
    const isLetter = /[a-zA-Z]/.test(ch);
    const isDigit = /\d/.test(ch);
    if (isLetter && symbolPage) {
      await board.getByRole('button', { name: labels.letters, exact: true }).click();
      symbolPage = false;
    }
    if (!isLetter && !isDigit && !symbolPage) {
      await board.getByRole('button', { name: labels.symbols, exact: true }).click();
      symbolPage = true;
    }
    if (/[A-Z]/.test(ch)) await board.getByRole('button', { name: labels.shift, exact: true }).click();
    await board.getByRole('button', { name: ch, exact: true }).click();
  }
  if (symbolPage) await board.getByRole('button', { name: labels.letters, exact: true }).click();
}

export async function typeOnKeypad(page: Page, keypadName: string, digits: string): Promise<void> {
  const pad = page.getByRole('group', { name: keypadName });
  for (const d of digits) await pad.getByRole('button', { name: d, exact: true }).click();
}

/** A screenshot for review, and axe-core with no serious or critical violations. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screensDir, `${name}.png`) });
  // meta-viewport: the kiosk blocks pinch zoom on purpose (index.html); text size is the app's own.
  const results = await new AxeBuilder({ page }).exclude('video').disableRules(['meta-viewport']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    name,
  ).toEqual([]);
}

/** Registration up to the identity step: both consents, account name and password on the keyboard. */
export async function agreeAndChooseCredentials(page: Page, name: string, shot?: string): Promise<void> {
  await page.getByRole('button', { name: /注册账号/ }).click();
  // The flow's code loads on this first tap: on a busy machine that takes more than the default wait.
  await expect(page.getByRole('heading', { name: '请阅读并同意服务协议和隐私政策' })).toBeVisible({ timeout: 15_000 });
  if (shot) await checkScreen(page, `${shot}-01-agreement`);
  await page.getByLabel('我已阅读并同意《服务协议》').check();
  await page.getByLabel('我已阅读并同意《隐私政策》').check();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '设置账号名和密码' })).toBeVisible();
  await typeOnKeyboard(page, '键盘', name);
  await page.getByLabel('密码', { exact: true }).click();
  await typeOnKeyboard(page, '键盘', 'Kiosk#2025a');
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'Kiosk#2025a');
  await expect(page.locator('#account-password-rules li.passed')).toHaveCount(3);
  if (shot) await checkScreen(page, `${shot}-02-account`);
  await page.getByRole('button', { name: '下一步' }).click();
}

/**
 * A registration from the attract screen to its face step: the account, a demo card, a phone and
 * its SMS code; the face step's heading is on screen when this returns.
 */
export async function registerToFaceStep(page: Page, kiosk: PersonKiosk, who: { accountName: string; card: DemoCardId; phone: string }): Promise<void> {
  await agreeAndChooseCredentials(page, who.accountName);
  await presentCard(page, who.card);
  await page.getByRole('button', { name: '下一步' }).click();
  await typeOnKeypad(page, '手机号码键盘', who.phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode(who.phone));
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByRole('heading', { name: /人脸验证/ })).toBeVisible();
}

/**
 * The consent every face step asks before the camera starts: the citizen agrees (the button's text
 * in the page's language; Chinese unless given).
 */
export async function agreeToFaceCheck(page: Page, agree = '同意，开始人脸验证'): Promise<void> {
  await page.getByTestId('face-consent').getByRole('button', { name: agree }).click();
}

/** Where the province profile and hall configuration decide whether a face step comes (forgot password): agree if it does, before `next` shows. */
export async function agreeToFaceCheckIfAsked(page: Page, next: Locator): Promise<void> {
  const consent = page.getByTestId('face-consent');
  await expect(consent.or(next)).toBeVisible({ timeout: 60_000 });
  if (await consent.isVisible()) await agreeToFaceCheck(page);
}

/** The screens an appeal passes on its way to the review, for a caller's screenshots or extra steps. */
export type AppealScreen = 'appeal-type' | 'enterprise' | 'identity-waiting' | 'identity' | 'phone' | 'materials' | 'usb-files' | 'materials-done';

export interface AppealWalk {
  /** Fills the enterprise step; by default the reference registry's 长春北方物流有限公司 by its credit code. */
  enterprise?: () => Promise<void>;
  /** The legal representative's phone for the SMS code; one a minute per phone, so a caller filing often varies it. */
  phone?: string;
  /** The materials taken from the USB stand-in, as [material, file on the drive]; by default the licence and both sides of the card. */
  fromUsb?: ReadonlyArray<readonly [material: string, file: string]>;
  /** Runs on each screen of the way; `usb-files` is the drive's file list, opened for the first material. */
  at?: (screen: AppealScreen) => Promise<void>;
}

const appealMaterialsFromUsb = [
  ['企业营业执照原件', 'licence.pdf'],
  ['法定代表人身份证人像面', 'scan.png'],
  ['法定代表人身份证国徽面', 'photo.jpg'],
] as const;

/**
 * An appeal for an enterprise not yet registered, filed by its legal representative (赵强's card),
 * the phone verified by SMS, the materials from the USB stand-in, up to the review screen.
 */
export async function fileAppealToReview(page: Page, kiosk: PersonKiosk, walk: AppealWalk = {}): Promise<void> {
  const at = walk.at ?? (() => Promise.resolve());
  await openEnterpriseServices(page);
  await page.getByRole('button', { name: /企业账号申诉/ }).click();
  await at('appeal-type');
  await page.getByText('辅助企业注册申诉（未注册）').click();
  if (walk.enterprise) await walk.enterprise();
  else {
    await typeOnKeyboard(page, '输入统一社会信用代码', '91220104ma0y2ab3c7');
    await expect(page.getByLabel('企业名称')).toHaveValue('长春北方物流有限公司');
  }
  await at('enterprise');
  await page.getByRole('button', { name: '下一步' }).click();

  await at('identity-waiting');
  await presentCard(page, 'zhao-qiang');
  await expect(page.getByLabel('姓名', { exact: true }).first()).toHaveValue('赵强');
  await at('identity');
  await page.getByRole('button', { name: '下一步' }).click();

  const phone = walk.phone ?? '13612345678';
  await typeOnKeypad(page, '手机号码键盘', phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode(phone));
  await at('phone');
  await page.getByRole('button', { name: '验证', exact: true }).click();

  const materials = page.getByRole('heading', { name: '请提供申诉材料' });
  await expect(materials).toBeVisible();
  await at('materials');
  for (const [index, [material, file]] of (walk.fromUsb ?? appealMaterialsFromUsb).entries()) {
    await page.getByRole('button', { name: `从U盘导入: ${material}` }).click();
    const pick = page.getByRole('button', { name: new RegExp(`^${file.replace('.', '\\.')}`) });
    await expect(pick).toBeVisible();
    if (index === 0) await at('usb-files');
    await pick.click();
    await expect(materials).toBeVisible();
  }
  await at('materials-done');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '请确认申诉内容' })).toBeVisible();
}
