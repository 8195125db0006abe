import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAssetResolver } from '../appAssets/assetResolver';
import { securityHeaders } from '../appAssets/contentSecurityPolicy';
import type { DevRenderer } from '../appAssets/devRenderer';
import type { Dispatch } from '../bridge/callDispatcher';
import type { EventHub } from '../bridge/eventHub';
import type { Logger } from '../services/log/logger';
import { attachWsBridge } from './wsBridge';

export interface AppServerOptions {
  rendererDir: string;
  port: number;
  dispatch: Dispatch;
  events: EventHub;
  log: Logger;
  /** Under `npm run dev` only: the bridge also admits the page Vite's dev server serves. */
  devRenderer?: DevRenderer;
}

export interface AppServer {
  /** The page to open, carrying this launch's bridge token. */
  readonly url: string;
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves the built renderer on 127.0.0.1 with the kiosk's CSP, plus the WebSocket bridge. */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const token = randomBytes(24).toString('hex');
  const resolve = createAssetResolver(options.rendererDir);
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    void resolve(new URL(req.url ?? '/', 'http://127.0.0.1').pathname).then((asset) => {
      if (!asset) {
        res.writeHead(404, securityHeaders()).end();
        return;
      }
      res.writeHead(200, { ...securityHeaders(), 'Content-Type': asset.contentType, 'Content-Length': asset.body.length });
      res.end(req.method === 'HEAD' ? undefined : asset.body);
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const bridge = attachWsBridge(server, {
    token,
    allowedOrigin: origin,
    devRenderer: options.devRenderer,
    dispatch: options.dispatch,
    events: options.events,
    log: options.log,
  });
  return {
    origin,
    url: `${origin}/?bridge=${token}`,
    close: () =>
      new Promise<void>((ok) => {
        bridge.close();
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
