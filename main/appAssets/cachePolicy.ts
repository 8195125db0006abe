/**
 * How long the kiosk's browser may keep a response. Vite names everything under `/assets/` by a hash
 * of its content, so a new build never reuses a name: those files are kept for good, which also lets
 * Chromium keep their compiled code (V8's code cache needs a cacheable response), so a restart or
 * reload skips parsing the attract screen's script. Everything else (index.html carries the hall's
 * startup hint; fonts, models and prompts keep their names across builds) is never stored.
 */
export function cacheControl(urlPath: string | undefined): string {
  return urlPath !== undefined && /^\/assets\/[\w.-]+-[\w-]{8}\.(?:js|css|wasm)$/.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-store';
}
