import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import vue from '@vitejs/plugin-vue';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import electronViteConfig from '../../electron.vite.config';
import { cacheControl } from '../../main/appAssets/cachePolicy';
import { startKioskShell } from '../e2e/support/kioskShell';

/**
 * First screen: the script the attract screen loads before it can answer, and the time from
 * navigation to a first tap being answered (English chosen on the language switcher, the page's
 * language then English). The baseline, in the same run: a bare Vue page with one such button,
 * built by Vite with the renderer's own build settings (Vue plugin, minifier), served on loopback
 * with the kiosk's cache policy. Builds the kiosk first when `out/` has none.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rounds = Number(process.env.FIRST_SCREEN_ROUNDS) || (process.env.BENCH_SHORT === '1' ? 3 : 9);
const bareDir = path.join(root, 'test-results/bench-first-screen');

if (!existsSync(path.join(root, 'out/renderer/index.html')) || !existsSync(path.join(root, 'out/main/launch.js'))) {
  console.log('no build in out/: running npm run build');
  const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`npm run build failed with exit code ${built.status}`);
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

/** The bare page: one Vue component whose button switches the page to English, as the kiosk's does. */
async function buildBarePage(): Promise<string> {
  const src = path.join(bareDir, 'src');
  rmSync(bareDir, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  writeFileSync(
    path.join(src, 'index.html'),
    '<!doctype html>\n<html lang="zh-CN"><head><meta charset="UTF-8" /><title>bare</title></head><body><div id="app"></div><script type="module" src="./main.ts"></script></body></html>\n',
  );
  writeFileSync(path.join(src, 'main.ts'), "import { createApp } from 'vue';\nimport App from './App.vue';\n\ncreateApp(App).mount('#app');\n");
  writeFileSync(
    path.join(src, 'App.vue'),
    [
      '<script setup lang="ts">',
      "import { ref } from 'vue';",
      "const title = ref('统一身份认证自助服务');",
      "function english(): void { title.value = 'Identity self-service'; document.documentElement.lang = 'en'; }",
      '</script>',
      '<template><h1>{{ title }}</h1><button type="button" @click="english">English</button></template>',
      '',
    ].join('\n'),
  );
  const renderer = electronViteConfig.renderer?.build;
  await build({
    configFile: false,
    logLevel: 'warn',
    root: src,
    base: './',
    plugins: [vue()],
    build: { outDir: path.join(bareDir, 'out'), emptyOutDir: true, minify: renderer?.minify, target: renderer?.target },
  });
  return path.join(bareDir, 'out');
}

/**
 * The scripts a built index.html loads before anything else: its module entry and what it preloads
 * (`entryOnly`: the entry alone; preloaded chunks are fetched early but run only when imported).
 */
function initialScripts(outDir: string, entryOnly = false): { raw: number; gzip: number; files: string[] } {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const tags = entryOnly ? /<script[^>]*\bsrc="\.?\/?([^"]+\.js)"/g : /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\.?\/?([^"]+\.js)"/g;
  const files = [...html.matchAll(tags)].map((m) => m[1] ?? '');
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(outDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw, gzip, files };
}

function serveStatic(dir: string): Promise<{ url: string; close: () => void }> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
  const server = createServer((req, res) => {
    const rel = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = path.join(dir, path.normalize(rel === '/' ? '/index.html' : rel));
    if (!file.startsWith(dir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    // Kept by the browser as the kiosk's own files are (hashed build output for good, the page never).
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': cacheControl(rel) });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() })),
  );
}

/**
 * Navigation → tap English as soon as it can be tapped → the page is in English. The first load is
 * cold (an empty browser cache, as on a kiosk's very first start), reported on its own; then reloads.
 */
async function tapTimes(page: Page, url: string): Promise<{ cold: number; times: number[] }> {
  const english = page.getByRole('button', { name: 'English', exact: true });
  let cold = NaN;
  const times: number[] = [];
  for (let i = 0; i <= rounds; i++) {
    const started = performance.now();
    if (i === 0) await page.goto(url, { waitUntil: 'commit' });
    else await page.reload({ waitUntil: 'commit' });
    // Watched for on every frame, so the tap comes as soon as the button is there: a click's own
    // retries on a missing element back off to half a second, which would blur the kiosk's figure.
    await english.waitFor();
    await english.click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    if (i === 0) cold = performance.now() - started;
    else times.push(performance.now() - started);
  }
  return { cold, times };
}

const bareOut = await buildBarePage();
const kioskScripts = initialScripts(path.join(root, 'out/renderer'));
const bareScripts = initialScripts(bareOut);
const bare = await serveStatic(bareOut);
const shell = await startKioskShell({ KIOSK_LOG_LEVEL: 'warn' });
/**
 * Each page in a browser of its own: loaded one after the other in one browser, the second page
 * shares the first one's renderer process (same site) and inherits its heap and caches, which
 * slowed the bare page by 15–25 ms after the kiosk's rounds.
 */
async function inOwnBrowser(url: string): Promise<{ cold: number; times: number[] }> {
  const browser = await chromium.launch({ executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    return await tapTimes(await browser.newPage({ viewport: { width: 1280, height: 800 } }), url);
  } finally {
    await browser.close();
  }
}

let kioskLoads: { cold: number; times: number[] };
let bareLoads: { cold: number; times: number[] };
try {
  kioskLoads = await inOwnBrowser(shell.url);
  bareLoads = await inOwnBrowser(bare.url);
} finally {
  await shell.stop();
  bare.close();
}
const { times: kioskTimes } = kioskLoads;
const { times: bareTimes } = bareLoads;
const kioskMs = median(kioskTimes);
const bareMs = median(bareTimes);
const entry = initialScripts(path.join(root, 'out/renderer'), true);
console.log(`initial JS (${kioskScripts.files.join(', ')}): ${kib(kioskScripts.raw)} raw, ${kib(kioskScripts.gzip)} gzip`);
console.log(`  of which the entry, the only script run before the first tap: ${kib(entry.raw)} raw, ${kib(entry.gzip)} gzip`);
console.log(`  baseline: a bare Vue page built the same way: ${kib(bareScripts.raw)} raw, ${kib(bareScripts.gzip)} gzip`);
console.log(`  ratio ${(kioskScripts.raw / bareScripts.raw).toFixed(2)}× raw, ${(kioskScripts.gzip / bareScripts.gzip).toFixed(2)}× gzip`);
console.log(`navigation → first tap answered (median of ${rounds}): ${kioskMs.toFixed(0)} ms   rounds: ${kioskTimes.map((t) => t.toFixed(0)).join(', ')} ms`);
console.log(`  baseline: the bare Vue page (median): ${bareMs.toFixed(0)} ms   rounds: ${bareTimes.map((t) => t.toFixed(0)).join(', ')} ms`);
console.log(`  ratio ${(kioskMs / bareMs).toFixed(2)}×: the kiosk takes ${(kioskMs - bareMs).toFixed(0)} ms more`);
console.log(
  `  first load, empty cache (one each): kiosk ${kioskLoads.cold.toFixed(0)} ms, bare page ${bareLoads.cold.toFixed(0)} ms, ratio ${(kioskLoads.cold / bareLoads.cold).toFixed(2)}×`,
);
