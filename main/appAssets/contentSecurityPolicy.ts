import { cacheControl } from './cachePolicy';
import type { DevRenderer } from './devRenderer';

/**
 * The renderer's CSP, the same in both shells. No inline or eval'd script; wasm allowed for the
 * offline face detector; the network is the app's own origin only (the renderer reaches the
 * identity API through main, never directly). Under `npm run dev` only, Vite's injected styles
 * (by nonce) and its update socket are added.
 */
export function contentSecurityPolicy(dev?: DevRenderer, urlPath?: string): string {
  return [
    "default-src 'self'",
    urlPath !== undefined && isFaceMeshWorker(urlPath) ? "script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'" : "script-src 'self' 'wasm-unsafe-eval'",
    dev ? `style-src 'self' 'nonce-${dev.styleNonce}'` : "style-src 'self'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    dev ? `connect-src 'self' ${dev.hmrSocket}` : "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The built face-mesh worker script (`assets/faceMeshWorker-<hash>.js`). A worker runs under the
 * policy sent with its own script, and this one alone may evaluate strings: the legacy face-mesh
 * solution's wasm bindings build their call wrappers with `new Function` at start. The worker has
 * no DOM, loads only from the app's origin and is fed camera frames only; pages and every other
 * script keep the strict policy.
 */
export function isFaceMeshWorker(urlPath: string): boolean {
  return /^\/assets\/faceMeshWorker-[\w-]+\.js$/.test(urlPath);
}

/**
 * Headers sent with every app response, in both shells (and by Vite's dev server under `npm run dev`);
 * `urlPath`: the response's path, for the one script with its own policy (`isFaceMeshWorker`).
 */
export function securityHeaders(dev?: DevRenderer, urlPath?: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(dev, urlPath),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
    'Cache-Control': cacheControl(urlPath),
  };
}
