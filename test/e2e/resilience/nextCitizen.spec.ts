import { expect, test, type Page } from '@playwright/test';
import { checkScreen, openKiosk, startPersonKiosk, type PersonKiosk } from '../person/personSupport';
import { setLargerText } from '../ui/largerText';

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

/** Where the home screen's last tile ends, against the top of the status bar and the content area's scroll. */
async function homeFit(page: Page) {
  return page.evaluate(() => {
    const home = document.querySelector('[data-testid=home]') as HTMLElement;
    const tiles = [...document.querySelectorAll('.tile')].map((t) => t.getBoundingClientRect());
    const statusTop = (document.querySelector('footer.status') as HTMLElement).getBoundingClientRect().top;
    return {
      lastTileBottom: Math.round(Math.max(...tiles.map((r) => r.bottom))),
      statusTop: Math.round(statusTop),
      overflow: home.scrollHeight - home.clientHeight,
      widest: Math.round(Math.max(...tiles.map((r) => r.right))),
    };
  });
}

test('home screens fit 1280×800 in every language and both text sizes (measured)', async ({ page }) => {
  test.setTimeout(120_000);
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'xinjiang' });
  await openKiosk(page, kiosk);
  for (const [locale, button] of [
    ['zh-CN', '中文'],
    ['en', 'English'],
    ['ug', 'ئۇيغۇرچە'],
  ] as const) {
    await page.getByRole('banner').getByRole('button', { name: button, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    for (const large of [false, true]) {
      await setLargerText(page, large);
      await page.evaluate(() => document.fonts.ready);
      const fit = await homeFit(page);
      console.log(`home ${locale} ${large ? 'larger' : 'normal'} text:`, JSON.stringify(fit));
      await checkScreen(page, `home-fit-${locale}-${large ? 'large' : 'normal'}`);
      expect(fit.widest).toBeLessThanOrEqual(1280);
      if (!large) {
        expect(fit.lastTileBottom, `${locale}: tiles above the status bar`).toBeLessThanOrEqual(fit.statusTop);
        expect(fit.overflow, `${locale}: nothing below the fold`).toBeLessThanOrEqual(0);
      } else if (fit.overflow > 0) {
        // Larger text may not fit: then the page says so and scrolls to the last tile.
        await expect(page.getByTestId('home-more')).toBeVisible();
        await page.getByTestId('home').evaluate((home) => home.scrollTo({ top: home.scrollHeight }));
        await expect(page.getByTestId('home-more')).toHaveCount(0);
        const scrolled = await homeFit(page);
        expect(scrolled.lastTileBottom, `${locale} larger, scrolled: last tile above the status bar`).toBeLessThanOrEqual(scrolled.statusTop);
        await checkScreen(page, `home-fit-${locale}-large-scrolled`);
        await page.getByTestId('home').evaluate((home) => home.scrollTo({ top: 0 }));
      }
    }
  }
});
