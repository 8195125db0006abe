import { z } from 'zod';
import { op } from './operation';

/** The default scheme: a random AES-256-GCM key wrapped with RSA-OAEP (SHA-256) to the server key. */
export const DEFAULT_SEAL_SCHEME = 'RSA-OAEP-256+A256GCM';

/**
 * A secret (password) sealed to the server's public key. The scheme is named so that a province
 * can plug another pair (e.g. SM2+SM4) without changing the payload's shape. Fields are base64.
 */
export const sealedSecretSchema = z.object({
  scheme: z.string().min(1).max(40),
  keyId: z.string().min(1).max(64),
  encryptedKey: z.string().min(1).max(2048),
  iv: z.string().min(1).max(64),
  ciphertext: z.string().min(1).max(1024),
  tag: z.string().min(1).max(64),
});
export type SealedSecret = z.infer<typeof sealedSecretSchema>;

export const serverKeySchema = z.object({
  keyId: z.string(),
  schemes: z.array(z.string()).min(1),
  publicKeyPem: z.string(),
  province: z.string(),
});
export type ServerKey = z.infer<typeof serverKeySchema>;

/** Additional authenticated data (UTF-8) of the AES-GCM part: binds the ciphertext to its scheme and key. */
export function sealAadText(scheme: string, keyId: string): string {
  return `${scheme}|${keyId}`;
}

export const sealedSecretOperations = {
  getServerKey: op({
    method: 'GET',
    path: '/v1/server-key',
    summary: 'Public key and schemes for sealing secrets',
    kind: 'read',
    request: undefined,
    response: serverKeySchema,
    status: 200,
    errors: [],
  }),
};
