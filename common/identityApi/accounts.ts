import { z } from 'zod';
import {
  accountKindSchema,
  accountStatusSchema,
  documentNumberSchema,
  entityIdSchema,
  idTypeSchema,
  isoDateTimeSchema,
  nameSchema,
} from './primitives';

/** Find an account by what the citizen knows; `name` (when given) must match the holder. */
export const accountLookupSchema = z.object({
  by: z.enum(['id_number', 'account_name', 'uscc', 'phone']),
  value: z.string().min(1).max(64),
  idType: idTypeSchema.optional(),
  name: nameSchema.optional(),
});
export type AccountLookup = z.infer<typeof accountLookupSchema>;

export const agreementStatusSchema = z.object({
  currentVersion: z.string(),
  signedVersion: z.string().nullable(),
  needsSigning: z.boolean(),
});

export const accountSummarySchema = z.object({
  accountId: entityIdSchema,
  kind: accountKindSchema,
  accountName: z.string().nullable(),
  maskedName: z.string(),
  maskedPhone: z.string(),
  status: accountStatusSchema,
  /** 1-4; the kiosk offers a real-name upgrade below 3 (manual 000 §3.4). */
  realNameLevel: z.number().int().min(0).max(4),
  agreement: agreementStatusSchema,
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

export const realNameCheckRequestSchema = z.object({ name: nameSchema, idType: idTypeSchema, idNumber: documentNumberSchema });
export const realNameCheckSchema = z.object({ match: z.boolean() });

/** Evidence that the citizen at the kiosk is the account holder: a verified SMS challenge and/or a matched face. */
export const proofSchema = z
  .object({ smsChallengeId: entityIdSchema.optional(), faceVerificationId: entityIdSchema.optional() })
  .refine((p) => p.smsChallengeId !== undefined || p.faceVerificationId !== undefined, { message: 'at least one proof' });
export type Proof = z.infer<typeof proofSchema>;

export const signAgreementRequestSchema = z.object({ version: z.string().min(1).max(32), proof: proofSchema });
export const agreementSignatureSchema = z.object({ signedVersion: z.string(), signedAt: isoDateTimeSchema });

export const realNameUpgradeRequestSchema = z.object({ faceVerificationId: entityIdSchema });
export const realNameUpgradeSchema = z.object({ realNameLevel: z.number().int().min(0).max(4) });
