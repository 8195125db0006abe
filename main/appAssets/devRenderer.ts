import { randomBytes } from 'node:crypto';
import type { HallConfig } from '../../common/config/hallConfig';

/**
 * What `npm run dev` relaxes so Vite's dev server can serve the renderer with hot reload: the page
 * comes from Vite's origin (the bridge admits it), Vite injects each style as a `<style>` tag
 * (allowed by a per-launch nonce) and keeps a socket to its own origin for updates.
 */
export interface DevRenderer {
  /** Vite's origin, e.g. `http://127.0.0.1:5173`. */
  readonly origin: string;
  /** The socket Vite pushes updates over. */
  readonly hmrSocket: string;
  readonly styleNonce: string;
}

export class DevRendererRefused extends Error {
  constructor(reason: string) {
    super(`The renderer dev server is refused: ${reason}`);
    this.name = 'DevRendererRefused';
  }
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost']);

/**
 * Grants the relaxations for a Vite origin on this machine, in demo mode only: a production kiosk
 * never serves its screens from a dev server, whatever else its config or environment says.
 */
export function grantDevRenderer(config: HallConfig, origin: string): DevRenderer {
  if (config.mode !== 'demo') throw new DevRendererRefused(`the hall config is in ${config.mode} mode; it is for demo mode only.`);
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new DevRendererRefused(`${origin} is not an origin.`);
  }
  if (url.protocol !== 'http:' || !loopbackHosts.has(url.hostname) || url.origin !== origin) {
    throw new DevRendererRefused(`${origin} is not an http origin on this machine (127.0.0.1 or localhost with a port).`);
  }
  return Object.freeze({ origin, hmrSocket: origin.replace(/^http/, 'ws'), styleNonce: randomBytes(18).toString('base64') });
}
