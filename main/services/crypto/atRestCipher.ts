import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { KioskError } from '../../../common/errors';
import { dataKeyLength } from './keyProvider';

const formatVersion = 1;
const nonceLength = 12;
const tagLength = 16;
const headerLength = 1 + nonceLength;

/**
 * AES-256-GCM for values stored in SQLite. Each value gets a fresh random nonce, and the row's
 * identity is bound as associated data so a ciphertext copied onto another row fails to decrypt.
 * Layout: version (1) | nonce (12) | ciphertext | tag (16).
 */
export class AtRestCipher {
  readonly #key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== dataKeyLength) throw new KioskError('crypto.bad_key', `data key must be ${dataKeyLength} bytes`);
    this.#key = Buffer.from(key);
  }

  encrypt(plaintext: Buffer, associatedData: string): Buffer {
    const nonce = randomBytes(nonceLength);
    const cipher = createCipheriv('aes-256-gcm', this.#key, nonce, { authTagLength: tagLength });
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([Buffer.of(formatVersion), nonce, body, cipher.getAuthTag()]);
  }

  decrypt(sealed: Buffer, associatedData: string): Buffer {
    if (sealed.length < headerLength + tagLength || sealed[0] !== formatVersion) {
      throw new KioskError('crypto.bad_ciphertext', 'stored value is not in a known format');
    }
    const nonce = sealed.subarray(1, headerLength);
    const tag = sealed.subarray(sealed.length - tagLength);
    const decipher = createDecipheriv('aes-256-gcm', this.#key, nonce, { authTagLength: tagLength });
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(sealed.subarray(headerLength, sealed.length - tagLength)), decipher.final()]);
    } catch {
      throw new KioskError('crypto.decrypt_failed', 'stored value failed authentication (wrong key or row)');
    }
  }

  encryptJson(value: unknown, associatedData: string): Buffer {
    return this.encrypt(Buffer.from(JSON.stringify(value), 'utf8'), associatedData);
  }

  decryptJson(sealed: Buffer, associatedData: string): unknown {
    return JSON.parse(this.decrypt(sealed, associatedData).toString('utf8'));
  }
}
