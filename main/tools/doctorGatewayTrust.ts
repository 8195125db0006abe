import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { connect, type PeerCertificate } from 'node:tls';
import type { LoadedHallConfig } from '../services/config/loadHallConfig';
import { loadGatewayTrust, parsePemBundle, spkiPin, type GatewayTrust } from '../services/identity';
import { checkPinnedIdentity } from '../services/identity/gatewayTrust';

type Status = 'PASS' | 'WARN' | 'FAIL';
interface TrustResult {
  status: Status;
  detail: string;
}
const result = (status: Status, detail: string): TrustResult => ({ status, detail });

const describeCert = (c: X509Certificate) => `${c.subject.replace(/\n/g, ', ')} (until ${new Date(c.validTo).toISOString().slice(0, 10)})`;

/** What the handshake showed: the chain as the gateway sent it, or why it was refused. */
function handshake(url: URL, trust: GatewayTrust, timeoutMs: number): Promise<{ chain: X509Certificate[] } | { error: string }> {
  return new Promise((resolve) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const socket = connect({
      host,
      port: Number(url.port || 443),
      ...(isIP(host) ? {} : { servername: host }),
      ...(trust.ca !== undefined ? { ca: trust.ca } : {}),
      ...(trust.pinnedKeys?.length ? { checkServerIdentity: checkPinnedIdentity(trust.pinnedKeys) } : {}),
      timeout: timeoutMs,
    });
    const done = (value: { chain: X509Certificate[] } | { error: string }) => {
      socket.destroy();
      resolve(value);
    };
    socket.once('secureConnect', () => {
      const chain: X509Certificate[] = [];
      let cert: PeerCertificate | undefined = socket.getPeerCertificate(true);
      while (cert?.raw && chain.length < 10) {
        chain.push(new X509Certificate(cert.raw));
        const issuer: PeerCertificate | undefined = (cert as PeerCertificate & { issuerCertificate?: PeerCertificate }).issuerCertificate;
        cert = issuer === cert ? undefined : issuer;
      }
      done({ chain });
    });
    socket.once('timeout', () => done({ error: `no TLS handshake within ${timeoutMs} ms` }));
    socket.once('error', (error: NodeJS.ErrnoException) => done({ error: `${error.code ?? 'error'}: ${error.message}` }));
  });
}

/**
 * The gateway's certificate chain against what the hall config trusts (`identityApi.caFile`,
 * `identityApi.pinnedKeys`): the bundle parses and is in date, the handshake verifies, and the
 * leaf's key pin is printed so IT can copy it into the config.
 */
export async function checkGatewayTrust(loaded: LoadedHallConfig, timeoutMs = 10_000): Promise<TrustResult> {
  const { config } = loaded;
  const { baseUrl, caFile, pinnedKeys } = config.identityApi;
  if (baseUrl === 'embedded') return result('PASS', 'embedded reference server on loopback: no TLS');
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:') return result(config.mode === 'production' ? 'FAIL' : 'WARN', `${baseUrl} is plain HTTP: nothing is verified`);
  let trust: GatewayTrust;
  const notes: string[] = [];
  try {
    trust = loadGatewayTrust(config.identityApi, loaded.baseDir);
  } catch (error) {
    return result('FAIL', `identityApi.caFile ${caFile ?? ''}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (trust.ca !== undefined) {
    const bundle = parsePemBundle(trust.ca);
    const now = Date.now();
    const current = bundle.filter((c) => Date.parse(c.validFrom) <= now && now <= Date.parse(c.validTo));
    if (current.length === 0)
      return result('FAIL', `identityApi.caFile ${caFile ?? ''}: every certificate is out of date (${bundle.map(describeCert).join('; ')})`);
    notes.push(`caFile: ${bundle.length} CA certificate(s), ${bundle.length - current.length} out of date`);
  } else {
    notes.push("no caFile: Node's built-in CA list");
  }
  if (pinnedKeys?.length) notes.push(`${pinnedKeys.length} pinned key(s)`);
  const shake = await handshake(url, trust, timeoutMs);
  if ('error' in shake) {
    const hint = trust.ca === undefined ? '; a gateway signed by a province CA needs identityApi.caFile' : '';
    return result('FAIL', `${url.host}: chain refused — ${shake.error}${hint} (${notes.join(', ')})`);
  }
  const [leaf] = shake.chain;
  const chain = shake.chain.map(describeCert).join(' ← ');
  const detail = `${url.host}: chain verified: ${chain}; leaf key pin ${leaf ? spkiPin(leaf) : '?'} (${notes.join(', ')})`;
  const unpinned = trust.ca === undefined && !pinnedKeys?.length;
  if (unpinned && config.mode === 'production') return result('WARN', `${detail}; neither caFile nor pinnedKeys is set, so any CA Node trusts could stand in`);
  return result('PASS', detail);
}
