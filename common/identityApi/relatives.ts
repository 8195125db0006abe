import { z } from 'zod';
import { relativeRelations } from '../domain/relatives';
import { documentNumberSchema, entityIdSchema, idTypeSchema, isoDateTimeSchema, nameSchema } from './primitives';
import { op } from './operation';

export const relativeRelationSchema = z.enum(relativeRelations);

/** A bound relative as the account holder sees it: masked, never the full document number. */
export const relativeBindingSchema = z.object({
  bindingId: entityIdSchema,
  relation: relativeRelationSchema,
  maskedName: z.string(),
  idType: idTypeSchema,
  maskedIdNumber: z.string(),
  boundAt: isoDateTimeSchema,
});
export type RelativeBinding = z.infer<typeof relativeBindingSchema>;

export const relativeListSchema = z.object({ relatives: z.array(relativeBindingSchema) });

/**
 * Binding made with both people at the kiosk: the holder's matched face, the relative as their card
 * states them, and the relative's matched face unless they are under 16.
 */
export const bindRelativeRequestSchema = z.object({
  relation: relativeRelationSchema,
  relative: z.object({ name: nameSchema, idType: idTypeSchema, idNumber: documentNumberSchema }),
  faceVerificationId: entityIdSchema,
  relativeFaceVerificationId: entityIdSchema.optional(),
});

/** Removing a binding needs the holder's matched face too. */
export const removeRelativeRequestSchema = z.object({ bindingId: entityIdSchema, faceVerificationId: entityIdSchema });
export const relativeRemovalSchema = z.object({ bindingId: entityIdSchema });

export const relativeOperations = {
  listRelatives: op({
    method: 'GET',
    path: '/v1/accounts/{accountId}/relatives',
    summary: 'The relatives bound to a person account',
    kind: 'read',
    request: undefined,
    response: relativeListSchema,
    status: 200,
    errors: ['ACCOUNT_NOT_FOUND'],
  }),
  bindRelative: op({
    method: 'POST',
    path: '/v1/accounts/{accountId}/relatives',
    summary: 'Bind a relative who is present with the account holder',
    kind: 'write',
    request: bindRelativeRequestSchema,
    response: relativeBindingSchema,
    status: 201,
    errors: ['ACCOUNT_NOT_FOUND', 'FACE_NOT_MATCHED', 'FACE_VERIFICATION_REQUIRED', 'RELATIVE_IS_SELF', 'RELATIVE_ALREADY_BOUND'],
  }),
  removeRelative: op({
    method: 'POST',
    path: '/v1/accounts/{accountId}/relative-removals',
    summary: 'Remove a relative binding',
    kind: 'write',
    request: removeRelativeRequestSchema,
    response: relativeRemovalSchema,
    status: 200,
    errors: ['ACCOUNT_NOT_FOUND', 'FACE_NOT_MATCHED', 'RELATIVE_NOT_FOUND'],
  }),
};
