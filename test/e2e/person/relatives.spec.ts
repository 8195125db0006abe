import { expect, test, type Page } from '@playwright/test';
import { agreeToFaceCheck, cameraArgs, checkScreen, openKiosk, presentCard, startPersonKiosk, type PersonKiosk } from './personSupport';

/** The face steps need Chromium's fake camera playing the head-turn clip (launch flag, so this file only). */
test.use({ launchOptions: { executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: cameraArgs() } });

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

/** 张伟 opens the flow by its tile, lays his card and passes the face. */
async function signIn(page: Page, tile: RegExp, next: string, agree?: string): Promise<void> {
  await page.getByRole('button', { name: tile }).click();
  await presentCard(page, 'zhang-wei');
  await page.getByRole('button', { name: next }).click();
  await agreeToFaceCheck(page, agree);
}

test('binding a relative with both present: self refused, an adult with their face, a child by card alone, then one removed', async ({ page }) => {
  test.setTimeout(240_000);
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await signIn(page, /^亲属代办/, '下一步');
  await expect(page.getByRole('heading', { name: '已绑定的亲属' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('还没有绑定亲属。')).toBeVisible();
  await checkScreen(page, 'relatives-zh-01-empty-list');

  // The holder's own card again: refused at the step, the citizen may lay another card.
  await page.getByRole('button', { name: '绑定新的亲属' }).click();
  await expect(page.getByRole('heading', { name: '选择亲属关系，请亲属刷身份证' })).toBeVisible();
  await checkScreen(page, 'relatives-zh-02-relative-waiting');
  await page.getByRole('button', { name: '配偶' }).click();
  await presentCard(page, 'zhang-wei');
  await page.getByRole('button', { name: '确认绑定' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '不能绑定本人，请亲属刷自己的身份证' })).toBeVisible();
  await checkScreen(page, 'relatives-zh-03-self-refused');

  // An adult relative: their card, then their own face.
  await page.getByRole('button', { name: '兄弟姐妹' }).click();
  await expect(page.getByRole('button', { name: '兄弟姐妹' })).toHaveAttribute('aria-pressed', 'true');
  await presentCard(page, 'liu-yang');
  await expect(page.getByLabel('姓名')).toHaveValue('刘洋');
  await checkScreen(page, 'relatives-zh-04-relative-card');
  await page.getByRole('button', { name: '确认绑定' }).click();
  await expect(page.getByRole('heading', { name: /亲属人脸验证/ })).toBeVisible({ timeout: 60_000 });
  await agreeToFaceCheck(page);
  await expect(page.getByRole('status').filter({ hasText: '亲属已绑定。' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('listitem').filter({ hasText: '刘*' })).toContainText('兄弟姐妹');

  // A child under 16: the card alone, no face step.
  await page.getByRole('button', { name: '绑定新的亲属' }).click();
  await page.getByRole('button', { name: '子女', exact: true }).click();
  await presentCard(page, 'wang-xiaoming');
  await page.getByRole('button', { name: '确认绑定' }).click();
  await expect(page.getByRole('status').filter({ hasText: '亲属已绑定。' })).toBeVisible({ timeout: 60_000 });
  const bound = page.getByRole('region', { name: '我的亲属' }).getByRole('listitem');
  await expect(bound).toHaveCount(2);
  await checkScreen(page, 'relatives-zh-05-two-bound');

  await page.getByRole('button', { name: '解除与刘*的绑定' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已解除绑定。' })).toBeVisible({ timeout: 60_000 });
  await expect(bound).toHaveCount(1);
  await expect(bound).toContainText('王**');
  await checkScreen(page, 'relatives-zh-06-removed');

  await page.getByRole('button', { name: '办理完毕' }).click();
  await expect(page.getByRole('heading', { name: '亲属代办已办理' })).toBeVisible();
  const receipts = page.getByTestId('receipt');
  await expect(receipts.first()).toContainText('绑定亲属');
  await expect(receipts.first()).toContainText('110***********1239');
  await expect(receipts.first()).not.toContainText('110105199003071239');
  await checkScreen(page, 'relatives-zh-07-done');
  await page.getByRole('button', { name: '完成' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: '您好，欢迎使用自助服务' })).toBeVisible();
});

test('Tibetan: a child bound from the tile to the receipt', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'tibet' });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'བོད་ཡིག' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bo');
  await checkScreen(page, 'relatives-bo-00-home');
  await page.getByRole('button', { name: /^གཉེན་ཉེའི་ཚབ་སྒྲུབ།/ }).click();
  await presentCard(page, 'zhang-wei');
  await page.locator('.actions .primary').click();
  await agreeToFaceCheck(page, 'མོས་མཐུན་ཡོད། འགོ་འཛུགས།');
  await expect(page.getByRole('heading', { name: 'འབྲེལ་མཐུད་བྱས་ཟིན་པའི་གཉེན་ཉེ།' })).toBeVisible({ timeout: 60_000 });
  await checkScreen(page, 'relatives-bo-01-list');
  await page.getByRole('button', { name: 'གཉེན་ཉེ་གསར་པ་འབྲེལ་མཐུད།' }).click();
  await page.getByRole('button', { name: 'བུ་ཕྲུག' }).click();
  await presentCard(page, 'wang-xiaoming');
  await expect(page.getByLabel('མིང་།')).toHaveValue('王小明');
  await checkScreen(page, 'relatives-bo-02-relative');
  await page.locator('.actions .primary').click();
  await expect(page.getByRole('status').filter({ hasText: 'གཉེན་ཉེ་འབྲེལ་མཐུད་བྱས་ཟིན།' })).toBeVisible({ timeout: 60_000 });
  await checkScreen(page, 'relatives-bo-03-bound');
  await page.locator('.actions .primary').click();
  await expect(page.getByTestId('receipt').first()).toContainText('གཉེན་ཉེ་འབྲེལ་མཐུད།');
  await checkScreen(page, 'relatives-bo-04-done');
});
