/**
 * A phone replaying a genuine head turn (the attack set's `replay` clip: bezel, subpixel grid,
 * rolling bands, glare) as the kiosk's camera, in a whole registration: refused (by main on its
 * presentation-attack cues when the page's challenges pass), the citizen is sent to the counter and
 * nothing is registered.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { agreeToFaceCheck, cameraArgs, clipsDir, openKiosk, registerToFaceStep, startPersonKiosk, type PersonKiosk } from '../person/personSupport';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const attacksDir = path.join(repoRoot, 'test-results/face-attacks');

function replayClip(): string {
  execFileSync('sh', [path.join(repoRoot, 'test/fixtures/face-attacks/makeAttackClips.sh'), attacksDir, clipsDir], { stdio: 'pipe' });
  return path.join(attacksDir, 'replay.mjpeg');
}

test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs(replayClip()) } });

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

test('a phone replaying a head turn is refused: the counter screen, and no account is made', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  // The attract screen answers its first tap once its scripts and the face workers' warm-up are in.
  await page.waitForLoadState('networkidle');
  await registerToFaceStep(page, kiosk, { accountName: 'liuyang92', card: 'liu-yang', phone: '13612345678' });
  await agreeToFaceCheck(page);

  // Either the page's own challenges miss the phone's turns (a loaded machine sees few frames), and
  // nothing is sent; or they pass and main refuses the capture on its presentation-attack cues.
  // Both end at a screen that sends the citizen to the counter; neither registers anyone.
  const pageRefusal = page.getByRole('alert').filter({ hasText: '未能完成人脸核验' });
  const mainRefusal = page.getByRole('region', { name: '人脸验证没有完成' });
  await expect(pageRefusal.or(mainRefusal)).toBeVisible({ timeout: 120_000 });
  if (await mainRefusal.isVisible()) {
    await expect(mainRefusal).toContainText('到窗口');
    expect(kiosk.output()).toContain('face capture refused as a presentation attack');
    expect(kiosk.output()).toMatch(/"face verified".*"result":"liveness_failed"/);
    console.log('replay: the page passed the turns; main refused the cues');
  } else {
    await expect(pageRefusal).toContainText('请到人工窗口办理');
    expect(kiosk.output(), 'no face request left the kiosk').not.toContain('"face verified"');
    console.log('replay: the page did not see the turns; nothing was sent');
  }
  expect(kiosk.output()).not.toContain('person registered');
  await expect(page.getByRole('heading', { name: '注册成功' })).toHaveCount(0);
});
