import { randomInt } from 'node:crypto';
import { maskPhone } from '../../common/domain/mask';
import { findPersonByPhone, type AccountRow } from '../accounts';
import { ApiError } from '../apiError';
import { iso, newId, type OperationHandler, type OperationHandlers } from '../context';
import { lookupAccountRow } from './accountLookup';
import { checkPhone } from './checks';

export const SMS_CODE_TTL_MS = 5 * 60_000;
export const SMS_RESEND_INTERVAL_S = 60;
export const SMS_MAX_ATTEMPTS = 5;

/** Purposes that bind a phone to a person: the phone must not already be someone's reserved phone. */
const BINDING_PURPOSES = new Set(['person_registration', 'phone_change']);

const createSmsChallenge: OperationHandler<'createSmsChallenge'> = async (server, { body, now }) => {
  const { target, purpose } = body;
  const phone = target.kind === 'phone' ? checkPhone(target.phone, 'target.phone') : undefined;
  return () => {
    let account: AccountRow | undefined;
    if (target.kind === 'account') account = lookupAccountRow(server, target.account, 'target.account');
    const to = phone ?? account!.phone;
    if (phone && BINDING_PURPOSES.has(purpose) && findPersonByPhone(server.db, phone)) {
      throw new ApiError(409, 'PHONE_ALREADY_BOUND', 'phone is bound to another account', 'target.phone');
    }
    const last = server.db.prepare('SELECT MAX(created_at) AS at FROM sms_challenges WHERE phone = ?').get(to) as { at: number | null };
    const wait = last.at === null ? 0 : Math.ceil((last.at + SMS_RESEND_INTERVAL_S * 1000 - now) / 1000);
    if (wait > 0) {
      throw new ApiError(429, 'SMS_RESEND_TOO_SOON', 'wait before sending another code', undefined, {
        retryAfterSeconds: wait,
        headers: { 'retry-after': String(wait) },
      });
    }
    const challengeId = newId('sms');
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    server.db
      .prepare(
        'INSERT INTO sms_challenges (challenge_id, phone, purpose, code, account_id, expires_at, attempts_left, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(challengeId, to, purpose, code, account?.account_id ?? null, now + SMS_CODE_TTL_MS, SMS_MAX_ATTEMPTS, now);
    return {
      status: 201,
      body: {
        challengeId,
        maskedPhone: maskPhone(to),
        expiresAt: iso(now + SMS_CODE_TTL_MS),
        resendAfterSeconds: SMS_RESEND_INTERVAL_S,
        attemptsLeft: SMS_MAX_ATTEMPTS,
      },
    };
  };
};

interface ChallengeRow {
  code: string;
  expires_at: number;
  attempts_left: number;
  verified_at: number | null;
}

const verifySmsChallenge: OperationHandler<'verifySmsChallenge'> =
  async (server, { body, params, now }) =>
  () => {
    const challengeId = params.challengeId;
    const row = server.db.prepare('SELECT code, expires_at, attempts_left, verified_at FROM sms_challenges WHERE challenge_id = ?').get(challengeId) as
      ChallengeRow | undefined;
    if (!row) throw new ApiError(404, 'SMS_CHALLENGE_NOT_FOUND', 'unknown challenge', 'challengeId');
    // Verifying again with the right code is harmless (a retry under a new key); a wrong one still counts.
    if (row.verified_at !== null && body.code === row.code) return { status: 200, body: { challengeId, verified: true } };
    if (row.attempts_left <= 0) throw new ApiError(422, 'SMS_ATTEMPTS_EXHAUSTED', 'too many wrong codes; send a new one', 'code', { attemptsLeft: 0 });
    if (now > row.expires_at) throw new ApiError(422, 'SMS_CODE_EXPIRED', 'code expired; send a new one', 'code');
    if (body.code !== row.code) {
      const attemptsLeft = row.attempts_left - 1;
      server.db.prepare('UPDATE sms_challenges SET attempts_left = ? WHERE challenge_id = ?').run(attemptsLeft, challengeId);
      // Returned, not thrown: the spent attempt must persist, and a retry with the same key replays it.
      return { status: 422, body: { code: 'SMS_CODE_WRONG', message: 'wrong code', field: 'code', attemptsLeft } };
    }
    server.db.prepare('UPDATE sms_challenges SET verified_at = ? WHERE challenge_id = ?').run(now, challengeId);
    return { status: 200, body: { challengeId, verified: true } };
  };

export const smsHandlers = { createSmsChallenge, verifySmsChallenge } satisfies Partial<OperationHandlers>;
