import { constants, createDecipheriv, createHash, generateKeyPairSync, privateDecrypt } from 'node:crypto';
import { apiErrorCodes } from '../common/identityApi/apiError';
import { DEFAULT_SEAL_SCHEME, sealAadText, type SealedSecret } from '../common/identityApi/sealedSecret';
import { ApiError } from './apiError';

export interface ServerKeyPair {
  keyId: string;
  publicKeyPem: string;
  privateKeyPem: string;
}

export function generateServerKeyPair(): ServerKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const keyId = 'k-' + createHash('sha256').update(publicKey).digest('hex').slice(0, 16);
  return { keyId, publicKeyPem: publicKey, privateKeyPem: privateKey };
}

/** Opens a sealed secret; `field` names the request field so a refusal points at it. */
export function openSealedSecret(sealed: SealedSecret, key: ServerKeyPair, field: string): string {
  if (sealed.scheme !== DEFAULT_SEAL_SCHEME) throw new ApiError(422, apiErrorCodes.sealUnsupported, `scheme ${sealed.scheme} is not supported`, field);
  if (sealed.keyId !== key.keyId) throw new ApiError(422, apiErrorCodes.sealInvalid, 'sealed to an unknown key', field);
  try {
    const contentKey = privateDecrypt(
      { key: key.privateKeyPem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
      Buffer.from(sealed.encryptedKey, 'base64'),
    );
    const decipher = createDecipheriv('aes-256-gcm', contentKey, Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(Buffer.from(sealAadText(sealed.scheme, sealed.keyId), 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const plaintext = Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]).toString('utf8');
    contentKey.fill(0);
    return plaintext;
  } catch {
    throw new ApiError(422, apiErrorCodes.sealInvalid, 'sealed secret cannot be opened', field);
  }
}
