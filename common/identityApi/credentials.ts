import { z } from 'zod';
import { proofSchema } from './accounts';
import { documentNumberSchema, entityIdSchema, idTypeSchema, nameSchema, phoneSchema } from './primitives';
import { sealedSecretSchema } from './sealedSecret';

const holderSchema = z.object({ name: nameSchema, idType: idTypeSchema, idNumber: documentNumberSchema });

/** Natural person: name + ID (002 §3.1); enterprise: legal account or USCC + legal representative (002 §3.2). */
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

export const changePhoneRequestSchema = z.object({
  holder: holderSchema,
  faceVerificationId: entityIdSchema,
  newPhone: phoneSchema,
  smsChallengeId: entityIdSchema,
});
export type ChangePhoneRequest = z.infer<typeof changePhoneRequestSchema>;
export const phoneChangeSchema = z.object({ accountId: entityIdSchema, maskedPhone: z.string() });
