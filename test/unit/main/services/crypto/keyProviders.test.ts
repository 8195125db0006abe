import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeyFileProvider } from '../../../../../main/services/crypto/keyFileProvider';
import { SafeStorageKeyProvider, type SafeStorageLike } from '../../../../../main/services/crypto/safeStorageKeyProvider';
import { silentLogger, type Logger } from '../../../../../main/services/log/logger';
import { tempDir } from '../../../../support/outbox/testOutbox';

const dirs: Array<{ remove(): void }> = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
const newDir = (): string => {
  const dir = tempDir('keys-');
  dirs.push(dir);
  return dir.path;
};
const spyLogger = () => {
  const warn = vi.fn<Logger['warn']>();
  return { logger: { ...silentLogger, warn } satisfies Logger, warn };
};

describe('KeyFileProvider', () => {
  it('creates a 0600 key file once, reuses it, and warns loudly', async () => {
    const path = join(newDir(), 'data.key');
    const { logger, warn } = spyLogger();
    const key = await new KeyFileProvider(path, logger).getDataKey();
    expect(key.length).toBe(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await new KeyFileProvider(path, silentLogger).getDataKey()).toEqual(key);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('PLAIN FILE'), expect.anything());
  });

  it('tightens a key file others can read and rejects a malformed one', async () => {
    const path = join(newDir(), 'data.key');
    await new KeyFileProvider(path, silentLogger).getDataKey();
    chmodSync(path, 0o644);
    await new KeyFileProvider(path, silentLogger).getDataKey();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    writeFileSync(path, 'c2hvcnQ=');
    await expect(new KeyFileProvider(path, silentLogger).getDataKey()).rejects.toMatchObject({ code: 'crypto.bad_key_file' });
  });
});

/** Stands in for Electron's safeStorage: "encrypts" by XOR so the file never holds the key as-is. */
function fakeSafeStorage(backend = 'gnome_libsecret', available = true): SafeStorageLike & { reEncrypt: boolean } {
  const flip = (b: Buffer): Buffer => Buffer.from(b.map((x) => x ^ 0xa5));
  return {
    reEncrypt: false,
    isAsyncEncryptionAvailable: async () => available,
    encryptStringAsync: async (text) => flip(Buffer.from(text)),
    async decryptStringAsync(encrypted) {
      return { result: flip(encrypted).toString(), shouldReEncrypt: this.reEncrypt };
    },
    getSelectedStorageBackend: () => backend,
  };
}

describe('SafeStorageKeyProvider', () => {
  it('wraps a new key with the OS store and unwraps the same key later', async () => {
    const wrappedKeyPath = join(newDir(), 'data-key.safe');
    const safeStorage = fakeSafeStorage();
    const key = await new SafeStorageKeyProvider({ safeStorage, wrappedKeyPath, logger: silentLogger, platform: 'linux' }).getDataKey();
    expect(key.length).toBe(32);
    expect(readFileSync(wrappedKeyPath).includes(Buffer.from(key.toString('base64')))).toBe(false);
    safeStorage.reEncrypt = true;
    const again = new SafeStorageKeyProvider({ safeStorage, wrappedKeyPath, logger: silentLogger, platform: 'linux' });
    expect(await again.getDataKey()).toEqual(key);
  });

  it("refuses Linux's plain-text fallback and an unavailable store", async () => {
    const wrappedKeyPath = join(newDir(), 'data-key.safe');
    const basic = new SafeStorageKeyProvider({ safeStorage: fakeSafeStorage('basic_text'), wrappedKeyPath, logger: silentLogger, platform: 'linux' });
    await expect(basic.getDataKey()).rejects.toMatchObject({ code: 'crypto.no_secure_storage' });
    const off = new SafeStorageKeyProvider({ safeStorage: fakeSafeStorage('unknown', false), wrappedKeyPath, logger: silentLogger, platform: 'win32' });
    await expect(off.getDataKey()).rejects.toMatchObject({ code: 'crypto.no_secure_storage' });
  });
});
