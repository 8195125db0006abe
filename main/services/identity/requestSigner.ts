import { createHash, createHmac, randomBytes } from 'node:crypto';
import { canonicalRequest, signatureHeaders } from '../../../common/identityApi/signing';

export interface KioskCredentials {
  kioskId: string;
  secret: string;
}

/** The four authentication headers for one request; a fresh nonce every time, so retries are new requests. */
export function signRequest(credentials: KioskCredentials, method: string, pathWithQuery: string, body: Uint8Array, now: number): Record<string, string> {
  const timestamp = String(now);
  const nonce = randomBytes(18).toString('base64url');
  const bodyHash = createHash('sha256').update(body).digest('hex');
  const signature = createHmac('sha256', credentials.secret)
    .update(canonicalRequest(method, pathWithQuery, timestamp, nonce, bodyHash))
    .digest('base64');
  return {
    [signatureHeaders.kioskId]: credentials.kioskId,
    [signatureHeaders.timestamp]: timestamp,
    [signatureHeaders.nonce]: nonce,
    [signatureHeaders.signature]: signature,
  };
}
