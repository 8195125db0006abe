import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { apiErrorCodes } from '../../common/identityApi/apiError';
import { SIGNATURE_WINDOW_MS, canonicalRequest, signatureHeaders } from '../../common/identityApi/signing';
import { ApiError } from '../apiError';
import type { Db } from '../database';

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const refuse = (code: string, message: string): ApiError => new ApiError(401, code, message);

/**
 * Checks the kiosk's HMAC-SHA256 signature over method, path, timestamp, nonce and body hash;
 * refuses stale timestamps and remembers nonces (in the database, so a restart does not reopen
 * the window) for as long as a timestamp stays acceptable. Returns the kiosk id.
 */
export function authenticate(
  db: Db,
  kiosks: Readonly<Record<string, string>>,
  method: string,
  pathWithQuery: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
  now: number,
): string {
  const kioskId = header(headers, signatureHeaders.kioskId);
  const timestamp = header(headers, signatureHeaders.timestamp);
  const nonce = header(headers, signatureHeaders.nonce);
  const signature = header(headers, signatureHeaders.signature);
  if (!kioskId || !timestamp || !nonce || !signature) throw refuse(apiErrorCodes.authMissing, 'request is not signed');
  const secret = kiosks[kioskId];
  if (secret === undefined) throw refuse(apiErrorCodes.authUnknownKiosk, 'unknown kiosk');
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(nonce)) throw refuse(apiErrorCodes.authBadSignature, 'malformed nonce');
  const bodyHash = createHash('sha256').update(body).digest('hex');
  const expected = createHmac('sha256', secret)
    .update(canonicalRequest(method, pathWithQuery, timestamp, nonce, bodyHash))
    .digest();
  const given = Buffer.from(signature, 'base64');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw refuse(apiErrorCodes.authBadSignature, 'signature does not match');
  const sentAt = Number(timestamp);
  if (!Number.isSafeInteger(sentAt) || Math.abs(now - sentAt) > SIGNATURE_WINDOW_MS)
    throw refuse(apiErrorCodes.authStaleTimestamp, 'timestamp outside the accepted window');
  db.prepare('DELETE FROM nonces WHERE expires_at < ?').run(now);
  const inserted = db
    .prepare('INSERT OR IGNORE INTO nonces (kiosk_id, nonce, expires_at) VALUES (?, ?, ?)')
    .run(kioskId, nonce, sentAt + 2 * SIGNATURE_WINDOW_MS);
  if (inserted.changes === 0) throw refuse(apiErrorCodes.authReplayedNonce, 'nonce already used');
  return kioskId;
}
