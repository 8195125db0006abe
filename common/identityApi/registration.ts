import { z } from 'zod';
import { accountStatusSchema, entityIdSchema, personIdentitySchema, phoneSchema, nameSchema, documentNumberSchema, idTypeSchema } from './primitives';
import { sealedSecretSchema } from './sealedSecret';
import { op } from './operation';

export const registerPersonRequestSchema = z.object({
  /** Required when the province has chosen account names; ignored otherwise. */
  accountName: z.string().max(64).optional(),
  password: sealedSecretSchema,
  identity: personIdentitySchema,
  phone: phoneSchema,
  smsChallengeId: entityIdSchema,
  /** Required from age 16 (manual 002), unless counter staff checked the person in person. */
  faceVerificationId: entityIdSchema.optional(),
  /**
   * At a hall kiosk in assisted mode: the clerk attests that they checked the citizen's identity
   * in person because face capture failed; the kiosk keeps the attestation in its audit log.
   */
  inPersonCheck: z.object({ staffId: z.string().regex(/^[A-Za-z0-9]{2,16}$/), attestationId: entityIdSchema }).optional(),
  agreementVersion: z.string().min(1).max(32),
});
export type RegisterPersonRequest = z.infer<typeof registerPersonRequestSchema>;

export const registeredAccountSchema = z.object({
  accountId: entityIdSchema,
  accountName: z.string().nullable(),
  status: accountStatusSchema,
  realNameLevel: z.number().int().min(0).max(4),
});
export type RegisteredAccount = z.infer<typeof registeredAccountSchema>;

export const legalEntityTypeSchema = z.enum(['company', 'individual_business', 'partnership', 'public_institution', 'other']);

export const registerEnterpriseRequestSchema = z.object({
  enterpriseName: z.string().min(1).max(200),
  uscc: z.string().min(1).max(32),
  legalEntityType: legalEntityTypeSchema,
  accountName: z.string().max(64).optional(),
  password: sealedSecretSchema,
  legalRepresentative: personIdentitySchema.extend({ phone: phoneSchema }),
  smsChallengeId: entityIdSchema,
  faceVerificationId: entityIdSchema,
});
export type RegisterEnterpriseRequest = z.infer<typeof registerEnterpriseRequestSchema>;

export const activateEnterpriseRequestSchema = z.object({
  uscc: z.string().min(1).max(32),
  legalRepresentative: z.object({ name: nameSchema, idType: idTypeSchema, idNumber: documentNumberSchema }),
  smsChallengeId: entityIdSchema,
  accountName: z.string().max(64).optional(),
  password: sealedSecretSchema,
});
export type ActivateEnterpriseRequest = z.infer<typeof activateEnterpriseRequestSchema>;

/** Is this account name free, and does it keep the province's rules? Asked on the account step, before any proof. */
export const accountNameCheckRequestSchema = z.object({ accountName: z.string().min(1).max(64) });
export const accountNameCheckSchema = z.object({ available: z.boolean() });

export const registrationOperations = {
  checkAccountName: op({
    method: 'POST',
    path: '/v1/account-name-checks',
    summary: "Whether an account name keeps the province's rules and is still free",
    kind: 'query',
    request: accountNameCheckRequestSchema,
    response: accountNameCheckSchema,
    status: 200,
    errors: ['ACCOUNT_NAME_LENGTH', 'ACCOUNT_NAME_START', 'ACCOUNT_NAME_CHARACTERS', 'ACCOUNT_NAME_NOT_OFFERED'],
  }),
  registerPerson: op({
    method: 'POST',
    path: '/v1/persons',
    summary: 'Natural-person registration',
    kind: 'write',
    request: registerPersonRequestSchema,
    response: registeredAccountSchema,
    status: 201,
    errors: [
      'ID_NUMBER_CHECK_CHAR',
      'PASSWORD_LENGTH',
      'PASSWORD_KINDS',
      'ACCOUNT_NAME_TAKEN',
      'ID_NUMBER_ALREADY_REGISTERED',
      'PHONE_ALREADY_BOUND',
      'REAL_NAME_MISMATCH',
      'SMS_NOT_VERIFIED',
      'FACE_VERIFICATION_REQUIRED',
      'VALIDITY_TERM_MISMATCH',
    ],
  }),
  registerEnterprise: op({
    method: 'POST',
    path: '/v1/enterprises',
    summary: 'Enterprise registration; may come back pending activation',
    kind: 'write',
    request: registerEnterpriseRequestSchema,
    response: registeredAccountSchema,
    status: 201,
    errors: ['USCC_CHECK_CHAR', 'USCC_ALREADY_REGISTERED', 'LEGAL_REPRESENTATIVE_MISMATCH', 'SMS_NOT_VERIFIED', 'FACE_VERIFICATION_REQUIRED'],
  }),
  activateEnterprise: op({
    method: 'POST',
    path: '/v1/enterprise-activations',
    summary: 'Activate a pending enterprise account',
    kind: 'write',
    request: activateEnterpriseRequestSchema,
    response: registeredAccountSchema,
    status: 200,
    errors: ['ACCOUNT_NOT_FOUND', 'ACCOUNT_NOT_PENDING', 'LEGAL_REPRESENTATIVE_MISMATCH', 'SMS_NOT_VERIFIED'],
  }),
};
