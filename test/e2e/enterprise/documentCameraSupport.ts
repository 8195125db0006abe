/**
 * Document camera scenes: builds the harness page (documentCameraHarness/) with Vite, serves it on
 * loopback with the app's own security headers (the real CSP, so the worker runs as in the kiosk),
 * makes the scene clips with ffmpeg, and launches Debian Chromium with one clip as its camera
 * (Chromium takes the camera file at launch: one browser per clip).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import vue from '@vitejs/plugin-vue';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { securityHeaders } from '../../../main/appAssets/contentSecurityPolicy';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const harnessRoot = path.join(import.meta.dirname, 'documentCameraHarness');
const outDir = path.join(repoRoot, 'test-results/document-camera-harness');
const clipsDir = path.join(repoRoot, 'test-results/document-scenes');

export type Scene = 'white-page' | 'angled-page' | 'face' | 'empty-desk';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

/** Builds the harness, makes the clips (kept while fresh) and serves the page; close() stops the server. */
export async function startHarness(): Promise<{ origin: string; close(): Promise<void> }> {
  execFileSync('sh', [path.join(repoRoot, 'test/fixtures/documents/makeDocumentScenes.sh'), clipsDir], { stdio: 'pipe' });
  await build({
    root: harnessRoot,
    configFile: false,
    logLevel: 'error',
    base: '/',
    publicDir: path.join(repoRoot, 'resources'),
    plugins: [vue()],
    build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false, minify: false },
  });
  const server = await serve(outDir);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

function serve(root: string): Promise<Server> {
  const headers = securityHeaders();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = path.join(root, path.normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Chromium whose one camera plays the scene's clip, looped. */
export function launchWithScene(scene: Scene): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${path.join(clipsDir, `${scene}.mjpeg`)}`,
    ],
  });
}

/** The harness at 1280×800 in `locale`; page errors (a CSP refusal among them) are collected. */
export async function openCamera(browser: Browser, origin: string, locale = 'zh-CN'): Promise<{ page: Page; errors: string[] }> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${origin}/index.html?locale=${locale}`);
  return { page, errors };
}

export const guidanceLog = (page: Page): Promise<string[]> => page.evaluate(() => [...window.documentCameraLog.guidance]);

/** What the worker reports: its median milliseconds per frame and the frames it checks per second. */
export async function workerFigures(page: Page): Promise<{ frameMs: number; perSecond: number }> {
  const camera = page.locator('.doc-camera');
  return { frameMs: Number(await camera.getAttribute('data-frame-ms')), perSecond: Number(await camera.getAttribute('data-checks-per-second')) };
}

export interface PhotoEdges {
  width: number;
  height: number;
  /** Lean from straight, in degrees, of the page's printed frame near each edge of the photo (top, right, bottom, left). */
  leans: number[];
  /** Grey level of the photo's four corners (inset 1.5 %): paper, not desk, when cropped to the page. */
  corners: number[];
}

/**
 * Measures the photo shown for checking, independently of the code under test: along each side it
 * scans inward for the first dark pixel (the printed frame a little inside the page's edge) at
 * points across the middle 60 %, fits a line through them and gives its lean.
 */
export function measurePhoto(page: Page): Promise<PhotoEdges> {
  return page.locator('.doc-camera img').evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const w = img.naturalWidth;
    const h = img.naturalHeight;
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, w, h).data;
    const grey = (x: number, y: number) => {
      const i = (y * w + x) * 4;
      return (px[i]! * 77 + px[i + 1]! * 150 + px[i + 2]! * 29) >> 8;
    };
    const lean = (points: { a: number; b: number }[]) => {
      // Least squares b = k·a + c; the lean is atan(k).
      const n = points.length;
      const ma = points.reduce((s, p) => s + p.a, 0) / n;
      const mb = points.reduce((s, p) => s + p.b, 0) / n;
      const k = points.reduce((s, p) => s + (p.a - ma) * (p.b - mb), 0) / points.reduce((s, p) => s + (p.a - ma) ** 2, 0);
      return (Math.atan(k) * 180) / Math.PI;
    };
    const scan = (along: number, inward: (t: number, d: number) => [number, number], depth: number) => {
      const points: { a: number; b: number }[] = [];
      for (let t = Math.round(along * 0.2); t < along * 0.8; t += 4) {
        for (let d = 0; d < depth; d++) {
          const [x, y] = inward(t, d);
          if (grey(x, y) < 140) {
            points.push({ a: t, b: d });
            break;
          }
        }
      }
      return lean(points);
    };
    const leans = [
      scan(w, (t, d) => [t, d], Math.round(h * 0.2)),
      scan(h, (t, d) => [w - 1 - d, t], Math.round(w * 0.2)),
      scan(w, (t, d) => [t, h - 1 - d], Math.round(h * 0.2)),
      scan(h, (t, d) => [d, t], Math.round(w * 0.2)),
    ];
    const ix = Math.round(w * 0.015);
    const iy = Math.round(h * 0.015);
    const corners = [grey(ix, iy), grey(w - 1 - ix, iy), grey(w - 1 - ix, h - 1 - iy), grey(ix, h - 1 - iy)];
    return { width: w, height: h, leans, corners };
  });
}
