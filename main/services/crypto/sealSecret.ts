import { constants, createCipheriv, publicEncrypt, randomBytes } from 'node:crypto';
import { DEFAULT_SEAL_SCHEME, sealAadText, type SealedSecret } from '../../../common/identityApi/sealedSecret';

export interface SealingKey {
  keyId: string;
  publicKeyPem: string;
}

/**
 * Seals a secret (a password) to the identity server's public key with the default scheme:
 * AES-256-GCM under a fresh key, that key wrapped with RSA-OAEP (SHA-256). Only the server can open
 * it, so the secret is never readable in the kiosk's queue, logs or any proxy.
 */
export function sealSecret(plaintext: string, key: SealingKey): SealedSecret {
  const contentKey = randomBytes(32);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', contentKey, iv);
  cipher.setAAD(Buffer.from(sealAadText(DEFAULT_SEAL_SCHEME, key.keyId), 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const encryptedKey = publicEncrypt({ key: key.publicKeyPem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, contentKey);
  contentKey.fill(0);
  return {
    scheme: DEFAULT_SEAL_SCHEME,
    keyId: key.keyId,
    encryptedKey: encryptedKey.toString('base64'),
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}
