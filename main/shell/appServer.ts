import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAssetResolver } from '../appAssets/assetResolver';
import { securityHeaders } from '../appAssets/contentSecurityPolicy';
import type { StartupHint } from '../../common/contract/startupHint';
import type { DevRenderer } from '../appAssets/devRenderer';
import type { Dispatch } from '../bridge/callDispatcher';
import type { EventHub } from '../bridge/eventHub';
import { createRepeatLimitedWarn } from '../bridge/repeatLimitedLog';
import type { Logger } from '../services/log/logger';
import { BridgeSession } from './bridgeSession';
import { attachWsBridge } from './wsBridge';

export interface AppServerOptions {
  rendererDir: string;
  port: number;
  dispatch: Dispatch;
  events: EventHub;
  log: Logger;
  /** What index.html carries for the attract screen. */
  startupHint?: () => StartupHint;
  /** Under `npm run dev` only: the bridge also admits the page Vite's dev server serves. */
  devRenderer?: DevRenderer;
  limits?: Partial<AppServerLimits>;
}

/**
 * Bounds on what a local client can hold: a request must arrive whole within a deadline (a client
 * trickling a byte at a time is cut off, however steadily it sends), and connections are capped.
 */
export interface AppServerLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  maxConnections: number;
}

export const defaultAppServerLimits: AppServerLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 15_000, maxConnections: 32 };

export interface AppServer {
  readonly origin: string;
  /**
   * The address to open the kiosk page at, with a fresh one-time launch code: the first load
   * exchanges it for the bridge session cookie and lands on the page without it.
   */
  launchUrl(): string;
  /** The session cookie, for the kiosk browser main starts itself (never put in a URL). */
  browserCookie(): { name: string; value: string };
  close(): Promise<void>;
}

/** Serves the built renderer on 127.0.0.1 with the kiosk's CSP, plus the WebSocket bridge. */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const session = new BridgeSession();
  const resolve = createAssetResolver(options.rendererDir, { startupHint: options.startupHint });
  const limits = { ...defaultAppServerLimits, ...options.limits };
  const warn = createRepeatLimitedWarn(options.log);
  const server: Server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // How often Node looks for requests over their deadline; a fraction of the shortest one.
      connectionsCheckingInterval: Math.max(100, Math.floor(limits.headersTimeoutMs / 4)),
      keepAliveTimeout: 5_000,
    },
    (req, res) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { ...securityHeaders(options.devRenderer), Allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const code = url.searchParams.get('launch');
      if (code !== null) {
        // Spent or not, the code leaves the address bar at once; only a valid one brings the cookie.
        const cookie = session.redeem(code);
        if (!cookie) warn('launch code refused', { reason: 'unknown, spent or expired' });
        const landing = options.devRenderer ? `${options.devRenderer.origin}/` : '/';
        res.writeHead(303, { ...securityHeaders(options.devRenderer), Location: landing, ...(cookie ? { 'Set-Cookie': cookie } : {}) }).end();
        return;
      }
      void resolve(url.pathname).then((asset) => {
        if (!asset) {
          res.writeHead(404, securityHeaders()).end();
          return;
        }
        res.writeHead(200, { ...securityHeaders(undefined, url.pathname), 'Content-Type': asset.contentType, 'Content-Length': asset.body.length });
        res.end(req.method === 'HEAD' ? undefined : asset.body);
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  // A connection that sends nothing at all is dropped too; `ws` lifts this on the bridge socket.
  server.setTimeout(limits.headersTimeoutMs, (socket) => socket.destroy());
  server.on('drop', () => warn('app server connection refused', { reason: 'connection cap', maxConnections: limits.maxConnections }));
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const bridge = attachWsBridge(server, {
    session,
    allowedOrigin: origin,
    devRenderer: options.devRenderer,
    dispatch: options.dispatch,
    events: options.events,
    log: options.log,
  });
  return {
    origin,
    launchUrl: () => `${origin}/?launch=${session.issueCode()}`,
    browserCookie: () => session.browserCookie(),
    close: () =>
      new Promise<void>((ok) => {
        bridge.close();
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
