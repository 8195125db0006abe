/** Header names of the kiosk authentication; the same on both sides. */
export const signatureHeaders = {
  kioskId: 'x-kiosk-id',
  timestamp: 'x-kiosk-timestamp',
  nonce: 'x-kiosk-nonce',
  signature: 'x-kiosk-signature',
} as const;

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const UPLOAD_OFFSET_HEADER = 'upload-offset';
export const UPLOAD_LENGTH_HEADER = 'upload-length';

/** A request older or newer than this is refused, and nonces are remembered this long. */
export const SIGNATURE_WINDOW_MS = 5 * 60_000;

/**
 * The string a kiosk signs with HMAC-SHA256: method, path with query (starting at /v1), timestamp
 * (ms since epoch), nonce and the hex SHA-256 of the body bytes, one per line.
 */
export function canonicalRequest(method: string, pathWithQuery: string, timestamp: string, nonce: string, bodySha256Hex: string): string {
  return [method.toUpperCase(), pathWithQuery, timestamp, nonce, bodySha256Hex].join('\n');
}
