import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { StartupHint } from '../../common/contract/startupHint';
import { withStartupHint } from './startupHint';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.tflite': 'application/octet-stream',
  '.data': 'application/octet-stream',
  '.binarypb': 'application/octet-stream',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Asset {
  body: Buffer;
  contentType: string;
}

/**
 * Maps a URL path to a file under the built renderer, refusing anything that escapes the root.
 * Paths without an extension fall back to index.html (the app routes in memory). `startupHint`:
 * what index.html carries for the attract screen (see startupHint.ts).
 */
export function createAssetResolver(root: string, options: { startupHint?: () => StartupHint } = {}) {
  const base = path.resolve(root);
  return async function resolveAsset(urlPath: string): Promise<Asset | undefined> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
    } catch {
      return undefined;
    }
    if (decoded.includes('\0')) return undefined;
    const relative = decoded === '/' || !path.extname(decoded) ? 'index.html' : decoded.replace(/^\/+/, '');
    const file = path.resolve(base, relative);
    if (file !== base && !file.startsWith(base + path.sep)) return undefined;
    try {
      if (!(await stat(file)).isFile()) return undefined;
      const contentType = mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      if (relative === 'index.html' && options.startupHint) {
        return { body: Buffer.from(withStartupHint(await readFile(file, 'utf8'), options.startupHint())), contentType };
      }
      return { body: await readFile(file), contentType };
    } catch {
      return undefined;
    }
  };
}
