/**
 * The layout probe over the kiosk's screens at 1280×800 (layoutProbe.ts says what it checks). A
 * Tibet kiosk offers zh-CN, Tibetan and English; a Xinjiang kiosk adds Uyghur (right to left).
 *
 * CI: every screen in zh-CN and Tibetan with normal text, English with larger text; Uyghur with
 * larger text on the home screens and every flow's first screen. `KIOSK_LAYOUT_FULL=1` probes every
 * screen in all four languages with both text sizes (docs/flows.md).
 */
import { expect, test, type Page } from '@playwright/test';
import { checkScreen, openKiosk, startPersonKiosk, typeOnKeyboard, type PersonKiosk } from '../person/personSupport';
import { fullMatrix, LayoutTable, probeScreen, type Locale, type Variant } from './layoutProbe';

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

const both = (locales: Locale[]): Variant[] => locales.flatMap((locale) => [false, true].map((large) => ({ locale, large })));
const tibetVariants: Variant[] = fullMatrix
  ? both(['zh-CN', 'bo', 'en'])
  : [
      { locale: 'zh-CN', large: false },
      { locale: 'bo', large: false },
      { locale: 'en', large: true },
    ];
const uyghurVariants: Variant[] = fullMatrix ? both(['ug']) : [{ locale: 'ug', large: true }];

/** Leaves a flow from any step: cancel, and confirm it when asked (after the first step). */
async function leaveFlow(page: Page): Promise<void> {
  const cancel = page.locator('.wizard > .actions').getByRole('button', { name: '取消办理' });
  const home = page.getByTestId('home');
  if (await cancel.isVisible()) {
    await cancel.click();
    const confirm = page.getByRole('alertdialog').getByRole('button', { name: '确定取消' });
    await expect(home.or(confirm)).toBeVisible();
    if (await confirm.isVisible()) await confirm.click();
  }
  await expect(home).toBeVisible();
}

const tile = (page: Page, name: RegExp) => page.getByTestId('home').getByRole('button', { name });
/** Opens the enterprise services page where the home screen groups them; a no-op where it shows them all. */
async function openEnterprise(page: Page): Promise<void> {
  if ((await tile(page, /^企业服务/).count()) > 0) await tile(page, /^企业服务/).click();
}

/** The home screen's pages, then each tile's first screen (the enterprise ones behind their group tile when the screen groups them). */
async function walkTiles(page: Page, table: LayoutTable, variants: Variant[]): Promise<void> {
  await probeScreen(page, table, 'home', variants);
  const grouped = (await tile(page, /^企业服务/).count()) > 0;
  const personCount = await page.getByTestId('home').locator('.tile:not(.tile-group)').count();
  if (grouped) {
    await openEnterprise(page);
    await probeScreen(page, table, 'home/enterprise', variants);
    await tile(page, /^返回个人服务/).click();
  }
  const enterpriseCount = grouped ? (await openEnterprise(page), await page.getByTestId('home').locator('.tile:not(.tile-back)').count()) : 0;
  if (grouped) await tile(page, /^返回个人服务/).click();
  const tiles = [
    ...Array.from({ length: personCount }, (_, i) => ({ grouped: false, i })),
    ...Array.from({ length: enterpriseCount }, (_, i) => ({ grouped: true, i })),
  ];
  for (const { grouped: inGroup, i } of tiles) {
    if (inGroup) await openEnterprise(page);
    await page.getByTestId('home').locator('.tile:not(.tile-group):not(.tile-back)').nth(i).click();
    await expect(page.locator('#wizard-title')).toBeVisible();
    await probeScreen(page, table, `${(await page.locator('#wizard-title').textContent())?.trim()}/first`, variants);
    await leaveFlow(page);
  }
}

test('layout probe, Tibet kiosk: every control on screen or behind a scroll cue', async ({ page }) => {
  test.setTimeout(fullMatrix ? 1_200_000 : 480_000);
  const table = new LayoutTable();
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'tibet' });
  await openKiosk(page, kiosk);
  await walkTiles(page, table, tibetVariants);

  // Registration's account step: three fields beside the keyboard.
  await tile(page, /^注册账号/).click();
  await page.getByLabel('我已阅读并同意《服务协议》').check();
  await page.getByLabel('我已阅读并同意《隐私政策》').check();
  await page.getByRole('button', { name: '下一步' }).click();
  await typeOnKeyboard(page, '键盘', 'liuyang92');
  await page.getByLabel('密码', { exact: true }).click();
  await typeOnKeyboard(page, '键盘', 'Kiosk#2025a');
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'Kiosk#2025a');
  // Probed last in this flow: the language switches leave the typed passwords unconfirmed.
  await probeScreen(page, table, 'register/account', tibetVariants);
  await leaveFlow(page);

  // The enterprise appeal: after the USCC is typed, the entity type must still be in view.
  await openEnterprise(page);
  await tile(page, /^企业账号申诉/).click();
  await typeOnKeyboard(page, '输入统一社会信用代码', '91540100ma6t3lw8pc');
  await probeScreen(page, table, 'enterprise/appeal/uscc-typed', tibetVariants);
  await leaveFlow(page);

  // The staff sign-in dialog.
  await probeScreen(page, table, 'staff/sign-in', tibetVariants, {
    open: async () => {
      await page.keyboard.press('Control+Alt+Shift+KeyS');
      await expect(page.getByRole('dialog')).toBeVisible();
    },
    close: async () => {
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    },
  });

  table.finish();
});

test('layout probe, Xinjiang kiosk in Uyghur: every control on screen or behind a scroll cue', async ({ page }) => {
  test.setTimeout(fullMatrix ? 900_000 : 240_000);
  const table = new LayoutTable();
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'xinjiang' });
  await openKiosk(page, kiosk);
  await walkTiles(page, table, uyghurVariants);
  table.finish();
});

test('home screen on 1280×800, 1920×1080 and portrait 1080×1920: probed, screenshots for review, axe clean', async ({ page }) => {
  test.setTimeout(240_000);
  const table = new LayoutTable();
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'tibet' });
  await openKiosk(page, kiosk);
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
    { width: 1080, height: 1920 },
  ]) {
    await page.setViewportSize(size);
    const name = `home-${size.width}x${size.height}`;
    await probeScreen(page, table, name, both(['zh-CN', 'bo']));
    await checkScreen(page, `../layout/${name}-zh-CN`);
    await page.getByRole('banner').locator('button[lang="bo"]').click();
    await checkScreen(page, `../layout/${name}-bo`);
    await page.getByRole('banner').locator('button[lang="zh-CN"]').click();
    // The enterprise page where the screen groups the services.
    if (await page.getByTestId('home').locator('.tile-group').count()) {
      await openEnterprise(page);
      await checkScreen(page, `../layout/${name}-enterprise-zh-CN`);
      await page.getByTestId('home').locator('.tile-back').click();
    }
  }
  table.finish();
});
