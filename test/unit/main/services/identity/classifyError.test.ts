import { AxiosError } from 'axios';
import { describe, expect, it } from 'vitest';
import { classifyHttpError, classifyTransportError } from '../../../../../main/services/identity/classifyError';

describe('error classification', () => {
  it.each([
    [422, { code: 'PASSWORD_KINDS', message: 'm', field: 'password' }, {}, { kind: 'rejected', code: 'PASSWORD_KINDS', field: 'password' }],
    [409, { code: 'IDEMPOTENCY_IN_FLIGHT', message: 'm' }, {}, { kind: 'retryable', code: 'IDEMPOTENCY_IN_FLIGHT' }],
    [401, { code: 'AUTH_BAD_SIGNATURE', message: 'm' }, {}, { kind: 'auth', code: 'AUTH_BAD_SIGNATURE' }],
    [429, { code: 'RATE_LIMITED', message: 'm', retryAfterSeconds: 3 }, {}, { kind: 'retryable', details: { status: 429, retryAfterMs: 3000 } }],
    [429, { code: 'RATE_LIMITED', message: 'm' }, { 'retry-after': '5' }, { kind: 'retryable', details: { retryAfterMs: 5000 } }],
    [503, '<html>bad gateway</html>', {}, { kind: 'retryable', code: 'IDENTITY_API_SERVER_ERROR' }],
    [404, undefined, {}, { kind: 'rejected', code: 'NOT_FOUND' }],
    [409, { code: 'UPLOAD_OFFSET_MISMATCH', message: 'm' }, { 'upload-offset': '512' }, { kind: 'rejected', details: { uploadOffset: 512 } }],
    [422, { code: 'SMS_CODE_WRONG', message: 'm', field: 'code', attemptsLeft: 2 }, {}, { details: { attemptsLeft: 2 } }],
  ])('HTTP %i %j', (status, body, headers, expected) => {
    expect(classifyHttpError(status, body, headers)).toMatchObject(expected);
  });

  it.each([
    ['ECONNREFUSED', 'IDENTITY_API_UNREACHABLE'],
    ['ECONNABORTED', 'IDENTITY_API_TIMEOUT'],
    ['ECONNRESET', 'IDENTITY_API_CONNECTION_LOST'],
  ])('%s is unreachable (%s)', (code, expected) => {
    expect(classifyTransportError(new AxiosError('x', code))).toMatchObject({ kind: 'unreachable', code: expected });
  });
});
