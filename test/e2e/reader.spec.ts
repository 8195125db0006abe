import { expect, test } from './support/kioskShell';

test('a demo kiosk lays a sample card on the simulated reader and the status bar follows it', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByText('读卡器就绪')).toBeVisible({ timeout: 15_000 });
  await footer.getByRole('button', { name: '演示：放置身份证' }).click();
  const dialog = page.getByRole('dialog', { name: '演示身份证' });
  await page.screenshot({ path: 'test-results/screens/demo-card-picker.png' });
  await dialog.getByRole('button', { name: '李秀英（长期有效，协议待重签）' }).click();
  await expect(footer.getByText('已读取身份证')).toBeVisible();
  await footer.getByRole('button', { name: '演示：放置身份证' }).click();
  await dialog.getByRole('button', { name: '取走身份证' }).click();
  await expect(footer.getByText('读卡器就绪')).toBeVisible();
});
