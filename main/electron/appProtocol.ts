import type { Protocol } from 'electron';
import type { Asset } from '../appAssets/assetResolver';
import { securityHeaders } from '../appAssets/contentSecurityPolicy';
import { appHost, appScheme } from './appOrigin';

/** Must run before `app.ready`: makes `app://` a secure, standard origin that can fetch and stream media. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
  ]);
}

/** Serves the built renderer on `app://kiosk/` with the kiosk's CSP; any other host gets 404. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, resolve: (urlPath: string) => Promise<Asset | undefined>): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const asset = url.host === appHost && request.method === 'GET' ? await resolve(url.pathname) : undefined;
    if (!asset) return new Response(null, { status: 404, headers: securityHeaders() });
    return new Response(new Uint8Array(asset.body), {
      status: 200,
      headers: { ...securityHeaders(undefined, url.pathname), 'Content-Type': asset.contentType },
    });
  });
}
