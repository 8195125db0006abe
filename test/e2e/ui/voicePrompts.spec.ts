import { expect, test, type Page } from '@playwright/test';
import {
  agreeToFaceCheck,
  cameraArgs,
  checkScreen,
  openKiosk,
  presentCard,
  startPersonKiosk,
  typeOnKeyboard,
  typeOnKeypad,
  type PersonKiosk,
} from '../person/personSupport';

/**
 * The voice in the page: every prompt sound that starts playing (pack file or chime) and every
 * request to the system voice, with its prompt id. Chromium's fake camera plays the head-turn clip;
 * autoplay as the kiosk's own launch flags allow it.
 */
test.use({
  launchOptions: {
    executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium',
    args: [...cameraArgs(), '--autoplay-policy=no-user-gesture-required'],
  },
});

interface Heard {
  id: string;
  file: string;
  at: number;
}

async function listen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const heard: Array<{ id: string; file: string; at: number }> = [];
    (window as unknown as { heard: typeof heard }).heard = heard;
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      if (this.dataset.promptId !== undefined) {
        this.addEventListener('playing', () => heard.push({ id: this.dataset.promptId ?? '', file: new URL(this.src).pathname, at: Date.now() }), {
          once: true,
        });
      }
      return play.call(this);
    };
    // Every instruction the face step shows, with when it appeared ('' when none is on screen).
    const shown: Array<{ id: string; at: number }> = [];
    (window as unknown as { shown: typeof shown }).shown = shown;
    new MutationObserver(() => {
      const id = document.querySelector<HTMLElement>('[data-instruction]')?.dataset.instruction ?? '';
      if ((shown.at(-1)?.id ?? '') !== id) shown.push({ id, at: Date.now() });
    }).observe(document, { subtree: true, childList: true, attributeFilter: ['data-instruction'] });
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (utterance) => {
      heard.push({ id: '', file: `speech:${utterance.text}`, at: Date.now() });
      speak(utterance);
    };
  });
}

const heard = (page: Page): Promise<Heard[]> => page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);

/** The face instructions that stayed on screen long enough to matter (a second or more), with when. */
async function instructionsThatMattered(page: Page): Promise<Array<{ id: string; from: number; to: number }>> {
  const shown = await page.evaluate(() => (window as unknown as { shown: Array<{ id: string; at: number }> }).shown);
  const spans = shown.map((s, i) => ({ id: s.id, from: s.at, to: shown[i + 1]?.at ?? Date.now() }));
  // One seen for a single frame (a face leaving the picture for an instant) told nobody anything.
  return spans.filter((s) => s.id !== '' && s.to - s.from >= 1000);
}

/** After the session ends the kiosk stays silent: nothing starts in the next seconds. */
async function expectSilenceAfter(page: Page, endedAt: number): Promise<void> {
  await page.waitForTimeout(4000);
  expect((await heard(page)).filter((h) => h.at > endedAt + 300)).toEqual([]);
}

let kiosk: PersonKiosk;
test.afterEach(async () => kiosk?.stop());

/** The pack's zh-CN texts: a heading several flows share (the face step's) is one recording under several ids. */
async function packTexts(page: Page, locale: string): Promise<Record<string, string>> {
  const manifest = (await (await page.request.get(`${kiosk.origin}/audio/${locale}/manifest.json`)).json()) as { prompts: Record<string, { text: string }> };
  return Object.fromEntries(Object.entries(manifest.prompts).map(([id, entry]) => [id, entry.text]));
}

test('registration in zh-CN: each step heading and face instruction is heard from the pack; silence after the session ends', async ({ page }) => {
  test.setTimeout(150_000);
  kiosk = await startPersonKiosk();
  await listen(page);
  await openKiosk(page, kiosk);
  const texts = await packTexts(page, 'zh-CN');
  /** Waits until the prompt with this text (under any id) has started playing from the pack. */
  const hear = async (id: string) => {
    await expect
      .poll(async () => (await heard(page)).some((h) => texts[h.id] === texts[id] && h.file === `/audio/zh-CN/${h.id}.ogg`), { message: id, timeout: 15_000 })
      .toBe(true);
  };

  await page.getByRole('button', { name: /注册账号/ }).click();
  // The flow's code loads on this first tap: on a busy machine that takes more than the default wait.
  await expect(page.getByRole('heading', { name: '请阅读并同意服务协议和隐私政策' })).toBeVisible({ timeout: 15_000 });
  await hear('person.register.headings.agreement');
  await page.getByLabel('我已阅读并同意《服务协议》').check();
  await page.getByLabel('我已阅读并同意《隐私政策》').check();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '设置账号名和密码' })).toBeVisible();
  await hear('person.register.headings.account');
  await typeOnKeyboard(page, '键盘', 'liuyang92');
  await page.getByLabel('密码', { exact: true }).click();
  await typeOnKeyboard(page, '键盘', 'Kiosk#2025a');
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'Kiosk#2025a');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '核对身份信息' })).toBeVisible();
  await hear('person.register.headings.identity');
  await presentCard(page, 'liu-yang');
  await expect(page.getByLabel('姓名')).toHaveValue('刘洋');
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '验证手机号码' })).toBeVisible();
  await hear('person.register.headings.phone');
  await typeOnKeypad(page, '手机号码键盘', '13612345678');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode('13612345678'));
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByRole('heading', { name: /人脸验证/ })).toBeVisible();
  await hear('person.register.headings.face');
  await agreeToFaceCheck(page);
  await expect(page.getByRole('heading', { name: '注册成功' })).toBeVisible({ timeout: 60_000 });
  await hear('person.register.headings.done');

  const played = await heard(page);
  // Each step heading was heard, in the order of the steps.
  const headings = ['agreement', 'account', 'identity', 'phone', 'face', 'done'].map((step) => texts[`person.register.headings.${step}`]);
  expect(played.map((h) => texts[h.id]).filter((text) => headings.includes(text))).toEqual(headings);
  // The fake camera's clip turns left, then right: both challenges were spoken from the pack, as was
  // every instruction that stayed on screen for a second or more, while it was on screen.
  const mattered = await instructionsThatMattered(page);
  expect(mattered.map((s) => s.id)).toEqual(expect.arrayContaining(['face.turnLeft', 'face.turnRight']));
  for (const { id, from, to } of mattered) {
    expect(played.find((h) => h.id === id && h.at >= from && h.at < to)?.file, id).toBe(`/audio/zh-CN/${id}.ogg`);
  }
  // Every face instruction was spoken from the pack's file: no system voice, no chime in a language with audio.
  expect(played.filter((h) => h.id.startsWith('face.')).every((h) => h.file === `/audio/zh-CN/${h.id}.ogg`)).toBe(true);
  expect(played.some((h) => h.file.startsWith('speech:') || h.file === '/audio/chime.ogg')).toBe(false);

  await page.getByRole('button', { name: '完成' }).click();
  const endedAt = await page.evaluate(() => Date.now());
  await expect(page.getByRole('heading', { level: 1, name: '您好，欢迎使用自助服务' })).toBeVisible();
  await expectSilenceAfter(page, endedAt);
});

test('registration in Uyghur: the caption on screen and the chime; cancelling ends the sound', async ({ page }) => {
  test.setTimeout(60_000);
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'xinjiang' });
  await listen(page);
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await page
    .getByRole('button', { name: /تىزىملىتىش/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'كېلىشىم ۋە مەخپىيەتلىك سىياسىتىنى ئوقۇپ قوشۇلۇڭ' })).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => heard(page)).toContainEqual(expect.objectContaining({ id: 'person.register.headings.agreement', file: '/audio/chime.ogg' }));
  await checkScreen(page, 'voice-ug-agreement-caption');
  expect((await heard(page)).filter((h) => h.file.startsWith('/audio/ug/'))).toEqual([]);

  await page.locator('.wizard .actions .secondary').first().click();
  const endedAt = await page.evaluate(() => Date.now());
  await expect(page.locator('#home-title')).toBeVisible();
  await expectSilenceAfter(page, endedAt);
});

test('staff mute in the assisted-mode banner: no prompt plays until unmuted; captions stay', async ({ page }) => {
  test.setTimeout(60_000);
  kiosk = await startPersonKiosk({}, { KIOSK_PROVINCE: 'xinjiang' });
  await listen(page);
  await openKiosk(page, kiosk);
  await page.keyboard.press('Control+Alt+Shift+KeyS');
  await page.getByRole('dialog', { name: '工作人员登录' }).getByRole('button', { name: '演示：刷工作证（周敏）' }).click();
  const banner = page.getByRole('region', { name: '工作人员协助模式' });
  const mute = banner.getByRole('button', { name: '静音提示音' });
  await mute.click();
  await expect(mute).toHaveAttribute('aria-pressed', 'true');
  await checkScreen(page, 'voice-zh-staff-muted');

  await page.getByRole('button', { name: /注册账号/ }).click();
  await expect(page.getByRole('heading', { name: '请阅读并同意服务协议和隐私政策' })).toBeVisible({ timeout: 15_000 });
  await page.waitForTimeout(2500);
  expect(await heard(page)).toEqual([]);

  await page.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await expect(page.getByRole('heading', { name: 'كېلىشىم ۋە مەخپىيەتلىك سىياسىتىنى ئوقۇپ قوشۇلۇڭ' })).toBeVisible();
  const muteUg = page.getByRole('button', { name: 'ئاۋازلىق ئەسكەرتىشنى توختىتىش' });
  await expect(muteUg).toHaveAttribute('aria-pressed', 'true');
  await checkScreen(page, 'voice-ug-staff-muted');
  await muteUg.click();
  await expect(muteUg).toHaveAttribute('aria-pressed', 'false');
  for (const box of await page.locator('.wizard input[type=checkbox]').all()) await box.check();
  await page.locator('.wizard .actions .primary').click();
  await expect.poll(() => heard(page)).toContainEqual(expect.objectContaining({ id: 'person.register.headings.account', file: '/audio/chime.ogg' }));
});

test('idle: the warning and the last seconds of the countdown are spoken, then the wipe leaves the kiosk silent', async ({ page }) => {
  test.setTimeout(120_000);
  kiosk = await startPersonKiosk({ idle: { timeoutSeconds: 30, countdownSeconds: 20 } });
  await listen(page);
  await openKiosk(page, kiosk);
  await page.getByRole('button', { name: /注册账号/ }).click();
  await expect(page.getByRole('heading', { name: '请阅读并同意服务协议和隐私政策' })).toBeVisible({ timeout: 15_000 });
  // Real time (30 s idle, 20 s countdown): the prompts play in real time too.
  await expect(page.getByRole('alertdialog', { name: '您还在吗？' })).toBeVisible({ timeout: 35_000 });
  await expect.poll(() => heard(page)).toContainEqual(expect.objectContaining({ id: 'voice.idleWarning', file: '/audio/zh-CN/voice.idleWarning.ogg' }));
  await expect(page.locator('#home-title')).toBeVisible({ timeout: 25_000 });
  const endedAt = await page.evaluate(() => Date.now());
  const counted = (await heard(page)).filter((h) => h.id.startsWith('voice.count.'));
  expect(counted.length).toBeGreaterThan(2);
  expect(counted.every((h) => h.file === `/audio/zh-CN/${h.id}.ogg`)).toBe(true);
  expect(counted.at(-1)?.id).toBe('voice.count.n1');
  await expectSilenceAfter(page, endedAt);
});
