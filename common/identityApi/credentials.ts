import { z } from 'zod';
import { proofSchema } from './accounts';
import { documentNumberSchema, entityIdSchema, idTypeSchema, nameSchema, phoneSchema } from './primitives';
import { sealedSecretSchema } from './sealedSecret';
import { op } from './operation';

const holderSchema = z.object({ name: nameSchema, idType: idTypeSchema, idNumber: documentNumberSchema });

/** Natural person: name + ID (Jilin manual §3.1); enterprise: legal account or USCC + legal representative (Jilin manual §3.2). */
export const passwordResetAccountSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), holder: holderSchema }),
  z.object({
    kind: z.literal('enterprise'),
    enterprise: z.object({ by: z.enum(['account_name', 'uscc']), value: z.string().min(1).max(64) }),
    legalRepresentative: holderSchema,
  }),
]);

export const resetPasswordRequestSchema = z.object({
  account: passwordResetAccountSchema,
  proof: proofSchema,
  newPassword: sealedSecretSchema,
});
export type ResetPasswordRequest = z.infer<typeof resetPasswordRequestSchema>;
export const passwordResetSchema = z.object({ accountId: entityIdSchema });

/** The holder proves who they are by a matched face, or (assisted mode) by a clerk's in-person check. */
export const changePhoneRequestSchema = z.object({
  holder: holderSchema,
  faceVerificationId: entityIdSchema.optional(),
  inPersonCheck: z.object({ staffId: z.string().regex(/^[A-Za-z0-9]{2,16}$/), attestationId: entityIdSchema }).optional(),
  newPhone: phoneSchema,
  smsChallengeId: entityIdSchema,
});
export type ChangePhoneRequest = z.infer<typeof changePhoneRequestSchema>;
export const phoneChangeSchema = z.object({ accountId: entityIdSchema, maskedPhone: z.string() });

export const credentialOperations = {
  resetPassword: op({
    method: 'POST',
    path: '/v1/password-resets',
    summary: 'Set a new password after SMS and/or face verification',
    kind: 'write',
    request: resetPasswordRequestSchema,
    response: passwordResetSchema,
    status: 200,
    errors: ['ACCOUNT_NOT_FOUND', 'NAME_MISMATCH', 'VERIFICATION_REQUIRED', 'SMS_NOT_VERIFIED', 'FACE_NOT_MATCHED', 'PASSWORD_LENGTH', 'PASSWORD_SAME_AS_OLD'],
  }),
  changePhone: op({
    method: 'POST',
    path: '/v1/phone-changes',
    summary: 'Bind a new reserved phone after face verification (or an in-person check by staff) and an SMS code to the new phone',
    kind: 'write',
    request: changePhoneRequestSchema,
    response: phoneChangeSchema,
    status: 200,
    errors: ['ACCOUNT_NOT_FOUND', 'NAME_MISMATCH', 'PHONE_ALREADY_BOUND', 'FACE_VERIFICATION_REQUIRED', 'FACE_NOT_MATCHED', 'SMS_NOT_VERIFIED'],
  }),
};
