/**
 * How long the kiosk's browser may keep a response. Vite names everything under `/assets/` by a hash
 * of its content, so a new build never reuses a name: those files are kept for good, which also lets
 * Chromium keep their compiled code (V8's code cache needs a cacheable response) and its decoded
 * fonts, so a restart or reload neither parses the attract screen's script nor decodes its faces
 * again. Everything else (index.html carries the hall's startup hint; models and prompts keep their
 * names across builds) is never stored.
 */
export function cacheControl(urlPath: string | undefined): string {
  return urlPath !== undefined && /^\/assets\/[\w.-]+-[\w-]{8}\.(?:js|css|wasm|woff2|ttf)$/.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-store';
}
