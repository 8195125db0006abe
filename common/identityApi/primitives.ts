import { z } from 'zod';
import { idTypes } from '../domain/idTypes';

/** Transport-level shapes only: domain rules (check characters, policies) are applied by the server with common/domain so that each refusal carries its precise code. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const isoDateTimeSchema = z.string().datetime({ offset: true });
export const idTypeSchema = z.enum(idTypes);
export const phoneSchema = z.string().min(1).max(20);
export const entityIdSchema = z.string().min(1).max(64);
export const nameSchema = z.string().min(1).max(100);
export const documentNumberSchema = z.string().min(1).max(32);

export const validitySchema = z.object({
  start: isoDateSchema,
  end: z.union([isoDateSchema, z.literal('long-term')]),
});
export type Validity = z.infer<typeof validitySchema>;

/** A person as their identity document states them. Under-16s may omit the validity period. */
export const personIdentitySchema = z.object({
  name: nameSchema,
  idType: idTypeSchema,
  idNumber: documentNumberSchema,
  validity: validitySchema.optional(),
});
export type PersonIdentity = z.infer<typeof personIdentitySchema>;

export const accountStatusSchema = z.enum(['active', 'pending_activation', 'locked']);
export type AccountStatus = z.infer<typeof accountStatusSchema>;
export const accountKindSchema = z.enum(['person', 'enterprise']);
