import { expect, test } from '@playwright/test';
import {
  agreeAndChooseCredentials,
  checkScreen,
  openKiosk,
  presentCard,
  startPersonKiosk,
  typeOnKeyboard,
  typeOnKeypad,
  type PersonKiosk,
} from './personSupport';

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

test('under 16 in English: no validity dates, no face step, registered at level 2', async ({ page }) => {
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: /^Register Read/ }).click();
  await checkScreen(page, 'register-en-01-agreement');
  await page.getByLabel('I have read and accept the Service Agreement').check();
  await page.getByLabel('I have read and accept the Privacy Policy').check();
  await page.getByRole('button', { name: 'Next' }).click();
  const labels = { shift: 'Shift', symbols: 'Symbols', letters: 'Letters' };
  await typeOnKeyboard(page, 'Keyboard', 'xiaoming13', labels);
  await page.getByLabel('Password', { exact: true }).click();
  await typeOnKeyboard(page, 'Keyboard', 'abc12345', labels);
  await page.getByLabel('Repeat password').click();
  await typeOnKeyboard(page, 'Keyboard', 'abc12345', labels);
  await checkScreen(page, 'register-en-02-account');
  await page.getByRole('button', { name: 'Next' }).click();
  await presentCard(page, 'wang-xiaoming');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('王小明');
  await checkScreen(page, 'register-en-03-identity');
  await page.getByRole('button', { name: 'Next' }).click();
  // Main's identity check found a minor: the face step is gone from the progress.
  await expect(page.getByRole('listitem').filter({ hasText: 'Face' })).toHaveCount(0);
  await typeOnKeypad(page, 'Phone number keypad', '13612340001');
  await page.getByRole('button', { name: 'Send code' }).click();
  await typeOnKeypad(page, 'Code keypad', await kiosk.smsCode('13612340001'));
  await checkScreen(page, 'register-en-04-phone');
  await page.getByRole('button', { name: 'Check code' }).click();
  await expect(page.getByRole('heading', { name: 'You are registered' })).toBeVisible();
  await expect(page.getByTestId('receipt')).toContainText('220***********0034');
  await checkScreen(page, 'register-en-05-done');
});

test('refusals: already registered offers forgot password; a bound phone is explained at the field; a wrong code counts down', async ({ page }) => {
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await agreeAndChooseCredentials(page, 'zhangwei99');
  await presentCard(page, 'zhang-wei');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '您已经注册过账号' })).toBeVisible();
  await expect(page.getByText('忘记密码可以选择"忘记密码"重新设置。')).toBeVisible();
  await checkScreen(page, 'refusal-zh-already-registered');
  await page.getByRole('button', { name: '返回首页' }).click();

  await agreeAndChooseCredentials(page, 'liuyang92');
  await presentCard(page, 'liu-yang');
  await page.getByRole('button', { name: '下一步' }).click();
  await typeOnKeypad(page, '手机号码键盘', '13800000001');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByRole('alert')).toHaveText('这个手机号已经绑定了其他账号，请换一个手机号，或到窗口办理');
  await checkScreen(page, 'refusal-zh-phone-bound');
  await expect(page.getByTestId('demo-sms')).toHaveCount(0);
  const pad = page.getByRole('group', { name: '手机号码键盘' });
  for (let i = 0; i < 4; i++) await pad.getByRole('button', { name: '删除' }).click();
  await typeOnKeypad(page, '手机号码键盘', '0099');
  await page.getByRole('button', { name: '获取验证码' }).click();
  const code = await kiosk.smsCode('13800000099');
  // A demo kiosk shows a trainee the code it would have sent.
  await expect(page.getByTestId('demo-sms')).toHaveText(`演示短信 138****0099：${code}`);
  await typeOnKeypad(page, '验证码键盘', code === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByText('验证码不正确，还可以再试 4 次')).toBeVisible();
  await checkScreen(page, 'refusal-zh-wrong-code');
});

test('forgot password for someone without an account: "account does not exist" with the way to register', async ({ page }) => {
  kiosk = await startPersonKiosk();
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: /^忘记密码/ }).click();
  await presentCard(page, 'liu-yang');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '账号不存在' })).toBeVisible();
  await checkScreen(page, 'forgot-zh-refusal-no-account');
  await page.getByRole('button', { name: '注册账号' }).click();
  await expect(page.getByRole('heading', { name: '请阅读并同意服务协议和隐私政策' })).toBeVisible();
});

test('idle timeout: a spoken, visible countdown, then the wipe; the next citizen sees nothing of the last', async ({ page }) => {
  kiosk = await startPersonKiosk({ idle: { timeoutSeconds: 30, countdownSeconds: 20 } });
  await page.clock.install();
  await openKiosk(page, kiosk);
  await agreeAndChooseCredentials(page, 'liuyang92');
  await presentCard(page, 'liu-yang');
  await expect(page.getByLabel('姓名')).toHaveValue('刘洋');
  await page.clock.fastForward(31_000);
  const countdown = page.getByRole('alertdialog', { name: '您还在吗？' });
  await expect(countdown).toBeVisible();
  await checkScreen(page, 'idle-zh-01-countdown');
  await page.clock.fastForward(21_000);
  await expect(page.getByRole('heading', { level: 1, name: '您好，欢迎使用自助服务' })).toBeVisible();
  // The next citizen: a new registration starts empty, with no card and no account name.
  await page.getByRole('button', { name: /注册账号/ }).click();
  await expect(page.getByLabel('我已阅读并同意《服务协议》')).not.toBeChecked();
  await page.getByLabel('我已阅读并同意《服务协议》').check();
  await page.getByLabel('我已阅读并同意《隐私政策》').check();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByLabel('账号名')).toHaveValue('');
  await expect(page.getByLabel('密码', { exact: true })).toHaveValue('');
  await expect(page.getByText('刘洋')).toHaveCount(0);
  await checkScreen(page, 'idle-zh-02-next-citizen');
});

test('Uyghur: the language switch turns the layout right to left on every screen', async ({ page }) => {
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'xinjiang' });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await checkScreen(page, 'ug-00-home');
  await page
    .getByRole('button', { name: /تىزىملىتىش/ })
    .first()
    .click();
  await checkScreen(page, 'ug-01-agreement');
  await page.getByLabel('مۇلازىمەت كېلىشىمىنى ئوقۇدۇم ۋە قوشۇلىمەن').check();
  await page.getByLabel('مەخپىيەتلىك سىياسىتىنى ئوقۇدۇم ۋە قوشۇلىمەن').check();
  await page.locator('.actions .primary').click();
  await expect(page.getByLabel('ھېسابات نامى')).toBeVisible();
  await checkScreen(page, 'ug-02-account');
  // Switching back mid-flow keeps the citizen's place.
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { name: '设置账号名和密码' })).toBeVisible();
});

test('Tibetan: a Tibet kiosk offers བོད་ཡིག, and the flow reads in it from the first screen on', async ({ page }) => {
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'tibet' });
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'བོད་ཡིག' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bo');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await checkScreen(page, 'bo-00-home');
  await page.getByRole('button', { name: /^ཐོ་འགོད།/ }).click();
  await expect(page.getByRole('heading', { name: 'གྲོས་མཐུན་དང་སྒེར་གསང་སྲིད་ཇུས་ཀློག་ནས་མོས་མཐུན་བྱེད་རོགས།' })).toBeVisible();
  await checkScreen(page, 'bo-01-agreement');
  await page.getByRole('checkbox').first().check();
  await page.getByRole('checkbox').nth(1).check();
  await page.locator('.actions .primary').click();
  await checkScreen(page, 'bo-02-account');
});
