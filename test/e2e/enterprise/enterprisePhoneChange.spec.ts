/**
 * Enterprise phone change (demo mode: embedded reference API, card simulator, the fake camera
 * playing the head-turn clip): the legal representative's card and face, then the new phone and
 * its code; a phone another account holds is refused at the phone field; the screens in Uyghur.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  agreeToFaceCheck,
  cameraArgs,
  checkScreen,
  openEnterpriseServices,
  openKiosk,
  presentCard,
  startPersonKiosk,
  typeOnKeyboard,
  typeOnKeypad,
  type PersonKiosk,
} from '../person/personSupport';

test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs() } });

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

const shot = (page: Page, name: string) => checkScreen(page, `../enterprise/${name}`);
/** 吉林长白山科技, whose legal representative is 张伟 (reserved phone 138****0001). */
const changbaishan = '91220101ma0y1jk2xy';

async function throughFace(page: Page, currentPhone = '138****0001', shotName?: string): Promise<void> {
  await openEnterpriseServices(page);
  await page.getByRole('button', { name: /^企业手机号变更/ }).click();
  await typeOnKeyboard(page, '输入统一社会信用代码', changbaishan);
  await presentCard(page, 'zhang-wei');
  if (shotName) await shot(page, shotName);
  await page.getByRole('button', { name: '下一步：人脸验证' }).click();
  await agreeToFaceCheck(page);
  await expect(page.getByTestId('enterprise-phone-current')).toContainText(`当前预留手机号：${currentPhone}`, { timeout: 60_000 });
}

test('the legal representative’s card and face, a new phone and its code: the enterprise takes the new phone', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await throughFace(page, '138****0001', 'phone-change-zh-01-identity');
  await typeOnKeypad(page, '手机号码键盘', '13600000051');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByText('验证码已发送至 136****0051')).toBeVisible();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13600000051'));
  await shot(page, 'phone-change-zh-02-phone');
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByRole('heading', { name: '企业手机号已变更' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('企业预留手机号已改为 136****0051，以后的验证码将发送到这个号码。')).toBeVisible();
  const receipt = page.getByTestId('enterprise-receipt');
  await expect(receipt).toContainText('企业预留手机号变更');
  await expect(receipt).toContainText('136****0051');
  await expect(receipt).not.toContainText('110105199003071239');
  await shot(page, 'phone-change-zh-03-done');
  // The enterprise now has the new phone: a second change starts from it.
  await page.getByRole('button', { name: '完成' }).click();
  await throughFace(page, '136****0051');
});

test('a phone another account holds is refused when its code is asked for, and another phone can be typed', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await throughFace(page);
  // 李秀英's reserved phone.
  await typeOnKeypad(page, '手机号码键盘', '13900000002');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByText('这个手机号已经绑定了其他账号，请换一个手机号，或到窗口办理')).toBeVisible();
  await expect(page.getByText(/验证码已发送/)).toHaveCount(0);
  await shot(page, 'phone-change-zh-04-bound-elsewhere');
});

test('Uyghur: the enterprise phone change reads in Uyghur from the tile to the new phone', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'xinjiang' });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ug');
  await openEnterpriseServices(page);
  await page.getByRole('button', { name: /^كارخانا يانفون نومۇرى/ }).click();
  await typeOnKeyboard(page, 'بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودىنى كىرگۈزۈڭ', changbaishan);
  await presentCard(page, 'zhang-wei');
  await expect(page.getByRole('heading', { name: 'ئىناۋەت كودىنى كىرگۈزۈڭ، قانۇنىي ۋەكىل كىملىكىنى قويسۇن' })).toBeVisible();
  await shot(page, 'phone-change-ug-01-identity');
  await page.getByRole('button', { name: 'كېيىنكى: چىراي دەلىللەش' }).click();
  await agreeToFaceCheck(page, 'قوشۇلىمەن، باشلاش');
  await expect(page.getByTestId('enterprise-phone-current')).toContainText('138****0001', { timeout: 60_000 });
  await typeOnKeypad(page, 'تېلېفون نومۇرى كۇنۇپكىلىرى', '13600000052');
  await shot(page, 'phone-change-ug-02-phone');
});
