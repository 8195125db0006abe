/**
 * The face step in Debian Chromium with fake-camera clips, under the app's CSP: guidance, the
 * head-turn challenges, the captured JPEG, a printed photo failing liveness, a missing camera,
 * and not one request leaving the page's origin.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, launchWithCamera, offBox, openStep, screensDir, test } from './support/faceHarness';
import type { Clip, HarnessOptions, OpenedStep } from './support/faceHarness';
import type { FaceStepLog } from '../../fixtures/face/component/harnessLog';

const log = (page: Page): Promise<FaceStepLog> => page.evaluate(() => structuredClone(window.faceStepLog));
const shot = (page: Page, name: string) => {
  mkdirSync(screensDir, { recursive: true });
  return page.screenshot({ path: path.join(screensDir, `face-${name}.png`) });
};
const step = (page: Page) => page.locator('.face-capture');
const TURNS: HarnessOptions = { challenges: ['turnLeft', 'turnRight'] };

/** One browser per clip: Chromium reads its fake camera file at launch. */
function withClip(clip: Clip | null, body: (open: (o?: HarnessOptions) => Promise<OpenedStep>) => void): void {
  test.describe(`camera: ${clip ?? 'none'}`, () => {
    let browser: Browser;
    let opened: OpenedStep | null = null;
    let origin = '';
    test.beforeAll(async () => {
      browser = await launchWithCamera(clip);
    });
    test.beforeEach(({ faceHarness }) => {
      origin = faceHarness.origin;
    });
    test.afterEach(async () => {
      if (opened) expect(offBox(opened.requests, origin), 'requests off the page origin').toEqual([]);
      await opened?.close();
      opened = null;
    });
    test.afterAll(async () => {
      await browser?.close();
    });
    body(async (o = {}) => {
      opened = await openStep(browser, origin, o);
      return opened;
    });
  });
}

withClip('noface-then-face', (open) => {
  test('asks the citizen to face the camera while nobody is there, then finds the face', async () => {
    const { page, requests } = await open(TURNS);
    await expect(step(page)).toHaveAttribute('data-instruction', 'face.noFace', { timeout: 15_000 });
    await expect(page.getByTestId('face-instruction')).toHaveText('Please face the camera');
    await shot(page, 'noface');
    // The face appears after 6 s: it is found, passes the checks and the challenges begin.
    await expect(step(page)).toHaveAttribute('data-phase', 'liveness', { timeout: 15_000 });
    // The shown instruction moves on to the challenge (debounced: it never flickers back).
    await expect(step(page)).toHaveAttribute('data-instruction', /face\.(lookStraight|turnLeft|turnRight)/, { timeout: 5_000 });
    const seen = await log(page);
    expect(seen.instructions[0]).toBe('face.noFace');
    expect(seen.instructions.filter((c) => c === 'face.noFace')).toHaveLength(1);
    expect(requests.some((u) => u.endsWith('/models/face_detection_short_range.tflite'))).toBe(true);
    expect(requests.some((u) => u.includes('/mediapipe/wasm/'))).toBe(true);
  });
});

withClip('small-face', (open) => {
  test('asks a citizen standing too far away to come closer, and does not start the challenges', async () => {
    const { page } = await open(TURNS);
    await expect(step(page)).toHaveAttribute('data-instruction', 'face.tooFar', { timeout: 15_000 });
    await expect(page.getByTestId('face-instruction')).toHaveText('Please come closer');
    await shot(page, 'positioning');
    await page.waitForTimeout(1500);
    const seen = await log(page);
    expect(seen.phases).toEqual(['positioning']);
    expect(seen.instructions).toContain('face.tooFar');
    await expect(page.getByTestId('face-progress')).toBeHidden();
  });
});

withClip('head-turn', (open) => {
  test('passes turn-left and turn-right with a turning head and returns one JPEG', async () => {
    const { page } = await open(TURNS);
    await expect(step(page)).toHaveAttribute('data-phase', 'liveness', { timeout: 15_000 });
    await expect(step(page)).toHaveAttribute('data-challenge', /turn(Left|Right)/, { timeout: 10_000 });
    await expect(step(page)).toHaveAttribute('data-instruction', /face\.turn(Left|Right)/, { timeout: 10_000 });
    await expect(page.getByTestId('face-instruction')).toHaveText(/Slowly turn your head to the (left|right)/);
    await expect(page.locator('.cue')).toBeVisible();
    await expect(page.getByTestId('face-progress')).toContainText('Movement');
    await shot(page, 'challenge');

    const result = page.getByTestId('camera-check-result');
    await expect(result).toHaveAttribute('data-kind', 'captured', { timeout: 40_000 });
    const jpeg = page.getByTestId('camera-check-jpeg');
    expect(Number(await jpeg.getAttribute('data-bytes'))).toBeGreaterThan(5_000);
    const challenges = page.getByTestId('camera-check-challenges');
    await expect(challenges).toHaveAttribute('data-passed', '2');
    await expect(challenges).toHaveAttribute('data-total', '2');
    // The photo decodes as an image of the reported size (a 3:4 portrait crop).
    const size = await page.locator('.photo').evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return { w: img.naturalWidth, h: img.naturalHeight };
    });
    expect(size.w).toBeGreaterThan(100);
    expect(Math.abs(size.h / size.w - 4 / 3)).toBeLessThan(0.02);

    await expect(step(page)).toHaveAttribute('data-screen', 'done');
    await expect(page.getByTestId('face-outcome')).toContainText('Done');
    const seen = await log(page);
    expect(seen.challenges).toEqual(expect.arrayContaining(['turnLeft', 'turnRight']));
    expect(seen.phases).toEqual(['positioning', 'liveness', 'capturing', 'done']);
    // The camera is off once the step is done.
    expect(await page.locator('video').evaluate((v: HTMLVideoElement) => v.srcObject)).toBeNull();
    await shot(page, 'done');
  });
});

withClip('static', (open) => {
  test('a still photo cannot turn its head: liveness fails and the citizen is sent to the counter', async () => {
    const { page } = await open({ ...TURNS, maxAttempts: 1, challengeTimeMs: 3000 });
    await expect(step(page)).toHaveAttribute('data-phase', 'liveness', { timeout: 15_000 });
    await expect(page.getByTestId('camera-check-result')).toHaveAttribute('data-reason', 'liveness', { timeout: 20_000 });
    await expect(step(page)).toHaveAttribute('data-screen', 'liveness');
    const outcome = page.getByTestId('face-outcome');
    await expect(outcome).toContainText('We could not confirm your face');
    await expect(outcome).toContainText('Please go to the counter');
    await expect(page.getByTestId('face-back')).toBeVisible();
    expect(await page.locator('video').evaluate((v: HTMLVideoElement) => v.srcObject)).toBeNull();
    await shot(page, 'failed');
  });
});

withClip(null, (open) => {
  test('without a camera the step says so and shows the way to the counter', async () => {
    const { page } = await open(TURNS);
    await expect(step(page)).toHaveAttribute('data-screen', 'camera-missing', { timeout: 15_000 });
    await expect(page.getByTestId('face-outcome')).toContainText('The camera cannot be used');
    await expect(page.getByTestId('face-outcome')).toContainText('Please go to the counter');
    await expect(page.getByTestId('camera-check-result')).toHaveAttribute('data-reason', 'camera-missing');
    await shot(page, 'camera-missing');
    await page.getByTestId('face-back').click();
    await expect(page.locator('.face-capture')).toHaveCount(0);
  });
});
