import { stepMissing } from './flowErrors';

export type FlowService = 'person' | 'enterprise';

/**
 * A piece of one citizen's progress that a later step needs: the account found, the sign-in, the
 * appeal's identity. Declared once by the flow that fills it; `missing` says what the citizen has
 * not done yet when a step asks for it too early.
 */
export interface SessionSlot<T> {
  readonly name: string;
  readonly missing: { readonly message: string; readonly field?: string };
  /** Type marker only; never set. */
  readonly value?: T;
}

export const sessionSlot = <T>(name: string, missing: { message: string; field?: string }): SessionSlot<T> => ({ name, missing });

/** An SMS challenge this kiosk asked for: for which service and purpose, to which typed phone (null: an account's reserved phone). */
export interface SentSms {
  service: FlowService;
  purpose: string;
  phone: string | null;
  verified: boolean;
}

/**
 * Everything one citizen earns at the kiosk: SMS challenges sent and verified, matched faces, staff
 * attestations taken, sign-ins and what earlier steps found. A step accepts only proofs recorded
 * here; `wipe()` (at the session's end) forgets them all, so nothing serves the next citizen.
 */
export class SessionProofs {
  readonly #sms = new Map<string, SentSms>();
  readonly #faces = new Map<string, string>();
  readonly #slots = new Map<SessionSlot<unknown>, unknown>();

  /** Issued by counter staff (`staff.attest`): their staff id for an attestation id, once. */
  constructor(private readonly takeAttestation?: (attestationId: string) => string | undefined) {}

  smsSent(challengeId: string, sent: Omit<SentSms, 'verified'>): void {
    this.#sms.set(challengeId, { ...sent, verified: false });
  }

  smsVerified(challengeId: string): void {
    const sent = this.#sms.get(challengeId);
    if (sent) sent.verified = true;
  }

  /** A challenge this service sent in this session (undefined for anything else). */
  sentSms(challengeId: string, service: FlowService): SentSms | undefined {
    const sent = this.#sms.get(challengeId);
    return sent?.service === service ? sent : undefined;
  }

  /** The challenge, verified, sent by `service` for `purpose` to `phone` (null: the account's reserved phone). */
  requireSms(challengeId: string | null | undefined, expected: Omit<SentSms, 'verified'>): string {
    const sent = challengeId ? this.#sms.get(challengeId) : undefined;
    const same = sent?.verified && sent.service === expected.service && sent.purpose === expected.purpose && sent.phone === expected.phone;
    if (!challengeId || !same) throw stepMissing('no verified SMS code for this step', 'smsChallengeId');
    return challengeId;
  }

  faceMatched(verificationId: string, idNumber: string): void {
    this.#faces.set(verificationId, idNumber);
  }

  /** A face verification of this session that matched the holder of `idNumber`. */
  requireFace(verificationId: string | undefined, idNumber: string): string {
    if (!verificationId || this.#faces.get(verificationId) !== idNumber)
      throw stepMissing('no matched face for this person in this session', 'faceVerificationId');
    return verificationId;
  }

  /** Takes a clerk's in-person attestation issued in this session: the staff id, once. Undefined: none may count. */
  requireAttestation(attestationId: string | undefined): string {
    const staffId = attestationId ? this.takeAttestation?.(attestationId) : undefined;
    if (!staffId) throw stepMissing('no in-person attestation by staff in this session', 'attestationId');
    return staffId;
  }

  get<T>(slot: SessionSlot<T>): T | undefined {
    return this.#slots.get(slot) as T | undefined;
  }

  require<T>(slot: SessionSlot<T>): T {
    const value = this.get(slot);
    if (value === undefined) throw stepMissing(slot.missing.message, slot.missing.field);
    return value;
  }

  set<T>(slot: SessionSlot<T>, value: T): void {
    this.#slots.set(slot, value);
  }

  clear(slot: SessionSlot<unknown>): void {
    this.#slots.delete(slot);
  }

  wipe(): void {
    this.#sms.clear();
    this.#faces.clear();
    this.#slots.clear();
  }
}
