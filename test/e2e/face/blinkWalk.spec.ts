/**
 * A whole registration in the built kiosk whose face step main issues as blink then turn left
 * (`KIOSK_DEMO_FACE_CHALLENGES`), with the fake camera playing the head turn that blinks in each
 * level stretch: the face mesh sees the eyes shut, main accepts the blink and the account is made.
 */
import { expect, test } from '@playwright/test';
import { agreeToFaceCheck, cameraArgs, openKiosk, registerToFaceStep, startPersonKiosk, type PersonKiosk } from '../person/personSupport';

test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs('blink-turn') } });

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

interface SentChallenge {
  kind: string;
  passed: boolean;
  peak: number;
  attempt: number;
}

test('a genuine clip passes the blink challenge main issued, and registration finishes', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk({}, { KIOSK_DEMO_FACE_CHALLENGES: 'blink,turnLeft' });
  // What the page sends main with the capture (the bridge is a loopback WebSocket in the browser shell).
  const sent: SentChallenge[][] = [];
  page.on('websocket', (ws) =>
    ws.on('framesent', ({ payload }) => {
      const text = typeof payload === 'string' ? payload : payload.toString();
      const found = /"challenges":(\[[^\]]*"attempt"[^\]]*\])/.exec(text);
      if (found?.[1] && text.includes('challengeNonce')) sent.push(JSON.parse(found[1]) as SentChallenge[]);
    }),
  );
  // Every challenge and instruction the face step shows is kept, in order, in the page: on a quiet
  // machine the blink passes within a few frames of its challenge starting, quicker than a poll from here.
  await page.addInitScript(() => {
    const shown = { challenges: [] as string[], instructions: [] as string[] };
    (window as unknown as { faceStepShown: typeof shown }).faceStepShown = shown;
    const keep = (list: string[], entry: string | null | undefined): void => {
      if (entry && list.at(-1) !== entry) list.push(entry);
    };
    new MutationObserver(() => {
      keep(shown.challenges, document.querySelector('.face-capture')?.getAttribute('data-challenge'));
      keep(shown.instructions, document.querySelector('[data-testid="face-instruction"]')?.textContent?.trim());
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-challenge'] });
  });
  await openKiosk(page, kiosk);
  // The attract screen answers its first tap once its scripts and the face workers' warm-up are in.
  await page.waitForLoadState('networkidle');
  await registerToFaceStep(page, kiosk, { accountName: 'liuyang92', card: 'liu-yang', phone: '13612345678' });
  await agreeToFaceCheck(page);
  await expect(page.getByRole('heading', { name: '注册成功' })).toBeVisible({ timeout: 120_000 });
  // The page ran the challenges main issued, blink first. Its prompt may not have shown: an instruction
  // changes only after the last one has been on screen a moment (the guidance's debounce), and the
  // clip blinks in every level stretch, so the blink can pass while "hold still" is still up.
  const shown = await page.evaluate(() => (window as unknown as { faceStepShown: { challenges: string[]; instructions: string[] } }).faceStepShown);
  expect(shown.challenges).toEqual(['blink', 'turnLeft']);
  expect(shown.instructions).toContain('请缓慢向左转头');
  await expect(page.getByTestId('receipt')).toContainText('liuyang92');

  // Main judged the blink itself (its own least drop of the eye ratio) and the identity API matched the face.
  expect(kiosk.output()).toMatch(/"face verified".*"result":"match"/);
  expect(kiosk.output()).not.toContain('face capture refused');
  const final = sent.at(-1) ?? [];
  const lastAttempt = Math.max(...final.map((c) => c.attempt));
  const blink = final.find((c) => c.kind === 'blink' && c.attempt === lastAttempt);
  console.log(`blink: eye ratio dropped ${blink?.peak} below its level value`);
  expect(final.filter((c) => c.attempt === lastAttempt).map((c) => c.kind)).toEqual(['blink', 'turnLeft']);
  expect(blink?.passed).toBe(true);
  expect(blink?.peak).toBeGreaterThanOrEqual(0.1);
});
