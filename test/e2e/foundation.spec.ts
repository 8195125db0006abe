import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { builtAsset } from './support/builtAsset';
import { expect, test } from './support/kioskShell';

test('the home screen loads over the bridge and shows the hall from system.info', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  await expect(page.getByRole('heading', { level: 1, name: '您好，欢迎使用自助服务' })).toBeVisible();
  // Hall name, kiosk id and mode come from main through system.info.
  await expect(page.getByText('演示办税服务厅')).toBeVisible();
  await expect(page.getByText('demo-kiosk-01')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('服务正常');
  // The launch code is removed from the address once it was exchanged for the session cookie.
  expect(page.url()).not.toContain('bridge=');
  expect(page.url()).not.toContain('launch=');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to self-service' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/home-en.png' });
});

test('a reload takes the built scripts and fonts from the browser cache and the page itself fresh, and the kiosk works as before', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  await expect(page.getByRole('status')).toHaveText('服务正常');
  await page.reload();
  await expect(page.getByRole('status')).toHaveText('服务正常');
  const loads = await page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => {
      const timing = e as PerformanceResourceTiming;
      return { path: new URL(timing.name).pathname, transferred: timing.transferSize };
    }),
  );
  const scripts = loads.filter((l) => builtAsset('index', 'js').test(l.path));
  expect(scripts).toHaveLength(1);
  // Served from the cache (so Chromium also keeps its compiled code): nothing crosses the wire.
  expect(scripts[0]!.transferred).toBe(0);
  // So are the attract screen's faces, which Chromium then need not decode again.
  const faces = loads.filter((l) => builtAsset('NotoSansSC-(?:UI|Latin)-(?:Regular|Bold)', 'woff2').test(l.path));
  expect(faces.map((f) => f.path)).toHaveLength(4);
  expect(faces.map((f) => f.transferred)).toEqual([0, 0, 0, 0]);
  // The page carries the hall's startup hint: always fetched.
  expect(loads.find((l) => l.path === '/')?.transferred).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to self-service' })).toBeVisible();
});

test("the hall's other languages arrive once the attract screen has settled, and a tap on one then fetches nothing", async ({ page, kiosk }) => {
  const languageChunks = async () =>
    (await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname))).filter((p) =>
      builtAsset('en|ug|bo', 'js').test(p),
    );
  await page.goto(kiosk.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // No tap: after a short quiet spell the English texts are there.
  await expect.poll(async () => (await languageChunks()).some((p) => builtAsset('en', 'js').test(p))).toBe(true);
  const loaded = await languageChunks();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to self-service' })).toBeVisible();
  expect(await languageChunks()).toEqual(loaded);
});

test('the bridge admits the page alone: a second socket, even from the page itself, is refused', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  await expect(page.getByRole('status')).toHaveText('服务正常');
  const second = await page.evaluate(async () => {
    const ws = new WebSocket(`${location.origin.replace('http', 'ws')}/bridge`, ['kiosk-bridge.v1']);
    return new Promise<string>((resolve) => {
      ws.addEventListener('open', () => resolve('open'));
      ws.addEventListener('close', () => resolve('refused'));
    });
  });
  expect(second).toBe('refused');
  // The page's own connection is untouched.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to self-service' })).toBeVisible();
  // The session cookie is HttpOnly: the page's script cannot read it.
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

test('the CSP blocks a request to any other host', async ({ page, kiosk }) => {
  let hits = 0;
  const offBox = createServer((_req, res) => {
    hits += 1;
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.end('leaked');
  });
  await new Promise<void>((r) => offBox.listen(0, '127.0.0.1', () => r()));
  const target = `http://localhost:${(offBox.address() as AddressInfo).port}/collect`;
  try {
    await page.goto(kiosk.url);
    await expect(page.getByRole('status')).toHaveText('服务正常');
    const result = await page.evaluate(async (url) => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const fetched = await fetch(url).then(
        () => 'fetched',
        () => 'blocked',
      );
      const img = await new Promise<string>((resolve) => {
        const el = new Image();
        el.onload = () => resolve('loaded');
        el.onerror = () => resolve('blocked');
        el.src = url.replace('collect', 'pixel.png');
      });
      await new Promise((r) => setTimeout(r, 100));
      return { fetched, img, violations };
    }, target);
    expect(result.fetched).toBe('blocked');
    expect(result.img).toBe('blocked');
    expect(result.violations).toEqual(expect.arrayContaining(['connect-src', 'img-src']));
    expect(hits).toBe(0);
  } finally {
    offBox.close();
  }
});

test('the staff chord opens the exit PIN pad; a wrong PIN is refused, the right one leaves kiosk mode', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  await expect(page.getByRole('status')).toHaveText('服务正常');
  await page.keyboard.press('Control+Alt+Shift+KeyK');
  const dialog = page.getByRole('dialog', { name: '工作人员退出' });
  await expect(dialog).toBeVisible();
  for (const digit of '1111') await dialog.getByRole('button', { name: digit, exact: true }).click();
  await dialog.getByRole('button', { name: '确认' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('密码错误，请重试');
  for (const digit of '246810') await dialog.getByRole('button', { name: digit, exact: true }).click();
  await dialog.getByRole('button', { name: '确认' }).click();
  await expect.poll(() => kiosk.output()).toContain('staff left kiosk mode');
});
