import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/kioskShell';

const run = promisify(execFile);

async function openUnlock(page: Page) {
  await page.keyboard.press('Control+Alt+Shift+KeyS');
  const dialog = page.getByRole('dialog', { name: '工作人员登录' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function typeStaffId(dialog: ReturnType<Page['getByRole']>, id: string) {
  await dialog.getByRole('textbox', { name: '工号' }).click();
  for (const ch of id.toLowerCase()) await dialog.getByRole('button', { name: ch, exact: true }).click();
}

async function typePin(dialog: ReturnType<Page['getByRole']>, pin: string) {
  await dialog.getByRole('textbox', { name: '密码' }).click();
  for (const digit of pin) await dialog.getByRole('button', { name: digit, exact: true }).click();
}

test('counter staff unlock, work at the desk, and leave an intact audit trail that detects tampering', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  await expect(page.getByRole('status')).toHaveText('服务正常');

  // Wrong PINs count towards a lockout.
  let dialog = await openUnlock(page);
  await typeStaffId(dialog, 'S001');
  for (let i = 0; i < 4; i++) {
    await typePin(dialog, '000000');
    await dialog.getByRole('button', { name: '登录' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('密码错误，请重试');
  }
  await typePin(dialog, '000000');
  await dialog.getByRole('button', { name: '登录' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('错误次数过多，请稍后再试');
  await typePin(dialog, '135790');
  await dialog.getByRole('button', { name: '登录' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('错误次数过多，请稍后再试');
  await dialog.getByRole('button', { name: '取消' }).click();

  // The staff card unlocks even while PIN entry is locked out: it is a different credential.
  dialog = await openUnlock(page);
  await dialog.getByRole('button', { name: '演示：刷工作证（周敏）' }).click();
  const banner = page.getByRole('region', { name: '工作人员协助模式' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('工号 S001');
  await page.screenshot({ path: 'test-results/screens/staff-banner.png' });

  await banner.getByRole('button', { name: '工作台' }).click();
  await expect(page.getByRole('heading', { name: '工作人员工作台' })).toBeVisible();
  await expect(page.getByText('队列为空，所有业务均已发送。')).toBeVisible();
  await page.getByRole('tab', { name: '设备诊断' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: '审计日志' })).toContainText(/完整，已校验 \d+ 条/);
  await page.screenshot({ path: 'test-results/screens/staff-diagnostics.png' });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await banner.getByRole('button', { name: '结束协助' }).click();
  await expect(banner).toBeHidden();

  // The audit chain verifies, then fails once a row is altered behind the database's triggers.
  await kiosk.halt();
  const db = path.join(kiosk.dataDir, 'kiosk.db');
  const intact = await run(process.execPath, ['--import', 'tsx', 'main/tools/auditVerify.ts', `--db=${db}`]);
  expect(intact.stdout).toMatch(/Audit log intact: \d+ rows verified/);
  const raw = new Database(db);
  raw.exec('DROP TRIGGER audit_log_no_update');
  raw.prepare("UPDATE audit_log SET actor = 'S999' WHERE action = 'staff.unlock.card'").run();
  raw.close();
  const broken = await run(process.execPath, ['--import', 'tsx', 'main/tools/auditVerify.ts', `--db=${db}`]).catch((e: { code: number; stderr: string }) => e);
  expect(broken).toMatchObject({ code: 1 });
  expect((broken as { stderr: string }).stderr).toMatch(/Audit log BROKEN at row \d+: content does not match its hash/);
});
