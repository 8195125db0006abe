/**
 * The guidance pictures where a citizen needs them: the card on the reader (home, identity step),
 * facing the camera (the face consent, camera still off) and the service tiles' line icons, in
 * Chinese and in Uyghur (right to left), each drawing named for assistive technology and captioned.
 */
import { expect, test, type Page } from '@playwright/test';
import { checkScreen, openKiosk, presentCard, startPersonKiosk, type PersonKiosk } from '../person/personSupport';

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

const shot = (page: Page, name: string) => checkScreen(page, `../pictures/${name}`);

const cases = [
  {
    locale: 'zh-CN',
    province: 'jilin',
    language: '中文',
    faceTile: /^人脸采集/,
    cardName: '示意图：身份证平放在读卡区上，照片面朝上',
    cardCaption: '把身份证平放在读卡区上，照片面朝上，不要移动',
    faceName: '示意图：正对摄像头，距离约50厘米，光线照在脸上',
  },
  {
    locale: 'ug',
    province: 'xinjiang',
    language: 'ئۇيغۇرچە',
    faceTile: /^چىراي ئېلىش/,
    cardName: 'رەسىم: كىملىك ئوقۇغۇچ ئۈستىدە تۈز تۇرىدۇ، سۈرەت تەرىپى ئۈستىدە',
    cardCaption: 'كىملىكىڭىزنى ئوقۇغۇچ ئۈستىگە تۈز قويۇڭ، سۈرەت تەرىپى ئۈستىدە، مىدىرلاتماڭ',
    faceName: 'رەسىم: كامېراغا 50 سانتىمېتىر يىراقلىقتا ئۇدۇل قاراش، يۈزگە يورۇقلۇق چۈشىدۇ',
  },
] as const;

for (const c of cases) {
  test(`pictures in ${c.locale}: tile icons, the card on the reader, facing the camera`, async ({ page }) => {
    test.setTimeout(90_000);
    kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: c.province });
    await page.setViewportSize({ width: 1280, height: 800 });
    await openKiosk(page, kiosk);
    await page.getByRole('button', { name: c.language, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', c.locale);

    // Every tile draws its service's line icon, none a text glyph; the card picture is named.
    const tiles = page.locator('.tile:has(.tile-body)');
    await expect(tiles.first()).toBeVisible();
    const withIcon = page.locator('.tile .tile-icon svg[data-icon]');
    await expect(withIcon).toHaveCount(await page.locator('.tile:has(.tile-body) .tile-icon').count());
    expect(await page.locator('.tile .tile-icon').evaluateAll((icons) => icons.filter((i) => !i.querySelector('svg') && i.textContent?.trim()).length)).toBe(0);
    await expect(page.getByRole('img', { name: c.cardName })).toBeVisible();
    await shot(page, `home-${c.locale}`);

    // The identity step, no card yet: the picture of laying it on the reader, with its caption.
    await page.getByRole('button', { name: c.faceTile }).click();
    const card = page.getByTestId('guide-picture').filter({ has: page.getByRole('img', { name: c.cardName }) });
    await expect(card).toBeVisible();
    await expect(card.locator('figcaption')).toHaveText(c.cardCaption);
    await expect(card.locator('svg')).toBeVisible();
    await shot(page, `card-step-${c.locale}`);

    // Face consent, camera off: how to face the camera, beside the statement.
    await presentCard(page, 'zhang-wei');
    await page.locator('.actions .primary').click();
    await expect(page.getByTestId('face-consent')).toBeVisible({ timeout: 30_000 });
    const face = page.getByTestId('face-consent').getByRole('img', { name: c.faceName });
    await expect(face).toBeVisible();
    const box = await face.boundingBox();
    expect(box && box.width > 150 && box.y + box.height <= 800).toBe(true);
    await shot(page, `face-consent-${c.locale}`);
  });
}
