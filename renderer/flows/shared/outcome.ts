/** How a flow ended, or why it stopped: what the result panel shows. */
export type FlowOutcome =
  | { kind: 'done' }
  | { kind: 'queued' }
  /** A refusal with its own explanation and next step (`person.refusal.<code>`). */
  | { kind: 'refused'; code: string }
  /** The identity API is away and this step cannot wait: go to the counter. */
  | { kind: 'unavailable' };

/** Refusals that end a flow with their own explanation; anything else stays on its field. */
export const endingRefusals = new Set([
  'ID_NUMBER_ALREADY_REGISTERED',
  'REAL_NAME_MISMATCH',
  'NAME_MISMATCH',
  'ACCOUNT_NOT_FOUND',
  'FACE_NO_MATCH',
  'FACE_LIVENESS',
  'SMS_ATTEMPTS_EXHAUSTED',
  'person.cardMismatch',
  'person.kioskNotAuthorised',
  'person.manualEntryNotAllowed',
  'AGREEMENT_VERSION_OUTDATED',
]);

export interface ErrorLike {
  code: string;
  field?: string;
}

export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as ErrorLike).code === 'string' ? (error as ErrorLike).code : 'unknown';
}

/**
 * Sorts a failure from main: an outage ends an online-only step with "unavailable", a known
 * refusal ends the flow with its explanation, anything else is shown at the field (undefined).
 */
export function outcomeOf(error: unknown): FlowOutcome | undefined {
  const code = errorCode(error);
  if (code === 'person.serviceUnavailable' || code === 'bridge.disconnected') return { kind: 'unavailable' };
  if (endingRefusals.has(code)) return { kind: 'refused', code };
  return undefined;
}
