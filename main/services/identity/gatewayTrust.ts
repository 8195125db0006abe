import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import path from 'node:path';
import { checkServerIdentity, type PeerCertificate } from 'node:tls';

/**
 * What the kiosk trusts when it talks TLS to the gateway. With `ca` set only those CAs are trusted
 * (Node's built-in list and the OS store are not consulted); with `pinnedKeys` one certificate of
 * the chain must carry one of the pinned public keys. Neither set: Node's built-in CA list.
 */
export interface GatewayTrust {
  /** PEM bundle of the CAs that may sign the gateway's certificate. */
  ca?: string;
  /** base64 SHA-256 of a SubjectPublicKeyInfo (DER), as `openssl … | openssl dgst -sha256 -binary | base64` prints it. */
  pinnedKeys?: readonly string[];
}

/** The error code a pin mismatch carries, so the client can name it. */
export const KEY_NOT_PINNED = 'ERR_GATEWAY_KEY_NOT_PINNED';

/** base64 SHA-256 of a certificate's public key (SPKI, DER; a peer certificate's own `pubkey` is the bare key for EC). */
export function spkiPin(cert: X509Certificate | PeerCertificate): string {
  const x509 = cert instanceof X509Certificate ? cert : new X509Certificate(cert.raw);
  return createHash('sha256')
    .update(x509.publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64');
}

/** The peer's certificate and its issuers, as far as the handshake gave them (a self-issued root ends it). */
function chainOf(leaf: PeerCertificate): PeerCertificate[] {
  const chain: PeerCertificate[] = [];
  let cert: PeerCertificate | undefined = leaf;
  while (cert && !chain.includes(cert) && chain.length < 10) {
    chain.push(cert);
    const issuer: PeerCertificate | undefined = (cert as PeerCertificate & { issuerCertificate?: PeerCertificate }).issuerCertificate;
    cert = issuer === cert ? undefined : issuer;
  }
  return chain;
}

/** Node's host name check, then the pin check over the whole chain. */
export function checkPinnedIdentity(pins: readonly string[]) {
  return (host: string, cert: PeerCertificate): Error | undefined => {
    const hostError = checkServerIdentity(host, cert);
    if (hostError) return hostError;
    if (chainOf(cert).some((c) => pins.includes(spkiPin(c)))) return undefined;
    return Object.assign(new Error(`no certificate in the gateway's chain has a pinned key (leaf key ${spkiPin(cert)})`), { code: KEY_NOT_PINNED });
  };
}

/** The agent every request to the gateway goes through; undefined keeps Node's defaults (plain HTTP, demo). */
export function gatewayAgent(trust: GatewayTrust): Agent | undefined {
  if (trust.ca === undefined && !trust.pinnedKeys?.length) return undefined;
  return new Agent({
    keepAlive: true,
    ...(trust.ca !== undefined ? { ca: trust.ca } : {}),
    ...(trust.pinnedKeys?.length ? { checkServerIdentity: checkPinnedIdentity(trust.pinnedKeys) } : {}),
  });
}

/** The certificates of a PEM bundle; throws when the file holds none or one cannot be parsed. */
export function parsePemBundle(pem: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new Error('no PEM certificate in the file');
  return blocks.map((block) => new X509Certificate(block));
}

/** Reads the hall config's trust settings (`caFile` relative to the config's folder). */
export function loadGatewayTrust(identityApi: { caFile?: string; pinnedKeys?: readonly string[] }, baseDir: string): GatewayTrust {
  const trust: GatewayTrust = {};
  if (identityApi.caFile) {
    trust.ca = readFileSync(path.resolve(baseDir, identityApi.caFile), 'utf8');
    parsePemBundle(trust.ca);
  }
  if (identityApi.pinnedKeys?.length) trust.pinnedKeys = identityApi.pinnedKeys;
  return trust;
}
