import { z } from 'zod';
import { entityIdSchema, isoDateTimeSchema, personIdentitySchema, phoneSchema } from './primitives';
import { legalEntityTypeSchema } from './registration';
import { op } from './operation';

/** Jilin manual §5.2: 未注册 → assisted registration; 已注册 → modify enterprise information. */
export const appealTypeSchema = z.enum(['assisted_registration', 'modify_information']);

export const appealDocumentTypeSchema = z.enum([
  'business_licence',
  'authorisation_letter',
  'legal_representative_id_front',
  'legal_representative_id_back',
  'agent_id_front',
  'agent_id_back',
  'agent_holding_id',
]);
export type AppealDocumentType = z.infer<typeof appealDocumentTypeSchema>;

export const createAppealRequestSchema = z.object({
  type: appealTypeSchema,
  enterprise: z.object({
    legalEntityType: legalEntityTypeSchema,
    enterpriseName: z.string().min(1).max(200),
    uscc: z.string().min(1).max(32),
    accountName: z.string().max(64).optional(),
  }),
  legalRepresentative: personIdentitySchema,
  agent: personIdentitySchema.optional(),
  phone: phoneSchema,
  /** Absent when the appeal was queued offline; staff then confirm the phone during review. */
  smsChallengeId: entityIdSchema.optional(),
  remark: z.string().max(150).optional(),
});
export type CreateAppealRequest = z.infer<typeof createAppealRequestSchema>;

export const appealStatusSchema = z.enum(['draft', 'submitted']);
export const appealSchema = z.object({
  appealId: entityIdSchema,
  status: appealStatusSchema,
  requiredDocuments: z.array(appealDocumentTypeSchema),
});
export type Appeal = z.infer<typeof appealSchema>;

export const appealSubmissionSchema = z.object({ appealId: entityIdSchema, status: z.literal('submitted'), submittedAt: isoDateTimeSchema });

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export const createUploadRequestSchema = z.object({
  documentType: appealDocumentTypeSchema,
  fileName: z.string().min(1).max(200),
  contentType: z.enum([
    'application/pdf',
    'image/jpeg',
    'image/png',
    'application/msword',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.ms-excel',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ]),
  length: z.number().int().min(1).max(MAX_UPLOAD_BYTES),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type CreateUploadRequest = z.infer<typeof createUploadRequestSchema>;

export const uploadStateSchema = z.object({
  uploadId: entityIdSchema,
  offset: z.number().int().min(0),
  length: z.number().int().min(1),
  complete: z.boolean(),
});
export type UploadState = z.infer<typeof uploadStateSchema>;

export const appealOperations = {
  createAppeal: op({
    method: 'POST',
    path: '/v1/appeals',
    summary: 'Open an enterprise account appeal',
    kind: 'write',
    request: createAppealRequestSchema,
    response: appealSchema,
    status: 201,
    errors: ['USCC_CHECK_CHAR', 'ID_NUMBER_CHECK_CHAR', 'SMS_NOT_VERIFIED'],
  }),
  createUpload: op({
    method: 'POST',
    path: '/v1/appeals/{appealId}/uploads',
    summary: 'Announce a document upload (length and SHA-256)',
    kind: 'write',
    request: createUploadRequestSchema,
    response: uploadStateSchema,
    status: 201,
    errors: ['APPEAL_NOT_FOUND', 'APPEAL_ALREADY_SUBMITTED'],
  }),
  getUploadOffset: op({
    method: 'HEAD',
    path: '/v1/uploads/{uploadId}',
    summary: 'How many bytes the server holds (Upload-Offset, Upload-Length headers)',
    kind: 'read',
    request: undefined,
    response: undefined,
    status: 200,
    errors: ['UPLOAD_NOT_FOUND'],
  }),
  appendUpload: op({
    method: 'PATCH',
    path: '/v1/uploads/{uploadId}',
    summary: 'Append bytes at Upload-Offset; the last chunk triggers the checksum',
    kind: 'write',
    request: undefined,
    response: uploadStateSchema,
    status: 200,
    idempotentBy: 'upload-offset',
    errors: ['UPLOAD_NOT_FOUND', 'UPLOAD_OFFSET_MISMATCH', 'UPLOAD_TOO_LARGE', 'UPLOAD_CHECKSUM_MISMATCH'],
  }),
  submitAppeal: op({
    method: 'POST',
    path: '/v1/appeals/{appealId}/submission',
    summary: 'Submit the appeal for staff review',
    kind: 'write',
    request: z.object({}),
    response: appealSubmissionSchema,
    status: 200,
    errors: ['APPEAL_NOT_FOUND', 'APPEAL_DOCUMENTS_MISSING'],
  }),
};
