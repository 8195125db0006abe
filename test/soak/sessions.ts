import path from 'node:path';
import Database from 'better-sqlite3';
import { expect as baseExpect, type Page } from '@playwright/test';
import { fileAppealToReview, presentCard, typeOnKeyboard, typeOnKeypad, type PersonKiosk } from '../e2e/person/personSupport';

/** Hours on a shared machine: a slow password hash or first script load must not end the run. */
const expect = baseExpect.configure({ timeout: 30_000 });

/** One citizen at the kiosk, from the home screen back to the home screen; `n` makes names and phones unique. */
export type SoakSession = (page: Page, kiosk: PersonKiosk, n: number) => Promise<void>;

/**
 * The hall config of a soak kiosk: forgot password by SMS only (no camera); the hall's default idle
 * timeout (the idle session jumps the page's clock past it, so its length costs nothing, and a step
 * slowed by a busy machine never meets it) and the shortest countdown.
 */
export const soakHallConfig = { forgotPassword: { switchOn: [] }, idle: { timeoutSeconds: 90, countdownSeconds: 20 } };

/** The USB stand-in's files the appeal session imports. */
export const appealFiles = { licence: 'licence.pdf', front: 'scan.png', back: 'photo.jpg' } as const;

/**
 * Registration up to the identity step, as the E2E helper does it, with this file's longer waits
 * (the flow's first visit loads its script and the face detector).
 */
async function startRegistration(page: Page, accountName: string): Promise<void> {
  await page.getByRole('button', { name: /注册账号/ }).click();
  await expect(page.getByRole('heading', { name: '请阅读并同意服务协议和隐私政策' })).toBeVisible();
  await page.getByLabel('我已阅读并同意《服务协议》').check();
  await page.getByLabel('我已阅读并同意《隐私政策》').check();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '设置账号名和密码' })).toBeVisible();
  await typeOnKeyboard(page, '键盘', accountName);
  await page.getByLabel('密码', { exact: true }).click();
  await typeOnKeyboard(page, '键盘', 'Kiosk#2025a');
  await page.getByLabel('确认密码').click();
  await typeOnKeyboard(page, '键盘', 'Kiosk#2025a');
  await expect(page.locator('#account-password-rules li.passed')).toHaveCount(3);
  await page.getByRole('button', { name: '下一步' }).click();
}

/** The done screen's button that hands the kiosk to the next citizen. */
async function backHome(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: /^(完成|注册完成|办理完成|返回首页)$/ })
    .first()
    .click();
  await expect(page.locator('#home-title')).toBeVisible();
}

/**
 * A registration to the end (王小明: a minor, so no face step), then the reference API forgets the
 * account so the same demo card registers again in the next round.
 */
const registration: SoakSession = async (page, kiosk, n) => {
  const accountName = `soak${n}reg`;
  const phone = `1361300${String(n % 10_000).padStart(4, '0')}`;
  await startRegistration(page, accountName);
  await presentCard(page, 'wang-xiaoming');
  await expect(page.getByLabel('姓名', { exact: true })).toHaveValue('王小明');
  await page.getByRole('button', { name: '下一步' }).click();
  await typeOnKeypad(page, '手机号码键盘', phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await typeOnKeypad(page, '验证码键盘', await kiosk.smsCode(phone));
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByRole('heading', { name: '注册成功' })).toBeVisible();
  await backHome(page);
  const db = new Database(path.join(kiosk.dataDir, 'identity-api.sqlite'));
  try {
    db.pragma('busy_timeout = 5000');
    expect(db.prepare('DELETE FROM accounts WHERE account_name = ?').run(accountName).changes).toBe(1);
  } finally {
    db.close();
  }
};

/** People of the reference population with an account and a reserved phone, taking turns at forgot password. */
const forgetful = [
  { card: 'zhang-wei', phone: '13800000001' },
  { card: 'chen-jing', phone: '13700000005' },
] as const;

/** The reference API refuses a second code to one phone within a minute: when the last one was sent, by phone. */
const smsSentAt = new Map<string, number>();
const smsResendIntervalMs = 61_000;
const lastChallenge = new Map<string, string>();

/**
 * The code of the SMS this session asked for: a reserved phone already has last round's code, so
 * only a challenge other than the last one seen counts.
 */
async function freshSmsCode(kiosk: PersonKiosk, phone: string): Promise<string> {
  let code = '';
  await expect
    .poll(async () => {
      const res = await fetch(`${kiosk.apiUrl}/dev/sms?phone=${phone}`);
      const sms = res.ok ? ((await res.json()) as { challengeId: string; code: string }) : undefined;
      if (!sms || sms.challengeId === lastChallenge.get(phone)) return '';
      lastChallenge.set(phone, sms.challengeId);
      code = sms.code;
      return code;
    })
    .not.toBe('');
  return code;
}

/** Forgot password by SMS to the reserved phone, the people taking turns, a new password each time. */
const forgotPassword: SoakSession = async (page, kiosk, n) => {
  const person = forgetful[Math.floor(n / soakSessions.length) % forgetful.length] as (typeof forgetful)[number];
  const password = `Soak#${n}Pw`;
  // As in a real hall, the next citizen with this phone comes after its resend interval (waiting at home, where idling wipes nothing).
  const wait = (smsSentAt.get(person.phone) ?? 0) + smsResendIntervalMs - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  await page.getByRole('button', { name: /^忘记密码/ }).click();
  await presentCard(page, person.card);
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '验证预留手机' })).toBeVisible();
  await page.getByRole('button', { name: '获取验证码' }).click();
  smsSentAt.set(person.phone, Date.now());
  await typeOnKeypad(page, '验证码键盘', await freshSmsCode(kiosk, person.phone));
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByRole('heading', { name: '设置新密码' })).toBeVisible();
  for (const field of [page.getByLabel('密码', { exact: true }), page.getByLabel('确认密码')]) {
    await field.click();
    await typeOnKeyboard(page, '键盘', password);
  }
  await page.getByRole('button', { name: '确认重设' }).click();
  await expect(page.getByRole('heading', { name: '密码重设成功' })).toBeVisible();
  await backHome(page);
};

/** An enterprise account appeal by the legal representative, SMS checked, three documents from the USB stand-in, submitted. */
const appeal: SoakSession = async (page, kiosk, n) => {
  const phone = `1371300${String(n % 10_000).padStart(4, '0')}`;
  await fileAppealToReview(page, kiosk, {
    phone,
    fromUsb: [
      ['企业营业执照原件', appealFiles.licence],
      ['法定代表人身份证人像面', appealFiles.front],
      ['法定代表人身份证国徽面', appealFiles.back],
    ],
  });
  await page.getByRole('button', { name: '提交申诉' }).click();
  await expect(page.getByRole('heading', { name: '申诉已提交' })).toBeVisible();
  await backHome(page);
};

/**
 * A registration left half done with a card on the reader: the page's clock (installed by the
 * runner) jumps past the idle timeout and the countdown, and the wipe brings the home screen back.
 */
const idleWipe: SoakSession = async (page, kiosk, n) => {
  await startRegistration(page, `soak${n}idle`);
  await presentCard(page, 'liu-yang');
  await expect(page.getByLabel('姓名', { exact: true })).toHaveValue('刘洋');
  await page.clock.fastForward((soakHallConfig.idle.timeoutSeconds + 1) * 1000);
  await expect(page.getByRole('alertdialog', { name: '您还在吗？' })).toBeVisible();
  await page.clock.fastForward((soakHallConfig.idle.countdownSeconds + 1) * 1000);
  await expect(page.locator('#home-title')).toBeVisible();
  await expect(page.getByText('刘洋')).toHaveCount(0);
};

/** The rotation, in order: session n runs `soakSessions[n % 4]`. */
export const soakSessions: readonly { name: string; run: SoakSession }[] = [
  { name: 'registration', run: registration },
  { name: 'forgotPassword', run: forgotPassword },
  { name: 'appeal', run: appeal },
  { name: 'idleWipe', run: idleWipe },
];
