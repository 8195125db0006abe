import { bridgeErrorCodes } from '../../../common/contract/envelope';
import { flowErrorCodes } from '../../../common/errorCodes';
import { KioskError } from '../../../common/errors';
import { WaitEnded, type WaitEnd } from '../../composables/useBoundedWait';

/** The two kinds of citizen flow: they differ in which refusals end them and how they explain them. */
export type FlowGroup = 'person' | 'enterprise';

/**
 * Why a flow stopped: a refusal with its own explanation, or the identity API is away and this step
 * cannot wait (`waited`: the kiosk stopped waiting for a slow answer, by its bound or the citizen).
 * An outage keeps the citizen's place: the flow offers to try the step again.
 */
export type FlowOutcome = { kind: 'refused'; code: string } | { kind: 'unavailable'; waited?: WaitEnd };

/** Refusals that end a flow of either group. */
const endingEverywhere = [
  'REAL_NAME_MISMATCH',
  'FACE_NO_MATCH',
  'FACE_LIVENESS',
  'SMS_ATTEMPTS_EXHAUSTED',
  flowErrorCodes.cardMismatch,
  flowErrorCodes.cardPhotoMismatch,
  flowErrorCodes.kioskNotAuthorised,
  flowErrorCodes.manualEntryNotAllowed,
];

/** Refusals that end a flow with an explanation; anything else is shown at its field. */
export const endingRefusals: Record<FlowGroup, ReadonlySet<string>> = {
  person: new Set([...endingEverywhere, 'ID_NUMBER_ALREADY_REGISTERED', 'NAME_MISMATCH', 'ACCOUNT_NOT_FOUND', 'AGREEMENT_VERSION_OUTDATED']),
  enterprise: new Set([
    ...endingEverywhere,
    'USCC_ALREADY_REGISTERED',
    'LEGAL_REPRESENTATIVE_MISMATCH',
    'ACCOUNT_NOT_PENDING',
    'ACCOUNT_PENDING_ACTIVATION',
    'QR_SIGN_IN_REQUIRED',
  ]),
};

interface ErrorLike {
  code: string;
  field?: string;
}

export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as ErrorLike).code === 'string' ? (error as ErrorLike).code : 'unknown';
}

/**
 * Sorts a failure from main: an outage ends an online-only step with "unavailable", a refusal
 * that ends the group's flows ends it with its explanation, anything else belongs at the field (undefined).
 */
export function outcomeOf(error: unknown, group: FlowGroup = 'person'): FlowOutcome | undefined {
  if (error instanceof WaitEnded) return { kind: 'unavailable', waited: error.reason };
  const code = errorCode(error);
  if (code === flowErrorCodes.unavailable || code === bridgeErrorCodes.disconnected) return { kind: 'unavailable' };
  if (endingRefusals[group].has(code)) return { kind: 'refused', code };
  return undefined;
}

/** The refusal a face check that did not pass ends the flow with. */
export function faceRefusal(result: string): KioskError {
  return new KioskError(result === 'no_match' ? 'FACE_NO_MATCH' : 'FACE_LIVENESS', 'The face check did not pass');
}

/** The verification id of a face that matched; otherwise its refusal is thrown, for the flow's `run` to end the flow with. */
export function matchedFace(answer: { result: string; verificationId: string | null }): string {
  if (answer.result === 'match' && answer.verificationId) return answer.verificationId;
  throw faceRefusal(answer.result);
}
