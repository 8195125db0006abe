import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { KioskError } from '../../../common/errors';
import type { Logger } from '../log/logger';
import { writeFileDurably } from './durableFile';
import { dataKeyLength, type KeyProvider } from './keyProvider';

/** The part of Electron's `safeStorage` this provider uses; main/electron passes the real object. */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>;
  getSelectedStorageBackend(): string;
}

export interface SafeStorageKeyProviderOptions {
  safeStorage: SafeStorageLike;
  /** Where the OS-wrapped data key is kept. */
  wrappedKeyPath: string;
  logger: Logger;
  platform?: NodeJS.Platform;
}

/**
 * Packaged-app key provider: a random data key wrapped by the OS key store (DPAPI, Keychain,
 * libsecret/kwallet). On Linux without a secret service Electron falls back to `basic_text`, a
 * hard-coded password; that is refused rather than passed off as protection.
 */
export class SafeStorageKeyProvider implements KeyProvider {
  readonly kind = 'safe-storage';
  #key: Promise<Buffer> | undefined;

  constructor(private readonly options: SafeStorageKeyProviderOptions) {}

  getDataKey(): Promise<Buffer> {
    this.#key ??= this.#load();
    // A failed load is retried on the next call (the key ring may unlock later).
    this.#key.catch(() => (this.#key = undefined));
    return this.#key;
  }

  async #load(): Promise<Buffer> {
    const { safeStorage, wrappedKeyPath, logger } = this.options;
    if ((this.options.platform ?? process.platform) === 'linux') {
      const backend = safeStorage.getSelectedStorageBackend();
      if (backend === 'basic_text' || backend === 'unknown') {
        throw new KioskError('crypto.no_secure_storage', `OS key storage unavailable (backend: ${backend}); refusing to store personal data`);
      }
    }
    if (!(await safeStorage.isAsyncEncryptionAvailable())) {
      throw new KioskError('crypto.no_secure_storage', 'OS key storage is not available');
    }
    let wrapped: Buffer;
    try {
      wrapped = readFileSync(wrappedKeyPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const key = randomBytes(dataKeyLength);
      mkdirSync(dirname(wrappedKeyPath), { recursive: true, mode: 0o700 });
      writeFileDurably(wrappedKeyPath, await safeStorage.encryptStringAsync(key.toString('base64')), 0o600);
      logger.info('created a new data key wrapped by OS key storage');
      return key;
    }
    const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(wrapped);
    const key = Buffer.from(result, 'base64');
    if (key.length !== dataKeyLength) throw new KioskError('crypto.bad_key_file', 'wrapped data key has the wrong length');
    if (shouldReEncrypt) {
      writeFileDurably(wrappedKeyPath, await safeStorage.encryptStringAsync(result), 0o600);
      logger.info('re-wrapped the data key after an OS key rotation');
    }
    return key;
  }
}
