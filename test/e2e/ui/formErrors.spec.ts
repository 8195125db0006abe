import { expect, test } from '@playwright/test';
import { checkScreen, openKiosk, startPersonKiosk, typeOnKeyboard, type PersonKiosk } from '../person/personSupport';

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

/** The kit's error colour (--danger), so "an error" means red, not grey. */
const danger = 'rgb(179, 38, 30)';

test('errors speak: a greyed next says why, a weak password and a mismatch are red errors, an empty field is never ticked, cancel asks first', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Tibet: password only (no account name), and Tibetan among the hall's languages.
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'tibet' });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: /注册账号/ }).click();
  await page.getByLabel('我已阅读并同意《服务协议》').check();
  await page.getByLabel('我已阅读并同意《隐私政策》').check();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByLabel('确认密码')).toBeVisible();

  // Nothing typed: no rule is ticked, and no field says "all met".
  await expect(page.locator('.rules li.passed')).toHaveCount(0);
  await expect(page.getByText('符合全部要求')).toHaveCount(0);

  // The greyed "next" is still a button a finger can tap; the tap says what is missing.
  const next = page.getByRole('button', { name: '下一步' });
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await next.dispatchEvent('click');
  const why = page.locator('.wizard > [role="alert"]');
  await expect(why).toContainText('还不能进入下一步');
  await expect(why).toContainText('密码');
  await expect(why).toContainText('确认密码');
  await expect(why).toHaveCSS('color', danger);
  // The active field's unmet rules turn into errors after the tap.
  await expect(page.locator('#account-password-rules li.unmet').first()).toHaveCSS('color', danger);
  await checkScreen(page, '../ui/errors-zh-01-blocked-next');

  // A weak password: two rules unmet, said in red with a cross once the citizen moves on.
  await typeOnKeyboard(page, '键盘', 'abc');
  await expect(page.locator('#account-password-rules li.unmet')).toHaveCount(2);
  await page.getByLabel('确认密码').click();
  const weak = page.locator('.rules-summary[role="alert"]').filter({ hasText: '密码：还有 2 项要求未满足' });
  await expect(weak).toBeVisible();
  await expect(weak).toHaveCSS('color', danger);
  await expect(weak).toContainText('✗');
  await checkScreen(page, '../ui/errors-zh-02-weak-password');

  // A strong password, then a confirmation that does not match.
  await page.getByLabel('密码', { exact: true }).click();
  await page.getByRole('group', { name: '键盘' }).getByRole('button', { name: '清空', exact: true }).click();
  await typeOnKeyboard(page, '键盘', 'Kiosk#2025a');
  await expect(page.locator('#account-password-rules li.passed')).toHaveCount(3);
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'Kiosk#2025b');
  await expect(page.locator('#account-confirm-rules li.unmet')).toHaveCount(1);
  await page.getByLabel('密码', { exact: true }).click();
  const mismatch = page.locator('.rules-summary[role="alert"]').filter({ hasText: '确认密码未满足：两次输入的密码一致' });
  await expect(mismatch).toBeVisible();
  await expect(mismatch).toHaveCSS('color', danger);
  await next.dispatchEvent('click');
  await expect(why).toContainText('确认密码未满足：两次输入的密码一致');
  await checkScreen(page, '../ui/errors-zh-03-mismatch');

  await page.getByRole('button', { name: 'བོད་ཡིག' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bo');
  await page.locator('.wizard .actions .primary').dispatchEvent('click');
  await expect(why).toContainText('ཚང་མེད།');
  await checkScreen(page, '../ui/errors-bo-03-mismatch');
  await page.getByRole('button', { name: '中文' }).click();

  // Cancel mid-flow asks before wiping; "continue" keeps everything typed.
  await page.getByRole('button', { name: '取消办理' }).click();
  const ask = page.getByRole('alertdialog', { name: '确定要取消办理吗？' });
  await expect(ask).toContainText('已填写的信息将全部清除');
  await checkScreen(page, '../ui/errors-zh-04-cancel-confirm');
  await ask.getByRole('button', { name: '继续办理' }).click();
  await expect(ask).toHaveCount(0);
  await expect(page.getByLabel('确认密码')).toHaveValue('Kiosk#2025b');
  await page.getByRole('button', { name: 'བོད་ཡིག' }).click();
  await page.locator('.wizard .actions .secondary').first().click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await checkScreen(page, '../ui/errors-bo-04-cancel-confirm');
  await page.getByRole('alertdialog').locator('.secondary').click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.locator('.wizard')).toHaveCount(0);
});
