import { z } from 'zod';
import { entityIdSchema, isoDateTimeSchema, phoneSchema } from './primitives';
import { accountLookupSchema } from './accounts';
import { op } from './operation';

export const smsPurposeSchema = z.enum([
  'person_registration',
  'enterprise_registration',
  'enterprise_activation',
  'password_reset',
  'phone_change',
  'appeal',
  'agreement_signing',
]);

/** To a phone the citizen typed, or to the reserved phone of an account (which stays masked). */
export const smsTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('phone'), phone: phoneSchema }),
  z.object({ kind: z.literal('account'), account: accountLookupSchema }),
]);

export const createSmsChallengeRequestSchema = z.object({ purpose: smsPurposeSchema, target: smsTargetSchema });
export const smsChallengeSchema = z.object({
  challengeId: entityIdSchema,
  maskedPhone: z.string(),
  expiresAt: isoDateTimeSchema,
  resendAfterSeconds: z.number().int().min(0),
  attemptsLeft: z.number().int().min(0),
});

export const verifySmsChallengeRequestSchema = z.object({ code: z.string().min(1).max(12) });
export const smsVerificationSchema = z.object({ challengeId: entityIdSchema, verified: z.literal(true) });

export type CreateSmsChallengeRequest = z.infer<typeof createSmsChallengeRequestSchema>;
export type SmsChallenge = z.infer<typeof smsChallengeSchema>;
export type SmsPurpose = z.infer<typeof smsPurposeSchema>;

export const smsOperations = {
  createSmsChallenge: op({
    method: 'POST',
    path: '/v1/sms-challenges',
    summary: "Send an SMS code to a phone or to an account's reserved phone",
    kind: 'write',
    request: createSmsChallengeRequestSchema,
    response: smsChallengeSchema,
    status: 201,
    errors: ['PHONE_INVALID', 'PHONE_ALREADY_BOUND', 'ACCOUNT_NOT_FOUND', 'SMS_RESEND_TOO_SOON'],
  }),
  verifySmsChallenge: op({
    method: 'POST',
    path: '/v1/sms-challenges/{challengeId}/verification',
    summary: 'Check the code the citizen typed',
    kind: 'write',
    request: verifySmsChallengeRequestSchema,
    response: smsVerificationSchema,
    status: 200,
    errors: ['SMS_CHALLENGE_NOT_FOUND', 'SMS_CODE_WRONG', 'SMS_CODE_EXPIRED', 'SMS_ATTEMPTS_EXHAUSTED'],
  }),
};
