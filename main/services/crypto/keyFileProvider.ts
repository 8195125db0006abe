import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { KioskError } from '../../../common/errors';
import type { Logger } from '../log/logger';
import { writeFileDurably } from './durableFile';
import { dataKeyLength, type KeyProvider } from './keyProvider';

/**
 * Browser-shell key provider: the data key lives in a 0600 file next to the data. Anyone who can
 * read the file can read the queue, so every use warns loudly; the packaged app uses safeStorage.
 */
export class KeyFileProvider implements KeyProvider {
  readonly kind = 'key-file';
  #key: Buffer | undefined;

  constructor(
    private readonly path: string,
    private readonly logger: Logger,
  ) {}

  async getDataKey(): Promise<Buffer> {
    if (this.#key) return this.#key;
    this.logger.warn(
      'DATA KEY IS IN A PLAIN FILE: personal data at rest is only as safe as this file; use the packaged app with OS key storage in production',
      { keyFile: this.path },
    );
    this.#key = this.#readOrCreate();
    return this.#key;
  }

  #readOrCreate(): Buffer {
    let raw: Buffer;
    try {
      raw = readFileSync(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return this.#create();
    }
    if (process.platform !== 'win32' && (statSync(this.path).mode & 0o077) !== 0) {
      // Tightened rather than refused: the kiosk must start, and the warning above already fires.
      this.logger.warn('key file was readable by others; permissions reset to 0600', { keyFile: this.path });
      chmodSync(this.path, 0o600);
    }
    const key = Buffer.from(raw.toString('utf8').trim(), 'base64');
    if (key.length !== dataKeyLength) throw new KioskError('crypto.bad_key_file', 'key file does not hold a 32-byte key');
    return key;
  }

  #create(): Buffer {
    mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
    const key = randomBytes(dataKeyLength);
    writeFileDurably(this.path, key.toString('base64'), 0o600);
    return key;
  }
}
