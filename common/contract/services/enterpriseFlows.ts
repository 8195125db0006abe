import { z } from 'zod';
import { idTypes } from '../../domain/idTypes';
import { method } from '../define';
import { faceCaptureInputSchema, faceResultSchema, personHolderSchema, personIdentityInputSchema } from './personFlows';
import { qrSignInMethods } from './qrSignInView';

/**
 * The enterprise flows (registration, activation, forgot password, appeal, agents) as the renderer calls them.
 * Main is authoritative as for the person flows: it re-validates every field with the common/
 * rules, keeps the proofs (SMS, face, QR sign-in) it obtained for this session, seals passwords,
 * and holds appeal documents in memory only until they are committed (encrypted) to the outbox.
 */

export const legalEntityTypes = ['company', 'individual_business', 'partnership', 'public_institution', 'other'] as const;
export const legalEntityTypeSchema = z.enum(legalEntityTypes);

export const appealTypes = ['assisted_registration', 'modify_information'] as const;
/** Who stands at the kiosk: the legal representative, or an agent holding the authorisation letter. */
export const appealFilers = ['legal_representative', 'agent'] as const;
export type AppealFiler = (typeof appealFilers)[number];

/** The materials of the Jilin manual (§5.2), in the order the kiosk asks for them. */
export const appealDocumentTypes = [
  'business_licence',
  'authorisation_letter',
  'legal_representative_id_front',
  'legal_representative_id_back',
  'agent_id_front',
  'agent_id_back',
  'agent_holding_id',
] as const;
export const appealDocumentTypeSchema = z.enum(appealDocumentTypes);
export type AppealDocumentType = z.infer<typeof appealDocumentTypeSchema>;

/** What each material may be (Jilin manual, §5.2): the licence and photos as PDF/JPG/PNG, the letter also as Office files. */
export const documentKinds = ['pdf', 'jpeg', 'png', 'doc', 'docx', 'xls', 'xlsx'] as const;
export type DocumentKind = (typeof documentKinds)[number];
export const documentKindSchema = z.enum(documentKinds);
export const allowedKinds: Record<AppealDocumentType, readonly DocumentKind[]> = {
  business_licence: ['pdf', 'jpeg', 'png'],
  authorisation_letter: ['pdf', 'jpeg', 'png', 'doc', 'docx', 'xls', 'xlsx'],
  legal_representative_id_front: ['pdf', 'jpeg', 'png'],
  legal_representative_id_back: ['pdf', 'jpeg', 'png'],
  agent_id_front: ['pdf', 'jpeg', 'png'],
  agent_id_back: ['pdf', 'jpeg', 'png'],
  agent_holding_id: ['jpeg', 'png'],
};

export const APPEAL_REMARK_MAX = 150;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const challengeIdSchema = z.string().min(1).max(64);

export const enterpriseInfoSchema = z
  .object({
    legalEntityType: legalEntityTypeSchema,
    enterpriseName: z.string().min(1).max(200),
    uscc: z.string().min(1).max(32),
  })
  .strict();
export type EnterpriseInfo = z.infer<typeof enterpriseInfoSchema>;

/** What an enterprise flow ends with: enough for a receipt, nothing a next citizen could misuse. */
export const enterpriseReceiptSchema = z.object({
  receiptNo: z.string().max(64),
  service: z.enum([
    'enterpriseRegistration',
    'enterpriseActivation',
    'enterprisePasswordReset',
    'enterprisePhoneChange',
    'enterpriseAgreement',
    'enterpriseRealName',
    'agentRegistration',
    'appeal',
    'agent',
  ]),
  completedAt: z.string().max(40),
  /** true: saved on the kiosk, will be sent when the link is back. */
  queued: z.boolean(),
  maskedEnterpriseName: z.string().max(200),
  maskedUscc: z.string().max(32),
  maskedName: z.string().max(100),
  maskedPhone: z.string().max(20).nullable(),
  accountName: z.string().max(64).nullable(),
  accountStatus: z.enum(['active', 'pending_activation', 'locked']).nullable(),
});
export type EnterpriseReceipt = z.infer<typeof enterpriseReceiptSchema>;
/** The appeal's receipt and the outbox item carrying it, so the done screen can follow its upload (`sync.progress`). */
export const appealReceiptSchema = enterpriseReceiptSchema.extend({ outboxItemId: z.string().max(64) });
export type AppealReceipt = z.infer<typeof appealReceiptSchema>;

const smsChallengeViewSchema = z.object({
  challengeId: z.string().max(64),
  maskedPhone: z.string().max(20),
  resendAfterSeconds: z.number().int().min(0),
});

/** A removable drive as the citizen sees it: an opaque id and a label, never a path. */
export const driveViewSchema = z.object({ driveId: z.string().max(64), label: z.string().max(100) });
/** A candidate file: top folder or one level down, allowed extension, not hidden, not a link. */
export const driveFileViewSchema = z.object({
  fileId: z.string().max(64),
  name: z.string().max(255),
  folder: z.string().max(255).nullable(),
  size: z.number().int().min(0),
});

export const documentViewSchema = z.object({
  documentId: z.string().max(64),
  documentType: appealDocumentTypeSchema,
  kind: documentKindSchema,
  size: z.number().int().min(1),
  source: z.enum(['camera', 'usb']),
  fileName: z.string().max(255),
  /** Images up to 4 MB come back once so the review page can draw a thumbnail; never stored by the renderer. */
  imageBase64: z.string().max(6_000_000).nullable(),
});
export type DocumentView = z.infer<typeof documentViewSchema>;

export const agentViewSchema = z.object({
  agentId: z.string().max(64),
  maskedName: z.string().max(100),
  maskedIdNumber: z.string().max(32),
  status: z.enum(['pending', 'active', 'expired']),
  idType: z.enum(idTypes),
  maskedPhone: z.string().max(20),
  validFrom: isoDate.nullable(),
  validUntil: isoDate.nullable(),
  mayManageAgents: z.boolean(),
});
export type AgentView = z.infer<typeof agentViewSchema>;

const agentWindowSchema = { validFrom: isoDate, validUntil: isoDate, mayManageAgents: z.boolean() };

export const enterpriseFlowMethods = {
  /** USCC typed: is it in the business registry (name offered) and does it have an account already. */
  lookupEnterprise: method(
    z.object({ uscc: z.string().min(1).max(32) }).strict(),
    z.object({
      enterpriseName: z.string().max(200).nullable(),
      inRegistry: z.boolean(),
      accountStatus: z.enum(['none', 'active', 'pending_activation', 'locked']),
    }),
  ),
  /**
   * Registration and appeal: code to the phone typed. Activation and password reset: code to the
   * reserved phone of the enterprise found in the previous step (masked).
   */
  sendSms: method(
    z.discriminatedUnion('purpose', [
      z.object({ purpose: z.literal('registration'), phone: z.string().min(1).max(20) }).strict(),
      z.object({ purpose: z.literal('appeal'), phone: z.string().min(1).max(20) }).strict(),
      z.object({ purpose: z.literal('phoneChange'), phone: z.string().min(1).max(20) }).strict(),
      z.object({ purpose: z.literal('activation') }).strict(),
      z.object({ purpose: z.literal('passwordReset') }).strict(),
    ]),
    smsChallengeViewSchema,
  ),
  verifySms: method(
    z.object({ challengeId: challengeIdSchema, code: z.string().regex(/^\d{4,8}$/) }).strict(),
    z.object({ verified: z.boolean(), attemptsLeft: z.number().int().min(0).nullable() }),
  ),
  /** Face of the legal representative (registration, agents). */
  verifyFace: method(
    z.object({ holder: personHolderSchema, capture: faceCaptureInputSchema }).strict(),
    z.object({ result: faceResultSchema, verificationId: z.string().max(64).nullable() }),
  ),
  /** Registration step 1+2 checked together before the SMS: USCC, not registered, legal representative rules and card match. */
  checkRegistration: method(
    z.object({ enterprise: enterpriseInfoSchema, legalRepresentative: personIdentityInputSchema }).strict(),
    z.object({ inRegistry: z.boolean() }),
  ),
  register: method(
    z
      .object({
        enterprise: enterpriseInfoSchema,
        legalRepresentative: personIdentityInputSchema,
        phone: z.string().min(1).max(20),
        accountName: z.string().max(64).optional(),
        password: z.string().min(1).max(64),
        smsChallengeId: challengeIdSchema,
        faceVerificationId: challengeIdSchema,
      })
      .strict(),
    enterpriseReceiptSchema,
  ),
  /** Activation step 1: the pending enterprise and its legal representative. */
  findPendingEnterprise: method(
    z.object({ uscc: z.string().min(1).max(32), legalRepresentative: personHolderSchema }).strict(),
    z.object({ maskedEnterpriseName: z.string().max(200), maskedPhone: z.string().max(20) }),
  ),
  activate: method(
    z.object({ accountName: z.string().max(64).optional(), password: z.string().min(1).max(64), smsChallengeId: challengeIdSchema }).strict(),
    enterpriseReceiptSchema,
  ),
  /**
   * Forgot password: legal account (account name or USCC) + legal representative name and ID number.
   * Answers which proofs the province asks for: the legal representative's face, the reserved phone's SMS, or both.
   */
  findForPasswordReset: method(
    z.object({ legalAccount: z.string().min(1).max(64), legalRepresentative: personHolderSchema }).strict(),
    z.object({ maskedEnterpriseName: z.string().max(200), maskedPhone: z.string().max(20), faceRequired: z.boolean(), smsRequired: z.boolean() }),
  ),
  /** The proofs `findForPasswordReset` asked for (an optional one counts when given). */
  resetPassword: method(
    z
      .object({ newPassword: z.string().min(1).max(64), smsChallengeId: challengeIdSchema.optional(), faceVerificationId: challengeIdSchema.optional() })
      .strict(),
    enterpriseReceiptSchema,
  ),

  /**
   * Tibet's agent registration (我是代理人): the enterprise, the agent's card (with where they
   * register, sex and ethnicity, phone), the legal representative's reserved phone, the agent's
   * matched face and password; the request waits until the legal representative approves it.
   */
  registerAgent: method(
    z
      .object({
        uscc: z.string().min(1).max(32),
        region: z.string().min(1).max(60),
        agent: personIdentityInputSchema,
        sex: z.enum(['male', 'female']),
        ethnicity: z.string().min(1).max(20),
        phone: z.string().min(1).max(20),
        legalRepresentativePhone: z.string().min(1).max(20),
        faceVerificationId: challengeIdSchema,
        password: z.string().min(1).max(64),
      })
      .strict(),
    enterpriseReceiptSchema,
  ),

  /**
   * Enterprise account services: the legal representative's card and matched face sign in for the
   * enterprise; then the current agreement is re-signed and the real-name level raised, as for persons.
   */
  enterpriseServicesSignIn: method(
    z.object({ uscc: z.string().min(1).max(32), legalRepresentative: personIdentityInputSchema, faceVerificationId: challengeIdSchema }).strict(),
    z.object({
      maskedEnterpriseName: z.string().max(200),
      realNameLevel: z.number().int().min(0).max(4),
      upgradeOffered: z.boolean(),
      agreement: z.object({ currentVersion: z.string().max(32), signedVersion: z.string().max(32).nullable(), needsSigning: z.boolean() }),
    }),
  ),
  signEnterpriseAgreement: method(z.object({ version: z.string().min(1).max(32) }).strict(), enterpriseReceiptSchema),
  upgradeEnterpriseRealName: method(z.undefined(), enterpriseReceiptSchema),

  /**
   * Enterprise phone change, step 1: the legal representative's card and matched face for the
   * enterprise (stronger at a kiosk than the login password the web manual asks for).
   */
  startEnterprisePhoneChange: method(
    z.object({ uscc: z.string().min(1).max(32), legalRepresentative: personIdentityInputSchema, faceVerificationId: challengeIdSchema }).strict(),
    z.object({ maskedEnterpriseName: z.string().max(200), maskedPhone: z.string().max(20) }),
  ),
  /** The new phone, proven by the code sent to it (`sendSms{phoneChange}`); a phone bound to another account is refused. */
  changeEnterprisePhone: method(z.object({ newPhone: z.string().min(1).max(20), smsChallengeId: challengeIdSchema }).strict(), enterpriseReceiptSchema),

  /**
   * Appeal, identity step: rules and card match; answers the materials required. Filed by the legal
   * representative (their card; an agent's card may come too) or by an agent alone (the agent's card
   * and matched face; the legal representative's details typed from their ID card's photo pages).
   */
  checkAppealIdentity: method(
    z
      .object({
        type: z.enum(appealTypes),
        filer: z.enum(appealFilers),
        enterprise: enterpriseInfoSchema,
        /** 法人账号 (account name or USCC): required to modify a registered enterprise's information. */
        legalAccount: z.string().max(64).nullable(),
        legalRepresentative: personIdentityInputSchema,
        agent: personIdentityInputSchema.nullable(),
        /** The agent filing alone: their face matched in this session. */
        agentFaceVerificationId: challengeIdSchema.nullable(),
        phone: z.string().min(1).max(20),
      })
      .strict(),
    z.object({ requiredDocuments: z.array(appealDocumentTypeSchema) }),
  ),
  /** Removable drives now mounted (demo kiosks: the configured stand-in folder). */
  listDrives: method(z.undefined(), z.object({ drives: z.array(driveViewSchema).max(16) })),
  /** Candidate files on a drive: allowed extensions, top folder and one level down, nothing hidden. */
  listDriveFiles: method(z.object({ driveId: z.string().min(1).max(64) }).strict(), z.object({ files: z.array(driveFileViewSchema).max(200) })),
  /** Reads the picked file once, checks it by content, keeps it in memory for this session. */
  importDriveFile: method(
    z.object({ driveId: z.string().min(1).max(64), fileId: z.string().min(1).max(64), documentType: appealDocumentTypeSchema }).strict(),
    documentViewSchema,
  ),
  /** A page photographed with the document camera (JPEG, checked like any file). */
  addCapturedDocument: method(z.object({ documentType: appealDocumentTypeSchema, jpegBase64: z.string().min(1).max(8_000_000) }).strict(), documentViewSchema),
  removeDocument: method(z.object({ documentId: z.string().min(1).max(64) }).strict(), z.object({ removed: z.boolean() })),
  /**
   * The hall's settings the appeal screens need: where the authorisation-letter template can be
   * fetched (QR link; null when the hall has none) and the document camera's label.
   */
  appealSettings: method(z.undefined(), z.object({ templateUrl: z.string().max(500).nullable(), documentCameraLabel: z.string().max(200).nullable() })),
  /** Queues the package (encrypted, in one transaction) and wakes the sender; result by SMS. */
  submitAppeal: method(
    z
      .object({
        smsChallengeId: challengeIdSchema.nullable(),
        documents: z.array(z.string().min(1).max(64)).min(1).max(7),
        remark: z.string().max(APPEAL_REMARK_MAX),
      })
      .strict(),
    appealReceiptSchema,
  ),

  /**
   * Agents: the legal representative, or an agent who may manage agents, signs in for the enterprise
   * with a matched face or a confirmed QR sign-in; an agent without that permission is refused.
   */
  agentsSignIn: method(
    z
      .object({
        uscc: z.string().min(1).max(32),
        /** face: the card holder whose face matched; qr: whoever confirmed this session's QR sign-in. */
        proof: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('face'), legalRepresentative: personHolderSchema, faceVerificationId: challengeIdSchema }).strict(),
          z.object({ kind: z.literal('qr') }).strict(),
        ]),
      })
      .strict(),
    z.object({
      /** In full: the one signed in proved to be its legal representative or an agent who may manage agents. */
      enterpriseName: z.string().max(200),
      /** Who signed in: the legal representative, or an agent who may manage agents (others are refused). */
      manager: z.object({ role: z.enum(['legal_representative', 'agent']), maskedName: z.string().max(100) }),
      agents: z.array(agentViewSchema).max(100),
    }),
  ),
  /** A new validity window (chosen, within the longest the server grants) and permission for an active agent. */
  updateAgent: method(z.object({ agentId: z.string().min(1).max(64), ...agentWindowSchema }).strict(), agentViewSchema),
  removeAgent: method(z.object({ agentId: z.string().min(1).max(64) }).strict(), z.object({ removed: z.literal(true) })),
  /** A pending request (an agent registered on a Tibet kiosk, or asked in the app) turned down. */
  rejectAgent: method(z.object({ agentId: z.string().min(1).max(64) }).strict(), z.object({ rejected: z.literal(true) })),
  addAgent: method(
    z
      .object({
        agent: z.object({ name: z.string().min(1).max(100), idType: z.enum(idTypes), idNumber: z.string().min(1).max(32) }).strict(),
        validFrom: isoDate,
        validUntil: isoDate,
        mayManageAgents: z.boolean(),
        /** The agent's initial login password (typed twice at the kiosk; the renderer compares the two). */
        initialPassword: z.string().min(1).max(64),
      })
      .strict(),
    agentViewSchema,
  ),
  approveAgent: method(
    z.object({ agentId: z.string().min(1).max(64), validFrom: isoDate, validUntil: isoDate, mayManageAgents: z.boolean() }).strict(),
    agentViewSchema,
  ),

  /** QR sign-in with the province app: a session to show, then polled. */
  ...qrSignInMethods,
};
