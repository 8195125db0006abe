import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentityApiServer, type IdentityApiServer } from '../../../../../identity-api/server';
import { createIdentityClient, isIdentityApiError, loadGatewayTrust, spkiPin, type GatewayTrust } from '../../../../../main/services/identity';
import { startGatewayProxy, type GatewayProxy } from '../../../../support/identity/gatewayProxy';
import { makePrivateCa, type PrivateCa } from '../../../../support/identity/privateCa';
import { identityKiosk } from '../../../../support/outbox/campaignItems';

let dir: string;
let upstream: IdentityApiServer;
let gateway: GatewayProxy;
let province: PrivateCa;
let other: PrivateCa;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gateway-trust-'));
  mkdirSync(join(dir, 'province'));
  mkdirSync(join(dir, 'other'));
  province = makePrivateCa(join(dir, 'province'));
  other = makePrivateCa(join(dir, 'other'), 'Some Other CA');
  upstream = await createIdentityApiServer({
    dbPath: join(dir, 'identity.sqlite'),
    kiosks: { [identityKiosk.kioskId]: identityKiosk.secret },
    passwordCost: 1024,
  });
  // The province's gateway: TLS with a certificate of the province's private CA, in front of the reference API.
  gateway = await startGatewayProxy(upstream.url, undefined, { key: province.key, cert: province.cert });
});

afterAll(async () => {
  await gateway.close();
  await upstream.close();
  rmSync(dir, { recursive: true, force: true });
});

const clientWith = (trust: GatewayTrust, baseUrl = gateway.url) => createIdentityClient({ baseUrl, ...identityKiosk, timeoutMs: 5000, trust });

async function codeOf(call: Promise<unknown>): Promise<string> {
  return call.then(
    () => 'accepted',
    (error: unknown) => (isIdentityApiError(error) ? error.code : String(error)),
  );
}

describe('TLS to the gateway with a private CA', () => {
  it('is refused without caFile: Node’s built-in CAs do not know the province CA', async () => {
    expect(await codeOf(clientWith({}).getServerKey())).toBe('IDENTITY_API_TLS_UNTRUSTED');
  });

  it('is accepted with the CA from the hall config’s caFile, and the password-sealing key comes over it', async () => {
    const client = clientWith(loadGatewayTrust({ caFile: 'province/ca.pem' }, dir));
    expect(await codeOf(client.getServerKey())).toBe('accepted');
    const sealed = await client.seal('Kiosk-Pass-2025');
    expect(sealed.ciphertext.length).toBeGreaterThan(0);
  });

  it('is refused with another CA’s bundle: caFile replaces, not adds to, what is trusted', async () => {
    expect(await codeOf(clientWith(loadGatewayTrust({ caFile: other.caFile }, dir)).getServerKey())).toBe('IDENTITY_API_TLS_UNTRUSTED');
  });

  it('still checks the host name against the certificate', async () => {
    const byName = gateway.url.replace('127.0.0.1', 'localhost');
    expect(await codeOf(clientWith({ ca: province.caPem }, byName).getServerKey())).toBe('IDENTITY_API_TLS_UNTRUSTED');
  });
});

describe('pinned gateway keys', () => {
  const caPin = () => spkiPin(new X509Certificate(province.caPem));
  const leafPin = () => spkiPin(new X509Certificate(province.cert));

  it('accepts a chain carrying a pinned key (the CA’s or the gateway’s own)', async () => {
    expect(await codeOf(clientWith({ ca: province.caPem, pinnedKeys: [caPin()] }).getServerKey())).toBe('accepted');
    expect(await codeOf(clientWith({ ca: province.caPem, pinnedKeys: [leafPin()] }).getServerKey())).toBe('accepted');
  });

  it('refuses a trusted chain without a pinned key, for the sealing key fetch too', async () => {
    const client = clientWith({ ca: province.caPem, pinnedKeys: [spkiPin(new X509Certificate(other.caPem))] });
    expect(await codeOf(client.getServerKey())).toBe('IDENTITY_API_TLS_UNTRUSTED');
    expect(await codeOf(client.seal('Kiosk-Pass-2025'))).toBe('IDENTITY_API_TLS_UNTRUSTED');
  });

  it('refuses a caFile without a certificate in it', () => {
    expect(() => loadGatewayTrust({ caFile: 'province/gateway.key' }, dir)).toThrow(/no PEM certificate/);
  });
});
