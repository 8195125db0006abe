import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseIdNumber } from '../../../common/domain/idNumber';
import { parseUscc } from '../../../common/domain/uscc';
import { openDatabase } from '../../../identity-api/database';
import { IdempotencyStore } from '../../../identity-api/http/idempotency';
import { openApiYaml } from '../../../identity-api/openapi';
import { generateServerKeyPair, openSealedSecret } from '../../../identity-api/sealedSecrets';
import { seedAccounts, seedPopulation, seedRegistry } from '../../../identity-api/seed';
import { sealSecret } from '../../../main/services/crypto/sealSecret';
import { openApiPath, startHarness } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'idapi-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('OpenAPI document', () => {
  it('in docs/ is the one built from the operation table (regenerate: npx tsx identity-api/writeOpenApi.ts)', () => {
    expect(readFileSync(openApiPath, 'utf8')).toBe(openApiYaml());
  });
});

describe('seed data', () => {
  it('passes the same domain checks as citizen input', () => {
    for (const person of seedPopulation) expect(parseIdNumber(person.idNumber).ok, person.idNumber).toBe(true);
    for (const entry of seedRegistry) expect(parseUscc(entry.uscc).ok, entry.uscc).toBe(true);
    for (const account of seedAccounts) if (account.uscc) expect(parseUscc(account.uscc).ok).toBe(true);
  });
});

describe('sealed secrets', () => {
  const key = generateServerKeyPair();

  it('opens what the kiosk sealed, and refuses tampering, other keys and unknown schemes', () => {
    const sealed = sealSecret('Kiosk#2025', key);
    expect(openSealedSecret(sealed, key, 'password')).toBe('Kiosk#2025');
    const flipped = Buffer.from(sealed.ciphertext, 'base64');
    flipped[0]! ^= 1;
    expect(() => openSealedSecret({ ...sealed, ciphertext: flipped.toString('base64') }, key, 'password')).toThrow(
      expect.objectContaining({ code: 'SEAL_INVALID', field: 'password' }),
    );
    expect(() => openSealedSecret({ ...sealed, keyId: 'k-other' }, key, 'password')).toThrow(expect.objectContaining({ code: 'SEAL_INVALID' }));
    expect(() => openSealedSecret({ ...sealed, scheme: 'SM2+SM4' }, key, 'password')).toThrow(expect.objectContaining({ code: 'SEAL_SCHEME_UNSUPPORTED' }));
  });
});

describe('idempotency store', () => {
  it('answers 409 while the first request is in flight and 422 for another body', () => {
    const db = openDatabase(join(dir, 'idem.sqlite'));
    const store = new IdempotencyStore(db);
    expect(store.begin('k1', 'key-1', 'hash-a')).toBeUndefined();
    expect(() => store.begin('k1', 'key-1', 'hash-a')).toThrow(expect.objectContaining({ status: 409, code: 'IDEMPOTENCY_IN_FLIGHT' }));
    expect(() => store.begin('k1', 'key-1', 'hash-b')).toThrow(expect.objectContaining({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' }));
    expect(store.begin('k2', 'key-1', 'hash-b')).toBeUndefined();
    store.record('k1', 'key-1', 'hash-a', { status: 201, body: { id: 1 } }, 0);
    store.end('k1', 'key-1');
    expect(store.begin('k1', 'key-1', 'hash-a')).toMatchObject({ status: 201, body: { id: 1 } });
    db.close();
  });
});

describe('database and restart', () => {
  it('opens with WAL and synchronous=FULL', () => {
    const db = openDatabase(join(dir, 'pragmas.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });

  it('keeps its key and data across a restart, and serves its OpenAPI document', async () => {
    const restartDir = mkdtempSync(join(tmpdir(), 'idapi-restart-'));
    const first = await startHarness({}, restartDir);
    const key = await first.client.getServerKey();
    const session = await first.client.createQrSession('jishiban', { idempotencyKey: 'qr-1' });
    await first.server.close();
    const second = await startHarness({}, restartDir);
    await expect(second.client.getServerKey()).resolves.toEqual(key);
    await expect(second.client.createQrSession('jishiban', { idempotencyKey: 'qr-1' })).resolves.toEqual(session);
    expect(await (await fetch(`${second.server.url}/v1/openapi.yaml`)).text()).toBe(openApiYaml());
    await second.close();
  });

  it('hides the dev endpoints unless started with the dev flag', async () => {
    const h = await startHarness({ dev: false });
    expect((await fetch(`${h.server.url}/dev/sms?phone=13800000001`)).status).toBe(404);
    await h.close();
  });
});

describe('province profile and rate limit', () => {
  it('enforces the Tibet profile: no account names, 6-15 character passwords, its own QR app', async () => {
    const h = await startHarness({ province: 'tibet' });
    const key = await h.client.getServerKey();
    expect(key.province).toBe('tibet');
    await expect(h.client.createQrSession('xizang-zhengwu')).resolves.toMatchObject({ appName: '西藏政务 APP' });
    h.advance(61_000);
    const challenge = await h.client.createSmsChallenge({ purpose: 'person_registration', target: { kind: 'phone', phone: '13600000050' } });
    await h.client.verifySmsChallenge(challenge.challengeId, h.server.outbox.latest('13600000050')!.code);
    const registered = await h.client.registerPerson({
      accountName: 'ignored',
      password: await h.client.seal('abc123'),
      identity: { name: '王小明', idType: 'resident_id', idNumber: '220102201306010034' },
      phone: '13600000050',
      smsChallengeId: challenge.challengeId,
      agreementVersion: '2024.1',
    });
    expect(registered).toMatchObject({ accountName: null, status: 'active' });
    await h.close();
  });

  it('answers 429 with Retry-After beyond the per-kiosk rate', async () => {
    const h = await startHarness({ rateLimitPerMinute: 2 });
    await h.client.getServerKey();
    await h.client.getServerKey();
    await expect(h.client.getServerKey()).rejects.toMatchObject({ kind: 'retryable', code: 'RATE_LIMITED', details: { retryAfterMs: 60_000 } });
    h.advance(60_000);
    await expect(h.client.getServerKey()).resolves.toBeDefined();
    await h.close();
  });
});
