import { z } from 'zod';
import { presentationAttackEvidenceSchema } from './presentationAttack';
import { idTypes } from '../../domain/idTypes';
import { relativeRelations } from '../../domain/relatives';
import { method } from '../define';
import { qrSignInMethods } from './qrSignInView';

/**
 * The natural-person flows (registration, face enrolment, forgot password, account services, validity update, phone change) as the renderer calls them. Main is
 * authoritative: it re-validates every field with the common/ rules, checks that card-sourced
 * identities match the card it read, keeps the proofs (SMS, face) it obtained for this session, and
 * seals passwords before they leave the machine. Passwords cross the local bridge in plain text only.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const validitySchema = z.object({ start: isoDate, end: z.union([isoDate, z.literal('long-term')]) }).strict();

export const personHolderSchema = z
  .object({
    name: z.string().min(1).max(100),
    idType: z.enum(idTypes),
    idNumber: z.string().min(1).max(32),
  })
  .strict();
export type PersonHolder = z.infer<typeof personHolderSchema>;

/** An identity as the citizen presents it: read from the card (locked) or typed in assisted mode. */
export const personIdentityInputSchema = z
  .object({
    name: z.string().min(1).max(100),
    idType: z.enum(idTypes),
    idNumber: z.string().min(1).max(32),
    /** null: no validity dates (under 16). */
    validity: validitySchema.nullable(),
    source: z.enum(['card', 'manual']),
    /** The card read this came from (source 'card'). */
    readId: z.string().max(64).optional(),
  })
  .strict();
export type PersonIdentityInput = z.infer<typeof personIdentityInputSchema>;

/** Movements FaceCapture.vue asks for: head movements from the detector, blink and open mouth from the face mesh. */
export const livenessMoveSchema = z.enum(['turnLeft', 'turnRight', 'nod', 'blink', 'openMouth']);

/**
 * The challenge order main chose for one face capture, issued when the camera starts. The capture
 * answers with the nonce; main refuses it for another order, a second use or after `expiresInMs`.
 */
export const faceChallengesIssuedSchema = z
  .object({
    nonce: z.string().min(1).max(64),
    challenges: z.array(livenessMoveSchema).min(1).max(3),
    expiresInMs: z.number().int().min(0),
  })
  .strict();
export type FaceChallengesIssued = z.infer<typeof faceChallengesIssuedSchema>;

/** One movement as the page measured it: main checks these against its own bounds. */
export const livenessChallengeRecordSchema = z
  .object({
    kind: livenessMoveSchema,
    attempt: z.number().int().min(1).max(10),
    passed: z.boolean(),
    /** From its prompt to pass or timeout. */
    durationMs: z.number().int().min(0).max(120_000),
    /** Largest movement reached (yaw ratio for a turn, pitch ratio for a nod). */
    peak: z.number().min(0).max(10),
  })
  .strict();

/**
 * The one frame FaceCapture kept and the liveness evidence behind it. There is no verdict or score
 * here: main judges the evidence with its own thresholds and decides what it tells the identity API.
 */
export const faceCaptureInputSchema = z
  .object({
    /** base64 JPEG, at most ~1.5 MB decoded. */
    jpegBase64: z.string().min(1).max(2_000_000),
    liveness: z
      .object({
        /** Attempts of the movement sequence made (a failed movement starts a new attempt). */
        attempts: z.number().int().min(1).max(10),
        /** Every movement asked, all attempts. */
        challenges: z.array(livenessChallengeRecordSchema).max(30),
        /** Frames the detector processed, and those with exactly one face. */
        frames: z.object({ processed: z.number().int().min(0).max(1_000_000), withOneFace: z.number().int().min(0).max(1_000_000) }).strict(),
        /** From the first frame to the end of the capture. */
        totalMs: z.number().int().min(0).max(3_600_000),
        /** The detector's confidence in the kept frame's face. */
        detectionScore: z.number().min(0).max(1),
      })
      .strict(),
    /** The nonce of the challenges main issued for this capture (`issueFaceChallenges`). */
    challengeNonce: z.string().min(1).max(64).optional(),
    /** Passive presentation-attack cues the page measured (screen, print); main judges them. */
    presentationAttack: presentationAttackEvidenceSchema.optional(),
  })
  .strict();
export type FaceCaptureInput = z.infer<typeof faceCaptureInputSchema>;

/** What a flow ends with: enough for a receipt, nothing a next citizen could misuse. */
export const flowReceiptSchema = z.object({
  receiptNo: z.string().max(64),
  service: z.enum(['registration', 'passwordReset', 'agreement', 'realNameUpgrade', 'faceEnrolment', 'validityUpdate', 'phoneChange', 'relativeBinding']),
  /** ISO instant. */
  completedAt: z.string().max(40),
  /** true: saved on the kiosk, will be sent when the link is back. */
  queued: z.boolean(),
  maskedName: z.string().max(100),
  maskedIdNumber: z.string().max(32),
  maskedPhone: z.string().max(20).nullable(),
  accountName: z.string().max(64).nullable(),
  realNameLevel: z.number().int().min(0).max(4).nullable(),
  /** The document's validity dates the account now holds (card renewal). */
  validity: validitySchema.optional(),
});
export type FlowReceipt = z.infer<typeof flowReceiptSchema>;

const smsChallengeViewSchema = z.object({
  challengeId: z.string().max(64),
  maskedPhone: z.string().max(20),
  resendAfterSeconds: z.number().int().min(0),
});

export const faceResultSchema = z.enum(['match', 'no_match', 'liveness_failed']);

/** Who signed in for the account services, and what their account needs. */
const signedInSchema = z.object({
  maskedName: z.string().max(100),
  accountName: z.string().max(64).nullable(),
  realNameLevel: z.number().int().min(0).max(4),
  upgradeOffered: z.boolean(),
  agreement: z.object({ currentVersion: z.string().max(32), signedVersion: z.string().max(32).nullable(), needsSigning: z.boolean() }),
});

/** A bound relative as the holder's list shows it (masked). */
const relativeViewSchema = z.object({
  bindingId: z.string().max(64),
  relation: z.enum(relativeRelations),
  maskedName: z.string().max(100),
  maskedIdNumber: z.string().max(32),
});
const relativesSchema = z.object({ relatives: z.array(relativeViewSchema).max(100) });

export const personFlowMethods = {
  /**
   * Registration, identity step: rules, card match, real-name check and "not yet registered".
   * Refusals: ID_NUMBER_ALREADY_REGISTERED, REAL_NAME_MISMATCH, person.cardMismatch, domain codes.
   */
  checkIdentity: method(
    z.object({ identity: personIdentityInputSchema }).strict(),
    z.object({
      minor: z.boolean(),
      faceRequired: z.boolean(),
      /** Typed entries only: the dates do not give the term the holder's age suggests; staff may still go on. */
      validityWarning: z.literal('VALIDITY_TERM_MISMATCH').optional(),
    }),
  ),
  /**
   * Registration, account step: the name keeps the province's rules and is still free, asked before
   * any proof is earned. Refusals: ACCOUNT_NAME_TAKEN and the rule codes, at accountName.
   */
  checkAccountName: method(z.object({ accountName: z.string().min(1).max(64) }).strict(), z.object({ available: z.literal(true) })),
  /** Registration: code to the phone typed. Password reset: code to the reserved phone of the account found. */
  sendSms: method(
    z.discriminatedUnion('purpose', [
      z.object({ purpose: z.literal('registration'), phone: z.string().min(1).max(20) }).strict(),
      z.object({ purpose: z.literal('passwordReset') }).strict(),
      z.object({ purpose: z.literal('phoneChange'), phone: z.string().min(1).max(20) }).strict(),
    ]),
    smsChallengeViewSchema,
  ),
  /** A wrong code is an answer (with attempts left), not an error. */
  verifySms: method(
    z.object({ challengeId: z.string().min(1).max(64), code: z.string().regex(/^\d{4,8}$/) }).strict(),
    z.object({ verified: z.boolean(), attemptsLeft: z.number().int().min(0).nullable() }),
  ),
  /** At the start of a face capture: the challenge order main chose, and the nonce the capture must answer. */
  issueFaceChallenges: method(z.undefined(), faceChallengesIssuedSchema),
  verifyFace: method(
    z.object({ holder: personHolderSchema, capture: faceCaptureInputSchema }).strict(),
    z.object({ result: faceResultSchema, verificationId: z.string().max(64).nullable() }),
  ),
  register: method(
    z
      .object({
        accountName: z.string().max(64).optional(),
        password: z.string().min(1).max(64),
        identity: personIdentityInputSchema,
        phone: z.string().min(1).max(20),
        smsChallengeId: z.string().min(1).max(64),
        faceVerificationId: z.string().min(1).max(64).optional(),
        /** Assisted mode: counter staff attested the identity in person (`staff.attest`) after face capture failed. */
        attestationId: z.string().uuid().optional(),
        /** The versions of the registration agreement and privacy policy the citizen read and accepted (the province profile's in force). */
        agreementVersions: z
          .object({ registration: z.string().min(1).max(32), privacy: z.string().min(1).max(32) })
          .strict()
          .optional(),
      })
      .strict(),
    flowReceiptSchema,
  ),
  /** Forgot password: the account must exist; says which verifications this kiosk asks (province profile + hall configuration). */
  findAccount: method(
    z.object({ holder: personHolderSchema }).strict(),
    z.object({ maskedName: z.string().max(100), maskedPhone: z.string().max(20), smsRequired: z.boolean(), faceRequired: z.boolean() }),
  ),
  /**
   * Forgot password: the verifications findAccount said are asked here (the profile with the hall's
   * optional ones switched on). In assisted mode a clerk's attestation may stand in for the face.
   */
  resetPassword: method(
    z
      .object({
        newPassword: z.string().min(1).max(64),
        smsChallengeId: z.string().min(1).max(64).optional(),
        faceVerificationId: z.string().min(1).max(64).optional(),
        attestationId: z.string().uuid().optional(),
      })
      .strict(),
    flowReceiptSchema,
  ),
  /** Card + face sign-in for agreement re-signing and real-name upgrade. */
  signIn: method(z.object({ holder: personHolderSchema, faceVerificationId: z.string().min(1).max(64) }).strict(), signedInSchema),
  /** The alternative to card + face for the account services: the province app's QR code (start, poll, the trainer's confirm). */
  ...qrSignInMethods,
  /** Signs in as the person whose app confirmed this session's QR code; a real-name upgrade is then not offered (it needs the face). */
  qrSignIn: method(z.undefined(), signedInSchema),
  signAgreement: method(z.object({ version: z.string().min(1).max(32) }).strict(), flowReceiptSchema),
  upgradeRealName: method(z.undefined(), flowReceiptSchema),
  /** Face enrolment (flow 3 on its own): verified now, or queued while the identity API is away. */
  enrolFace: method(
    z.object({ holder: personHolderSchema, capture: faceCaptureInputSchema }).strict(),
    z.object({ outcome: z.enum(['enrolled', 'queued', 'no_match', 'liveness_failed']), receipt: flowReceiptSchema.nullable() }),
  ),
  /**
   * Card renewal: the account's validity dates become the card's. Needs a matched face of this session.
   * Refusals: NO_VALIDITY_PERIOD (under-16 card), ACCOUNT_NOT_FOUND, NAME_MISMATCH, person.cardMismatch.
   */
  updateValidity: method(z.object({ identity: personIdentityInputSchema, faceVerificationId: z.string().min(1).max(64) }).strict(), flowReceiptSchema),
  /**
   * Phone change, first step: the account of the identity (card, or typed by staff in assisted mode).
   * Refusals: ACCOUNT_NOT_FOUND, person.cardMismatch, person.manualEntryNotAllowed, domain codes.
   */
  findPhoneAccount: method(
    z.object({ identity: personIdentityInputSchema }).strict(),
    z.object({ maskedName: z.string().max(100), maskedPhone: z.string().max(20) }),
  ),
  /**
   * Phone change: the new phone, proved by a verified code sent to it, becomes the reserved phone.
   * Needs a matched face of this session, or in assisted mode a clerk's in-person attestation.
   * Refusals: person.phoneBoundElsewhere (the number belongs to another account), person.stepMissing.
   */
  changePhone: method(
    z
      .object({
        newPhone: z.string().min(1).max(20),
        smsChallengeId: z.string().min(1).max(64),
        faceVerificationId: z.string().min(1).max(64).optional(),
        attestationId: z.string().uuid().optional(),
      })
      .strict(),
    flowReceiptSchema,
  ),
  /**
   * Relatives (亲属代办), first step: card + face sign-in of the account holder, who then sees their bound relatives.
   * Refusals: ACCOUNT_NOT_FOUND, person.stepMissing (no matched face), person.manualEntryNotAllowed (no card read).
   */
  relativesSignIn: method(
    z.object({ holder: personHolderSchema, faceVerificationId: z.string().min(1).max(64) }).strict(),
    relativesSchema.extend({ maskedName: z.string().max(100) }),
  ),
  /**
   * Relatives, the relative's card: laid on the reader in this session, not the holder's own. Says whether their face is
   * needed (16 or over, decided from the card). Refusals: RELATIVE_IS_SELF, person.cardMismatch, person.manualEntryNotAllowed.
   */
  checkRelative: method(z.object({ relative: personIdentityInputSchema }).strict(), z.object({ faceRequired: z.boolean() })),
  /**
   * Binds the relative present at the kiosk: their card read in this session, and their matched face when 16 or over
   * (main decides the age from the card). Refusals: RELATIVE_IS_SELF, RELATIVE_ALREADY_BOUND, person.cardMismatch,
   * person.manualEntryNotAllowed, person.stepMissing.
   */
  bindRelative: method(
    z
      .object({
        relation: z.enum(relativeRelations),
        relative: personIdentityInputSchema,
        relativeFaceVerificationId: z.string().min(1).max(64).optional(),
      })
      .strict(),
    relativesSchema.extend({ receipt: flowReceiptSchema }),
  ),
  /** Removes one of the signed-in holder's bindings. Refusals: RELATIVE_NOT_FOUND, person.stepMissing. */
  removeRelative: method(z.object({ bindingId: z.string().min(1).max(64) }).strict(), relativesSchema),
};
