import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { isBuiltFrom } from '../support/builtAsset';
import { startKioskShell } from '../support/kioskShell';

const screensDir = path.resolve(import.meta.dirname, '../../../test-results/screens/ui');

/** The font Chromium actually drew a node's text with (CDP), e.g. `{ family: 'Noto Sans CJK SC', custom: true }`. */
async function fontsUsedBy(page: Page, selector: string): Promise<Array<{ family: string; custom: boolean; glyphs: number }>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => ({ family: f.familyName, custom: f.isCustomFont, glyphs: f.glyphCount }));
}

/** Which bundled faces the page loaded (FontFace status), by family and weight. */
async function loadedFaces(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family.replace(/"/g, '')} ${f.weight}`);
  });
}

const cases = [
  {
    locale: 'zh-CN',
    province: 'jilin',
    button: '中文',
    heading: '您好，欢迎使用自助服务',
    face: 'Kiosk Sans CJK',
    file: 'NotoSansSC-UI-Regular.woff2',
    drawnBy: 'Noto Sans CJK SC',
  },
  {
    locale: 'ug',
    province: 'xinjiang',
    button: 'ئۇيغۇرچە',
    heading: 'ئۆزى مۇلازىمەتكە خۇش كەلدىڭىز',
    face: 'Kiosk Naskh',
    file: 'NotoNaskhArabic-Bold.ttf',
    drawnBy: 'Noto Naskh Arabic',
  },
  {
    locale: 'bo',
    province: 'tibet',
    button: 'བོད་ཡིག',
    heading: undefined,
    face: 'Kiosk Tibetan',
    file: 'NotoSerifTibetan-Regular.ttf',
    drawnBy: 'Noto Serif Tibetan',
  },
] as const;

for (const c of cases) {
  test(`home in ${c.locale}: the bundled ${c.face} face draws the text, fetched from the app`, async ({ page }) => {
    const kiosk = await startKioskShell({ KIOSK_PROVINCE: c.province });
    try {
      const fontRequests: string[] = [];
      page.on('requestfinished', (req) => {
        if (req.resourceType() === 'font') fontRequests.push(req.url());
      });
      await page.goto(kiosk.url);
      await expect(page.getByRole('status').first()).toBeVisible();
      await page.getByRole('button', { name: c.button, exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', c.locale);
      // What the attract screen fetched before its first tap was answered (the rest of GB 2312 comes once it has settled).
      const beforeSettled = [...fontRequests];
      if (c.heading) await expect(page.getByRole('heading', { level: 1, name: c.heading })).toBeVisible();
      const faces = await loadedFaces(page);
      expect(
        faces.some((f) => f.startsWith(`${c.face} `)),
        faces.join(', '),
      ).toBe(true);
      // The header title and the emblem are Chinese on every page: the CJK subset is always in use.
      expect(faces).toContain('Kiosk Sans CJK 600 900');
      expect(await page.evaluate((face) => document.fonts.check(`20px "${face}"`), c.face)).toBe(true);
      expect(fontRequests.some((u) => u.startsWith(kiosk.origin) && isBuiltFrom(u, c.file))).toBe(true);
      expect(fontRequests.every((u) => u.startsWith(kiosk.origin))).toBe(true);
      // The home screen's Chinese is all in the UI slice: the 1.8 MB rest of GB 2312 is not what it waited for.
      expect(beforeSettled.filter((u) => u.includes('NotoSansSC-GB2312'))).toEqual([]);
      // Chromium drew the welcome heading with the web font (isCustomFont), not a system font.
      const used = await fontsUsedBy(page, '#home-title');
      expect(
        used.find((f) => f.family === c.drawnBy),
        JSON.stringify(used),
      ).toMatchObject({ custom: true });
      if (c.locale === 'zh-CN') {
        // A name with a hanzi of GB 2312 the UI text never uses (鑫): the rest of GB 2312 is fetched and draws it.
        await page.evaluate(() => {
          const name = document.createElement('p');
          name.id = 'rare-name';
          name.textContent = '王鑫';
          document.body.append(name);
        });
        await expect.poll(() => fontRequests.some((u) => isBuiltFrom(u, 'NotoSansSC-GB2312-Regular.woff2'))).toBe(true);
        await page.evaluate(() => document.fonts.ready);
        expect((await fontsUsedBy(page, '#rare-name')).every((f) => f.family === 'Noto Sans CJK SC' && f.custom)).toBe(true);
        await page.evaluate(() => document.getElementById('rare-name')?.remove());
      }
      await page.screenshot({ path: path.join(screensDir, `home-${c.locale}.png`) });
    } finally {
      await kiosk.stop();
    }
  });
}
