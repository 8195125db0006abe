import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { otherPersonCardPhoto } from '../../fixtures/face/otherPersonCardPhoto';
import { cameraArgs, checkScreen, openKiosk, presentCard, startPersonKiosk, type PersonKiosk } from './personSupport';

/** The camera plays the fixture face (launch flag, so this file only); 孙丽's card shows another person. */
test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs() } });

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

const otherFace = () => otherPersonCardPhoto(path.resolve(import.meta.dirname, '../../../test-results/card-photos'));

async function agreeToFaceIfAsked(page: Page, next: Locator): Promise<void> {
  const consent = page.getByTestId('face-consent');
  await expect(consent.or(next)).toBeVisible({ timeout: 60_000 });
  if (await consent.isVisible()) await consent.locator('button.primary').click();
}

/** Main's log: the match said mismatch, and no face request was made or queued after it. */
function expectStoppedInMain(kiosk: PersonKiosk): void {
  expect(kiosk.output()).toMatch(/card photo compared[^\n]*mismatch/);
  expect(kiosk.output()).not.toMatch(/face enrolled|face enrolment queued|face verified/);
}

test('a card whose photo is another person’s face: the face enrolment stops at the card photo match, before anything is sent', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk({}, { KIOSK_DEMO_OTHER_FACE_PHOTO: otherFace() });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: /^人脸采集/ }).click();
  await presentCard(page, 'sun-li');
  await page.getByRole('button', { name: '下一步' }).click();
  const stopped = page.getByRole('heading', { name: '人脸与身份证照片不一致' });
  await agreeToFaceIfAsked(page, stopped);
  await expect(stopped).toBeVisible({ timeout: 90_000 });
  await expect(page.getByText('请持本人身份证到窗口办理。')).toBeVisible();
  await checkScreen(page, 'card-photo-mismatch-zh-01-stopped');
  expectStoppedInMain(kiosk);
});

test('Uyghur on a Xinjiang kiosk: the same stop, right to left', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'xinjiang', KIOSK_DEMO_OTHER_FACE_PHOTO: otherFace() });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await page.getByRole('button', { name: /^چىراي ئېلىش/ }).click();
  await presentCard(page, 'sun-li');
  await page.locator('.actions .primary').click();
  const stopped = page.getByRole('heading', { name: 'چىراي كىملىك سۈرىتىگە ماس ئەمەس' });
  await agreeToFaceIfAsked(page, stopped);
  await expect(stopped).toBeVisible({ timeout: 90_000 });
  await checkScreen(page, 'card-photo-mismatch-ug-01-stopped');
  expectStoppedInMain(kiosk);
});
