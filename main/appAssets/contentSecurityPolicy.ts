import type { DevRenderer } from './devRenderer';

/**
 * The renderer's CSP, the same in both shells. No inline or eval'd script; wasm allowed for the
 * offline face detector; the network is the app's own origin only (the renderer reaches the
 * identity API through main, never directly). Under `npm run dev` only, Vite's injected styles
 * (by nonce) and its update socket are added.
 */
export function contentSecurityPolicy(dev?: DevRenderer): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
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

/** Headers sent with every app response, in both shells (and by Vite's dev server under `npm run dev`). */
export function securityHeaders(dev?: DevRenderer): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(dev),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
    'Cache-Control': 'no-store',
  };
}
