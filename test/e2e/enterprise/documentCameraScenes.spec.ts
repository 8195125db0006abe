/**
 * The document camera's judgement on four scenes, each a clip made at test time by ffmpeg
 * (test/fixtures/documents/makeDocumentScenes.sh) and played by Chromium's fake camera into the
 * real DocumentCamera.vue and its worker under the app's CSP: a plain white page on a dark desk
 * (taken, never "glare"), a page turned 12° (taken, cut to the page and made upright), a face
 * (refused as a document) and an empty desk (nothing taken). The full walk through the appeal is
 * documentCamera.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { checkScreen } from '../person/personSupport';
import { guidanceLog, launchWithScene, measurePhoto, openCamera, startHarness, workerFigures, type Scene } from './documentCameraSupport';

let harness: Awaited<ReturnType<typeof startHarness>>;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  harness = await startHarness();
});
test.afterAll(async () => harness?.close());

async function withScene(scene: Scene, locale: string, run: (opened: Awaited<ReturnType<typeof openCamera>>) => Promise<void>): Promise<void> {
  const browser = await launchWithScene(scene);
  try {
    const opened = await openCamera(browser, harness.origin, locale);
    await run(opened);
    expect(opened.errors).toEqual([]);
  } finally {
    await browser.close();
  }
}

const guidance = (page: Awaited<ReturnType<typeof openCamera>>['page']) => page.getByTestId('document-guidance');

test('a plain white page on a dark desk is taken by itself, cut to the page, and never called glare', async () => {
  await withScene('white-page', 'zh-CN', async ({ page }) => {
    await expect(guidance(page)).toHaveText('已拍摄，请确认', { timeout: 15_000 });
    const log = await guidanceLog(page);
    expect(log).not.toContain('glare');
    expect(log.slice(-2)).toEqual(['ready', 'captured']);
    const photo = await measurePhoto(page);
    // The page is 800×566 in the 1280×720 frame: the photo is the page, not the frame.
    expect(photo.width / photo.height).toBeCloseTo(800 / 566, 1);
    expect(Math.abs(photo.width - 800)).toBeLessThan(16);
    for (const corner of photo.corners) expect(corner).toBeGreaterThan(200);
    for (const lean of photo.leans) expect(Math.abs(lean)).toBeLessThan(2);
  });
});

test('a page at an angle is taken, cut to the page and made upright (its edges within 2° of straight)', async () => {
  await withScene('angled-page', 'zh-CN', async ({ page }) => {
    // The outline found on the preview leans with the page.
    const outline = page.locator('.doc-camera svg.outline polygon');
    await expect(outline).toBeAttached({ timeout: 15_000 });
    await expect(guidance(page)).toHaveText('已拍摄，请确认', { timeout: 15_000 });
    const figures = await workerFigures(page);
    console.log(`document worker: ${figures.frameMs} ms a frame (median), ${figures.perSecond} frames checked a second`);
    expect(figures.frameMs).toBeGreaterThan(0);
    const photo = await measurePhoto(page);
    expect(photo.width / photo.height).toBeCloseTo(760 / 537, 1);
    for (const corner of photo.corners) expect(corner).toBeGreaterThan(150);
    for (const lean of photo.leans) expect(Math.abs(lean)).toBeLessThan(2);
    await checkScreen(page, '../enterprise/doccam-scene-angled-captured');
  });
});

test('a face under the camera is refused as a document and never taken', async () => {
  await withScene('face', 'ug', async ({ page }) => {
    await expect(page.locator('.doc-camera')).toHaveAttribute('data-guidance', 'notDocument', { timeout: 15_000 });
    await expect(guidance(page)).toHaveText(/قەغەز ماتېرىيالغا ئوخشىمايدۇ/);
    await checkScreen(page, '../enterprise/doccam-scene-face-ug');
    // Three more seconds of the face (about 30 checks): still refused, nothing taken.
    await page.waitForTimeout(3_000);
    const log = await guidanceLog(page);
    expect(log).not.toContain('ready');
    expect(log).not.toContain('captured');
    await expect(page.locator('.doc-camera img')).toHaveCount(0);
  });
});

test('an empty desk: asked for the page, nothing taken', async () => {
  await withScene('empty-desk', 'zh-CN', async ({ page }) => {
    await expect(guidance(page)).toHaveText('请把材料放在拍摄区域中央', { timeout: 15_000 });
    await page.waitForTimeout(3_000);
    expect((await guidanceLog(page)).filter((g) => g !== 'starting')).toEqual(['noPage']);
    await expect(page.locator('.doc-camera img')).toHaveCount(0);
    await checkScreen(page, '../enterprise/doccam-scene-empty');
  });
});
