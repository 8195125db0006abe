/**
 * Face E2E support: builds the face step harness page (test/fixtures/face/component) with Vite,
 * serves it on loopback with the app's own security headers (the real CSP), makes the fake-camera
 * clips, and launches Debian Chromium with one clip as its camera. One build and one server per
 * worker; one browser per clip (Chromium takes the camera file at launch).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import path from 'node:path';
import vue from '@vitejs/plugin-vue';
import { chromium, test as base } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { build } from 'vite';
import { securityHeaders } from '../../../../main/appAssets/contentSecurityPolicy';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const harnessRoot = path.join(repoRoot, 'test/fixtures/face/component');
const outDir = path.join(repoRoot, 'test-results/face-harness');
export const clipsDir = path.join(repoRoot, 'test-results/face-clips');
export const screensDir = path.join(repoRoot, 'test-results/screens');

const CHROMIUM = process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium';
const BASE_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export type Clip = 'static' | 'noface-then-face' | 'small-face' | 'head-turn';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.tflite': 'application/octet-stream',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

async function buildHarness(): Promise<void> {
  if (!existsSync(path.join(repoRoot, 'resources/models/face_detection_short_range.tflite'))) {
    throw new Error('resources/models is missing: run `npm run build` (or npx tsx scripts/prepareFaceModel.ts) first');
  }
  await build({
    root: harnessRoot,
    configFile: false,
    logLevel: 'error',
    base: '/',
    // The prepared model and wasm, served at /models and /mediapipe/wasm as in the app.
    publicDir: path.join(repoRoot, 'resources'),
    plugins: [vue()],
    build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false, minify: false },
  });
}

function serve(root: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, securityHeaders()).end();
      return;
    }
    res.writeHead(200, { ...securityHeaders(undefined, url.pathname), 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ origin: `http://127.0.0.1:${port}`, server });
    });
  });
}

/** Generates the clips (cached by makeClips.sh when already fresh). */
export function makeClips(): void {
  execFileSync('sh', [path.join(repoRoot, 'test/fixtures/face/makeClips.sh'), clipsDir], { stdio: 'pipe' });
}

/** Chromium whose camera plays `clip` (looped); `null`: no camera device at all. */
export function launchWithCamera(clip: Clip | null): Promise<Browser> {
  const camera = clip
    ? ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${path.join(clipsDir, `${clip}.mjpeg`)}`]
    : ['--use-fake-ui-for-media-stream'];
  return chromium.launch({ executablePath: CHROMIUM, args: [...BASE_ARGS, ...camera] });
}

export interface HarnessOptions {
  challenges?: string[];
  maxAttempts?: number;
  challengeTimeMs?: number;
  locale?: string;
  cameraLabel?: string;
}

export interface OpenedStep {
  page: Page;
  /** Every request the page made, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Opens the harness in a fresh context of `browser`, recording every request. */
export async function openStep(browser: Browser, origin: string, o: HarnessOptions = {}): Promise<OpenedStep> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') console.error('console error:', m.text());
  });
  const q = new URLSearchParams();
  if (o.challenges) q.set('challenges', o.challenges.join(','));
  if (o.maxAttempts !== undefined) q.set('maxAttempts', String(o.maxAttempts));
  if (o.challengeTimeMs !== undefined) q.set('challengeTimeMs', String(o.challengeTimeMs));
  q.set('locale', o.locale ?? 'en');
  if (o.cameraLabel) q.set('cameraLabel', o.cameraLabel);
  await page.goto(`${origin}/index.html?${q}`);
  return { page, requests, close: () => context.close() };
}

/** Requests that left the page's own origin (data: and blob: URLs never leave the machine). */
export function offBox(requests: readonly string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

export const test = base.extend<object, { faceHarness: { origin: string } }>({
  faceHarness: [
    async ({}, use) => {
      makeClips();
      await buildHarness();
      const { origin, server } = await serve(outDir);
      await use({ origin });
      await new Promise((r) => server.close(r));
    },
    { scope: 'worker', timeout: 120_000 },
  ],
});
export { expect } from '@playwright/test';
