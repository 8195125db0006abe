/**
 * A phone replaying a genuine head turn (the attack set's `replay` clip: bezel, subpixel grid,
 * rolling bands, glare) as the kiosk's camera, in a whole registration: main refuses the capture
 * on its presentation-attack cues, the citizen is sent to the counter and nothing is registered.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  agreeAndChooseCredentials,
  agreeToFaceCheck,
  cameraArgs,
  clipsDir,
  openKiosk,
  presentCard,
  startPersonKiosk,
  typeOnKeypad,
  type PersonKiosk,
} from '../person/personSupport';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const attacksDir = path.join(repoRoot, 'test-results/face-attacks');

function replayClip(): string {
  execFileSync('sh', [path.join(repoRoot, 'test/fixtures/face-attacks/makeAttackClips.sh'), attacksDir, clipsDir], { stdio: 'pipe' });
  return path.join(attacksDir, 'replay.mjpeg');
}

test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs(replayClip()) } });

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

test('a phone replaying a head turn is refused by main: the counter screen, and no account is made', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  // The attract screen answers its first tap once its scripts and the face workers' warm-up are in.
  await page.waitForLoadState('networkidle');
  await agreeAndChooseCredentials(page, 'liuyang92');
  await presentCard(page, 'liu-yang');
  await page.getByRole('button', { name: '下一步' }).click();
  await typeOnKeypad(page, '手机号码键盘', '13612345678');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13612345678'));
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByRole('heading', { name: /人脸验证/ })).toBeVisible();
  await agreeToFaceCheck(page);

  // The head turns are performed (on the phone), so the page's own challenges pass; main's cues do not.
  const refusal = page.getByRole('region', { name: '人脸验证没有完成' });
  await expect(refusal).toBeVisible({ timeout: 90_000 });
  await expect(refusal).toContainText('到窗口');
  expect(kiosk.output()).toContain('face capture refused as a presentation attack');
  expect(kiosk.output()).toMatch(/"face verified".*"result":"liveness_failed"/);
  // Nothing went on to the registration: the identity API registered no one.
  expect(kiosk.output()).not.toContain('person registered');
  await expect(page.getByRole('heading', { name: '注册成功' })).toHaveCount(0);
});
