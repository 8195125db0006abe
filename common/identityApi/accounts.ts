import { z } from 'zod';
import {
  accountKindSchema,
  accountStatusSchema,
  documentNumberSchema,
  entityIdSchema,
  idTypeSchema,
  isoDateTimeSchema,
  nameSchema,
  validitySchema,
} from './primitives';
import { op } from './operation';

/** Find an account by what the citizen knows; `name` (when given) must match the holder. */
export const accountLookupSchema = z.object({
  /** account_id: the account a QR sign-in named (the province app confirmed who it is). */
  by: z.enum(['id_number', 'account_name', 'uscc', 'phone', 'account_id']),
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
  /** 1-4; the kiosk offers a real-name upgrade below 3 (Xinjiang tax app guide §3.4). */
  realNameLevel: z.number().int().min(0).max(4),
  agreement: agreementStatusSchema,
  /** The holder's face is enrolled: the account may sign in by face. */
  faceSignIn: z.boolean(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

export const realNameCheckRequestSchema = z.object({ name: nameSchema, idType: idTypeSchema, idNumber: documentNumberSchema });
export const realNameCheckSchema = z.object({ match: z.boolean() });

/**
 * Evidence that the citizen at the kiosk is the account holder: a verified SMS challenge and/or a
 * matched face, or in the face's place a clerk's in-person check (assisted mode, face capture failed);
 * for agreement signing also a QR sign-in the province app confirmed for this account.
 */
export const proofSchema = z
  .object({
    smsChallengeId: entityIdSchema.optional(),
    faceVerificationId: entityIdSchema.optional(),
    inPersonCheck: z.object({ staffId: z.string().regex(/^[A-Za-z0-9]{2,16}$/), attestationId: entityIdSchema }).optional(),
    qrSessionId: entityIdSchema.optional(),
  })
  .refine((p) => p.smsChallengeId !== undefined || p.faceVerificationId !== undefined || p.inPersonCheck !== undefined || p.qrSessionId !== undefined, {
    message: 'at least one proof',
  });
export type Proof = z.infer<typeof proofSchema>;

export const signAgreementRequestSchema = z.object({ version: z.string().min(1).max(32), proof: proofSchema });
export const agreementSignatureSchema = z.object({ signedVersion: z.string(), signedAt: isoDateTimeSchema });

export const realNameUpgradeRequestSchema = z.object({ faceVerificationId: entityIdSchema });
export const realNameUpgradeSchema = z.object({ realNameLevel: z.number().int().min(0).max(4) });

/** A card renewal: the holder as the new card states them, its validity dates, and a matched face of the holder. */
export const updateValidityRequestSchema = z.object({
  holder: z.object({ name: nameSchema, idType: idTypeSchema, idNumber: documentNumberSchema }),
  validity: validitySchema,
  faceVerificationId: entityIdSchema,
});
export const validityUpdateSchema = z.object({ accountId: entityIdSchema });

export const accountOperations = {
  checkRealName: op({
    method: 'POST',
    path: '/v1/real-name-checks',
    summary: 'Does this name belong to this ID number (ITS check)',
    kind: 'query',
    request: realNameCheckRequestSchema,
    response: realNameCheckSchema,
    status: 200,
    errors: ['ID_NUMBER_CHECK_CHAR', 'NAME_CHARACTERS'],
  }),
  lookupAccount: op({
    method: 'POST',
    path: '/v1/account-lookups',
    summary: 'Find an account with masked phone, status and real-name level',
    kind: 'query',
    request: accountLookupSchema,
    response: accountSummarySchema,
    status: 200,
    errors: ['ACCOUNT_NOT_FOUND', 'NAME_MISMATCH'],
  }),
  getAgreementStatus: op({
    method: 'GET',
    path: '/v1/accounts/{accountId}/agreement',
    summary: 'Which agreement version the account has signed',
    kind: 'read',
    request: undefined,
    response: agreementStatusSchema,
    status: 200,
    errors: ['ACCOUNT_NOT_FOUND'],
  }),
  signAgreement: op({
    method: 'POST',
    path: '/v1/accounts/{accountId}/agreement-signatures',
    summary: 'Sign the current agreement',
    kind: 'write',
    request: signAgreementRequestSchema,
    response: agreementSignatureSchema,
    status: 201,
    errors: ['ACCOUNT_NOT_FOUND', 'AGREEMENT_VERSION_OUTDATED', 'SMS_NOT_VERIFIED', 'FACE_NOT_MATCHED', 'QR_SIGN_IN_NOT_CONFIRMED'],
  }),
  upgradeRealName: op({
    method: 'POST',
    path: '/v1/accounts/{accountId}/real-name-upgrades',
    summary: 'Raise the real-name level with a matched face',
    kind: 'write',
    request: realNameUpgradeRequestSchema,
    response: realNameUpgradeSchema,
    status: 200,
    errors: ['ACCOUNT_NOT_FOUND', 'FACE_NOT_MATCHED'],
  }),
  updateValidity: op({
    method: 'POST',
    path: '/v1/validity-updates',
    summary: 'Replace the account validity dates with a renewed card',
    kind: 'write',
    request: updateValidityRequestSchema,
    response: validityUpdateSchema,
    status: 200,
    errors: ['ACCOUNT_NOT_FOUND', 'NAME_MISMATCH', 'FACE_NOT_MATCHED'],
  }),
};
