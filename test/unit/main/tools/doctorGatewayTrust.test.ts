import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultHallConfig } from '../../../../common/config/defaultHallConfig';
import type { HallConfig } from '../../../../common/config/hallConfig';
import { createIdentityApiServer, type IdentityApiServer } from '../../../../identity-api/server';
import type { LoadedHallConfig } from '../../../../main/services/config/loadHallConfig';
import { spkiPin } from '../../../../main/services/identity';
import { checkIdentityApi } from '../../../../main/tools/doctor';
import { startGatewayProxy, type GatewayProxy } from '../../../support/identity/gatewayProxy';
import { makePrivateCa, type PrivateCa } from '../../../support/identity/privateCa';

let dir: string;
let upstream: IdentityApiServer;
let gateway: GatewayProxy;
let ca: PrivateCa;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'doctor-tls-'));
  mkdirSync(path.join(dir, 'ca'));
  ca = makePrivateCa(path.join(dir, 'ca'));
  upstream = await createIdentityApiServer({ dbPath: path.join(dir, 'api.sqlite'), kiosks: { 'k-01': 'c2VjcmV0LXNlY3JldC1zZWNyZXQ' }, passwordCost: 1024 });
  gateway = await startGatewayProxy(upstream.url, undefined, { key: ca.key, cert: ca.cert });
  writeFileSync(path.join(dir, 'kiosk.secret'), 'c2VjcmV0LXNlY3JldC1zZWNyZXQ\n');
  writeFileSync(path.join(dir, 'empty.pem'), 'not a certificate\n');
});

afterAll(async () => {
  await gateway.close();
  await upstream.close();
  rmSync(dir, { recursive: true, force: true });
});

const loaded = (identityApi: Partial<HallConfig['identityApi']>, mode: HallConfig['mode'] = 'demo'): LoadedHallConfig => ({
  config: {
    ...structuredClone(defaultHallConfig),
    mode,
    kioskId: 'k-01',
    identityApi: { baseUrl: gateway.url, kioskSecretFile: 'kiosk.secret', timeoutMs: 3000, ...identityApi },
  },
  source: 'test',
  dataDir: dir,
  baseDir: dir,
  overrides: [],
});

describe('npm run doctor: the gateway’s TLS chain against the hall config', () => {
  it('fails without caFile and says to set it', async () => {
    expect(await checkIdentityApi(loaded({}))).toMatchObject({ status: 'FAIL', detail: expect.stringContaining('needs identityApi.caFile') });
  });

  it('passes with caFile, naming the chain and the leaf key pin to copy into pinnedKeys', async () => {
    const checked = await checkIdentityApi(loaded({ caFile: 'ca/ca.pem' }));
    expect(checked.status).toBe('PASS');
    expect(checked.detail).toContain('chain verified');
    expect(checked.detail).toContain('Test Province Gateway CA');
    expect(checked.detail).toContain(spkiPin(new X509Certificate(ca.cert)));
    expect(checked.detail).toContain('GET /v1/server-key answered');
  });

  it('fails on a pin the chain does not carry, and on a caFile without certificates', async () => {
    const wrongPin = Buffer.alloc(32, 7).toString('base64');
    expect(await checkIdentityApi(loaded({ caFile: 'ca/ca.pem', pinnedKeys: [wrongPin] }))).toMatchObject({
      status: 'FAIL',
      detail: expect.stringContaining('ERR_GATEWAY_KEY_NOT_PINNED'),
    });
    expect(await checkIdentityApi(loaded({ caFile: 'empty.pem' }))).toMatchObject({ status: 'FAIL', detail: expect.stringContaining('no PEM certificate') });
  });
});
