import { createServer as createHttpServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

/** What a hostile rule answers instead of the upstream; undefined forwards the request. */
export type ProxyAnswer = { status: number; headers?: Record<string, string>; body?: unknown } | undefined;
export type ProxyRule = (req: IncomingMessage, body: Buffer) => ProxyAnswer;

export interface GatewayProxy {
  url: string;
  /** Every request seen, as "METHOD /path". */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A gateway in front of the reference identity API: forwards everything, except what `rule`
 * answers itself (a broken or hostile gateway). With `tls` it serves HTTPS with that key and chain.
 */
export async function startGatewayProxy(upstream: string, rule: ProxyRule = () => undefined, tls?: { key: string; cert: string }): Promise<GatewayProxy> {
  const target = new URL(upstream);
  const requests: string[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push(`${req.method} ${req.url}`);
      const answer = rule(req, body);
      if (answer) {
        const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
        res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
        res.end(req.method === 'HEAD' ? undefined : text);
        return;
      }
      const forwarded = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
        (upstreamRes) => {
          res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
          upstreamRes.pipe(res);
        },
      );
      forwarded.on('error', () => res.destroy());
      forwarded.end(body);
    });
  };
  const server: Server = tls ? createHttpsServer({ key: tls.key, cert: tls.cert }, handle) : createHttpServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
