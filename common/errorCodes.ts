/**
 * The error codes main adds for the citizen flows (person and enterprise alike). The UI translates
 * each as `errors.<code>`; identity-API refusals and domain rule codes travel as they are.
 * The string values are part of the contract with the renderer and must not change.
 */
export const flowErrorCodes = {
  /** The identity API is down or asked to retry later: online-only steps point to the counter. */
  unavailable: 'person.serviceUnavailable',
  /** The kiosk's credentials or clock are wrong: staff and IT are needed, not the citizen. */
  kioskNotAuthorised: 'person.kioskNotAuthorised',
  /** A card-sourced identity that is not what the reader read (tampered or stale form). */
  cardMismatch: 'person.cardMismatch',
  /** Manual identity entry outside assisted mode. */
  manualEntryNotAllowed: 'person.manualEntryNotAllowed',
  /** A step was skipped: no account found yet, no verified SMS, no matched face in this session. */
  stepMissing: 'person.stepMissing',
} as const;

export type FlowErrorCode = (typeof flowErrorCodes)[keyof typeof flowErrorCodes];
